#include "DashboardCharts.h"

#include "StatusStyle.h"
#include "DashboardReport.h"
#include "domain/EnumLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QtMath>

namespace isms::ui {

namespace {

QChartView* view(QChart* chart, QWidget* parent, int height) {
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* v = new QChartView(chart, parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(height);
    return v;
}

// One bar per category, each with its own fill: a stacked series of one set per category,
// holding its value at its own index only.
QChart* categoryBars(QStringList categories, QList<int> values, QList<QBrush> brushes, QStringList keys,
                     const DashboardCharts::Open& open, bool horizontal) {
    if (horizontal) {
        // Qt puts the first category at the bottom; read top-down like the lists.
        std::reverse(categories.begin(), categories.end());
        std::reverse(values.begin(), values.end());
        std::reverse(brushes.begin(), brushes.end());
        std::reverse(keys.begin(), keys.end());
    }
    // Horizontal bars leave their labels the whole width on the left.
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
    int maximum = 1;
    for (int i = 0; i < categories.size(); ++i) {
        auto* set = new QBarSet(categories[i]);
        for (int j = 0; j < categories.size(); ++j) *set << (i == j ? values[i] : 0);
        set->setBrush(brushes.value(i));
        set->setPen(QPen(brushes.value(i).color()));
        QObject::connect(set, &QBarSet::clicked, set, [open, key = keys.value(i)](int) { open(key); });
        series->append(set);
        maximum = qMax(maximum, values[i]);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers only: one tick per count up to ten, nice steps beyond.
    y->setRange(0, maximum);
    if (maximum <= 10) {
        y->setTickCount(maximum + 1);
    } else {
        y->applyNiceNumbers();
    }
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

}  // namespace

const QList<core::ObjectiveStatus::Value>& DashboardCharts::statusOrder() {
    static const QList<core::ObjectiveStatus::Value> order{core::ObjectiveStatus::Met, core::ObjectiveStatus::AtRisk,
                                                           core::ObjectiveStatus::NotMet, core::ObjectiveStatus::NoData};
    return order;
}

QChartView* DashboardCharts::objectiveStatus(const QMap<core::ObjectiveStatus::Value, int>& counts, Open open,
                                             QWidget* parent) {
    QStringList categories, keys;
    QList<int> values;
    QList<QBrush> brushes;
    for (const auto status : statusOrder()) {
        categories << QStringLiteral("%1 (%2)").arg(StatusStyle::text(status)).arg(counts.value(status));
        values << counts.value(status);
        brushes << StatusStyle::brush(status);
        keys << QStringLiteral("objectives_status:") + core::ObjectiveStatus::key(status);
    }
    return view(categoryBars(categories, values, brushes, keys, open, true), parent, 180);
}

QChartView* DashboardCharts::actionItems(const QMap<QString, int>& byStatus, Open open, QWidget* parent) {
    QStringList categories, keys;
    QList<int> values;
    QList<QBrush> brushes;
    const QList<QPair<QString, core::ObjectiveStatus::Value>> order{{QStringLiteral("done"), core::ObjectiveStatus::Met},
                                                                    {QStringLiteral("in_progress"), core::ObjectiveStatus::AtRisk},
                                                                    {QStringLiteral("planned"), core::ObjectiveStatus::NoData},
                                                                    {QStringLiteral("cancelled"), core::ObjectiveStatus::NoData}};
    for (const auto& [status, look] : order) {
        categories << QStringLiteral("%1 (%2)").arg(core::EnumLabels::label(status)).arg(byStatus.value(status));
        values << byStatus.value(status);
        brushes << StatusStyle::brush(look);
        keys << QStringLiteral("items_status:") + status;
    }
    return view(categoryBars(categories, values, brushes, keys, open, false), parent, 180);
}

QChartView* DashboardCharts::drills(const QList<core::DashboardService::HalfYear>& halves, Open open, QWidget* parent) {
    const QLocale locale;
    double openLimit = 10, clickLimit = 6;
    for (const auto& h : halves) {
        if (h.drills > 0) {
            openLimit = h.openThreshold;
            clickLimit = h.clickThreshold;
        }
    }
    auto* opened = new QBarSet(tr("Open rate % (limit %1)").arg(locale.toString(openLimit)));
    auto* clicked = new QBarSet(tr("Click rate % (limit %1)").arg(locale.toString(clickLimit)));
    opened->setBrush(QBrush(QColor(0x1f, 0x4e, 0x8c), Qt::SolidPattern));
    clicked->setBrush(QBrush(QColor(0x8c, 0x4e, 0x1f), Qt::BDiagPattern));
    QStringList categories;
    double maximum = qMax(openLimit, clickLimit);
    for (const auto& h : halves) {
        categories << reports::DashboardReport::halfYear(h.year, h.half);
        *opened << h.openRate;
        *clicked << h.clickRate;
        maximum = qMax(maximum, qMax(h.openRate, h.clickRate));
    }
    auto* series = new QBarSeries;
    series->append(opened);
    series->append(clicked);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    // Above the bars in black: inside, a hatched bar's label would be lost in its pattern.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet* set : {opened, clicked}) set->setLabelColor(Qt::black);
    QObject::connect(series, &QBarSeries::clicked, series, [open, halves](int index, QBarSet*) {
        if (index >= 0 && index < halves.size()) open(QStringLiteral("drills:%1:%2").arg(halves[index].year).arg(halves[index].half));
    });
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, qCeil(maximum * 1.2));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view(chart, parent, 240);
}

QChartView* DashboardCharts::trend(const QList<QPair<QDate, double>>& points, double target, QWidget* parent) {
    auto* line = new QLineSeries;
    auto* goal = new QLineSeries;
    double low = target, high = target;
    for (int i = 0; i < points.size(); ++i) {
        line->append(i, points[i].second);
        low = qMin(low, points[i].second);
        high = qMax(high, points[i].second);
    }
    const int last = qMax(1, int(points.size()) - 1);
    goal->append(0, target);
    goal->append(last, target);
    goal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    line->setPen(QPen(QColor(0x1f, 0x4e, 0x8c), 2));
    line->setPointsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(goal);
    chart->addSeries(line);
    chart->legend()->hide();
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(0, last);
    const double pad = qMax(1e-6, (high - low) * 0.15);
    y->setRange(low - pad, high + pad);
    for (QValueAxis* a : {x, y}) {
        a->setVisible(false);
        chart->addAxis(a, a == x ? Qt::AlignBottom : Qt::AlignLeft);
    }
    for (QLineSeries* s : {goal, line}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setMargins(QMargins(0, 0, 0, 0));
    QChartView* v = view(chart, parent, 44);
    v->setFixedSize(150, 44);
    return v;
}

}  // namespace isms::ui
