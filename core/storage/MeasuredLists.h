#pragma once

#include "ListDefinition.h"

#include <QCoreApplication>
#include <optional>

namespace isms::core {

// The lists of the registers objectives are measured from (issue #24) — core systems and their
// outages — and of the records a computed measurement counted; their filters are the conditions
// the computation uses (IndicatorSource), so that a drill-down shows what was counted.
class MeasuredLists {
    Q_DECLARE_TR_FUNCTIONS(MeasuredLists)
public:
    // Empty for a key that is not one of these (ListCatalog has it).
    static std::optional<ListDefinition> definition(const QString& key);
};

}  // namespace isms::core
