#pragma once

#include "services/DashboardService.h"

#include <QCoreApplication>
#include <functional>

class QChartView;
class QWidget;

namespace isms::ui {

// The dashboard's charts (Qt Charts). Each bar names its figure in its axis label, and its fill
// has a pattern as well as a colour; clicking a bar calls open with the key of the list behind it
// (see DashboardService::drillDown).
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    using Open = std::function<void(const QString& key)>;

    static QChartView* objectiveStatus(const QMap<core::ObjectiveStatus::Value, int>& counts, Open open, QWidget* parent);
    static QChartView* actionItems(const QMap<QString, int>& byStatus, Open open, QWidget* parent);
    static QChartView* drills(const QList<core::DashboardService::HalfYear>& halves, Open open, QWidget* parent);
    // A small line of an objective's last measurements with its target dashed across.
    static QChartView* trend(const QList<QPair<QDate, double>>& points, double target, QWidget* parent);

    static const QList<core::ObjectiveStatus::Value>& statusOrder();
};

}  // namespace isms::ui
