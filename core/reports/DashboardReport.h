#pragma once

#include <QCoreApplication>

#include "TableReport.h"
#include "services/DashboardService.h"

namespace isms::reports {

// The chair's dashboard on paper: the same figures as the screen, as short tables — objectives
// with status and recent values, the action plan by status and unit, reviews due, drills, audit
// findings and the policy's acknowledgement coverage.
class DashboardReport {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    static TableReport build(core::Database& db, const core::DashboardService::Figures& figures);
    // Shared with the screen, so both say the same.
    static QString objectiveValue(const core::DashboardService::ObjectiveLine& o);
    static QString target(const core::DashboardService::ObjectiveLine& o);
    static QString coverage(const core::DashboardService::Policy& p);
    static QString halfYear(int year, int half);
    // Passed, failed, overdue, not yet held: the same words on the screen and on paper.
    static QString drillVerdict(const core::DashboardService::HalfYear& h);
};

}  // namespace isms::reports
