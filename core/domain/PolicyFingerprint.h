#pragma once

#include "PolicyContent.h"

#include <QString>

namespace isms::core {

// What an approval approves: the version's canonical text — title block and every section with
// its derived number and paragraphs, one item per line — and its SHA-256. The same words give
// the same fingerprint on any machine; any change to them gives another.
class PolicyFingerprint {
public:
    static QString canonicalText(const PolicyContent& content);
    static QString of(const PolicyContent& content);  // 64 lowercase hex digits
    // 16 hex digits in groups of four, for print: 3f2a-9c41-…
    static QString shortForm(const QString& fingerprint);
};

}  // namespace isms::core
