#pragma once

#include "services/ObjectiveService.h"

namespace isms::test {

// The demo computes all its objectives from the records; an agency may measure one by hand
// instead. Switches the objective of that number (in the year's standings) to values typed in,
// keeping its indicator, and returns its id.
inline qint64 measuredByHand(core::Database& db, int number, int year) {
    core::ObjectiveService service(db);
    const qint64 id = service.standings(QStringLiteral("ISMS-01-01"), year).at(number - 1).objectiveId;
    int rowVersion = 0;
    core::ObjectiveService::Indicator indicator = service.indicator(id, &rowVersion);
    indicator.source.clear();
    indicator.roleIds.clear();
    indicator.systemIds.clear();
    service.setIndicator(id, rowVersion, indicator);
    return id;
}

}  // namespace isms::test
