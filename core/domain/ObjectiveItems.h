#pragma once

#include "PolicyContent.h"

#include <vector>

namespace isms::core {

// The numbered objective items of a policy text: the items under the section whose heading names
// the objectives (目標) and whose items have no subsections of their own, as in ISMS-01-01's
// 肆、一、(二). Item N is objective N of that version.
class ObjectiveItems {
public:
    static std::vector<const PolicySection*> of(const PolicyContent& content);
    // Measured by the social-engineering drills themselves, not typed-in measurements.
    static bool measuredByDrills(const QString& text);
};

}  // namespace isms::core
