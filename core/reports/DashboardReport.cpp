#include "DashboardReport.h"

#include <QLocale>

#include "PlanReports.h"
#include "domain/EnumLabels.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"

namespace isms::reports {

using core::Language;
using Figures = core::DashboardService::Figures;

QString DashboardReport::objectiveValue(const core::DashboardService::ObjectiveLine& o) {
    if (!o.hasLatest) return tr("no data");
    // Computed now, over a period not over yet or not recorded yet: not a recorded figure.
    if (o.live) return tr("%1 so far").arg(Language::quantity(o.latest, o.unit));
    return Language::quantity(o.latest, o.unit);
}

QString DashboardReport::target(const core::DashboardService::ObjectiveLine& o) {
    if (o.indicator.isEmpty()) return tr("no indicator");
    return QStringLiteral("%1 %2")
        .arg(core::EnumLabels::label(o.direction), Language::quantity(o.target, o.unit))
        .simplified();
}

QString DashboardReport::coverage(const core::DashboardService::Policy& p) {
    const int percent = p.audience > 0 ? qRound(100.0 * p.acknowledged / p.audience) : 0;
    return tr("%1 of %2 (%3%)").arg(p.acknowledged).arg(p.audience).arg(percent);
}

QString DashboardReport::halfYear(int year, int half) {
    const int shown = Language::isChinese() ? year - core::RocDate::kYearOffset : year;
    return half == 1 ? tr("%1 first half").arg(shown) : tr("%1 second half").arg(shown);
}

QString DashboardReport::drillVerdict(const core::DashboardService::HalfYear& h) {
    if (h.drills > 0)
        return core::EnumLabels::label(h.passed ? QStringLiteral("passed")
                                                : QStringLiteral("failed"));
    if (h.missing) return tr("no drill (overdue)");
    if (!h.ended) return tr("not yet held");
    return tr("none due (before the first drill)");
}

TableReport DashboardReport::build(core::Database& db, const Figures& f) {
    const QLocale locale;
    QList<TableReport::Part> parts;

    TableReport::Part objectives{tr("Objectives")};
    QStringList counts;
    for (const auto status : {core::ObjectiveStatus::Met, core::ObjectiveStatus::AtRisk,
                              core::ObjectiveStatus::NotMet, core::ObjectiveStatus::NoData}) {
        counts << tr("%1: %2")
                      .arg(core::ObjectiveStatus::markedLabel(status))
                      .arg(f.objectiveStatus.value(status));
    }
    objectives.paragraphs << counts.join(tr("; "));
    objectives.headers = QStringList{tr("No."),    tr("Indicator"), tr("Latest"),
                                     tr("Target"), tr("Status"),    tr("Recent values")};
    objectives.widths = {5, 35, 12, 14, 12, 22};
    objectives.numeric = {0, 2};
    TableReport::Section rows;
    for (const auto& o : f.objectives) {
        QStringList recent;
        for (const auto& [day, value] : o.trend) recent << Language::quantity(value, o.unit);
        rows.rows << QStringList{QString::number(o.number),
                                 o.indicator.isEmpty() ? o.text : o.indicator,
                                 objectiveValue(o),
                                 target(o),
                                 core::ObjectiveStatus::markedLabel(o.status),
                                 recent.join(QStringLiteral(" → "))};
    }
    objectives.sections << rows;
    parts << objectives;

    TableReport::Part plan{tr("Action plan")};
    QStringList statuses;
    for (const char* s : {"done", "in_progress", "planned", "cancelled"}) {
        statuses << tr("%1: %2")
                        .arg(core::EnumLabels::label(QString::fromLatin1(s)))
                        .arg(f.itemsByStatus.value(QString::fromLatin1(s)));
    }
    plan.paragraphs << tr("%1 items: %2").arg(f.items).arg(statuses.join(tr("; ")));
    plan.paragraphs << (f.itemsOverdue == 0
                            ? tr("Overdue: none")
                            : tr("Overdue: %1; the oldest: %2, due %3")
                                  .arg(f.itemsOverdue)
                                  .arg(f.oldestOverdue, Language::shortDate(f.oldestOverdueDue)));
    plan.headers = QStringList{tr("Unit"), tr("Done"), tr("Items"), tr("Completion")};
    plan.widths = {50, 15, 15, 20};
    plan.numeric = {1, 2, 3};
    TableReport::Section units;
    for (const auto& u : f.units) {
        units.rows << QStringList{
            u.unit, QString::number(u.done), QString::number(u.items),
            QStringLiteral("%1%").arg(u.items > 0 ? qRound(100.0 * u.done / u.items) : 0)};
    }
    plan.sections << units;
    parts << plan;

    TableReport::Part reviews{tr("Reviews")};
    reviews.paragraphs
        << tr("Overdue: %1; due in the next 60 days: %2").arg(f.reviewsOverdue).arg(f.reviewsDue)
        << tr("Review cycles only: the objectives' measurements due are shown with the "
              "objectives.");
    reviews.headers = QStringList{tr("Due"), tr("State"), tr("Kind"), tr("Subject"), tr("Owner")};
    reviews.widths = {12, 14, 18, 36, 20};
    TableReport::Section due;
    for (const auto& r : f.reviews) {
        due.rows << QStringList{Language::shortDate(r.nextDue),
                                core::EnumLabels::label(core::ReviewCalendar::stateKey(r.state)),
                                core::EnumLabels::label(r.kind), r.title, r.owner};
    }
    reviews.sections << due;
    parts << reviews;

    TableReport::Part drills{tr("Social-engineering drills")};
    drills.headers =
        QStringList{tr("Half-year"),    tr("Drills"),   tr("E-mails sent"), tr("Open rate %"),
                    tr("Click rate %"), tr("Limits %"), tr("Result")};
    drills.widths = {16, 10, 14, 14, 14, 14, 18};
    drills.numeric = {1, 2, 3, 4, 5};
    TableReport::Section halves;
    for (const auto& h : f.drills) {
        const bool held = h.drills > 0;
        halves.rows << QStringList{
            halfYear(h.year, h.half),
            QString::number(h.drills),
            held ? QString::number(h.sent) : QString(),
            held ? locale.toString(h.openRate, 'f', 1) : QString(),
            held ? locale.toString(h.clickRate, 'f', 1) : QString(),
            held ? QStringLiteral("%1 / %2").arg(locale.toString(h.openThreshold),
                                                 locale.toString(h.clickThreshold))
                 : QString(),
            drillVerdict(h)};
    }
    drills.sections << halves;
    parts << drills;

    QStringList findings;
    for (const char* k : {"major", "minor", "observation", "opportunity"}) {
        findings << tr("%1: %2")
                        .arg(core::EnumLabels::label(QString::fromLatin1(k)))
                        .arg(f.openFindings.value(QString::fromLatin1(k)));
    }
    parts << TableReport::Part{tr("Internal audits"),
                               {tr("Open findings — %1").arg(findings.join(tr("; "))),
                                tr("Overdue corrective actions: %1").arg(f.correctiveOverdue)}};

    TableReport::Part policy{tr("Policy")};
    for (const auto& p : f.policies) {
        policy.paragraphs << tr("%1 version %2, in force since %3; acknowledged by %4")
                                 .arg(p.code, p.version, Language::longDate(p.effectiveDate),
                                      coverage(p));
        if (!p.nextVersion.isEmpty()) {
            policy.paragraphs << tr("Version %1 takes effect on %2.")
                                     .arg(p.nextVersion, Language::longDate(p.nextEffective));
        }
    }
    if (f.policies.isEmpty()) policy.paragraphs << tr("No policy is in force.");
    parts << policy;

    return TableReport(
        tr("Dashboard %1").arg(PlanReports::yearText(f.year)),
        tr("Where information-security governance stands on %1.").arg(Language::longDate(f.today)),
        parts, core::AuditLog(db).head());
}

}  // namespace isms::reports
