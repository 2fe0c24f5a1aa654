#include "PlanReports.h"

#include <QIODevice>
#include <QLocale>
#include <QSqlQuery>

#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/IndicatorSource.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

namespace isms::reports {

using core::Language;

QString PlanReports::yearText(int year) {
    return Language::isChinese() ? tr("ROC year %1").arg(year - core::RocDate::kYearOffset)
                                 : QString::number(year);
}

TableReport PlanReports::actionPlan(core::Database& db, int year) {
    QSqlQuery q = core::Sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT o.number, o.text, a.title, a.resources, p.name, u.name, a.due_date, "
            "a.evaluation_method, "
            "a.measured_result, a.status, a.progress FROM action_items a LEFT JOIN "
            "objective_wordings o ON o.id = "
            "%1 LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN org_units u ON u.id = "
            "p.unit_id WHERE a.plan_year = :y ORDER BY COALESCE(o.number, 999), a.due_date, a.id")
            .arg(core::PolicyRepository::shownWordingSql(QStringLiteral("a.objective_id"))),
        {{QStringLiteral("y"), year},
         {QStringLiteral("today"), core::Clock::today().toString(Qt::ISODate)}});
    QList<TableReport::Section> sections;
    QString current = QStringLiteral("\x01");
    while (q.next()) {
        const QString heading =
            q.value(0).isNull()
                ? tr("Not tied to an objective")
                : tr("Objective %1: %2").arg(q.value(0).toInt()).arg(q.value(1).toString());
        if (heading != current) {
            sections.append({heading, {}});
            current = heading;
        }
        const QString owner =
            q.value(5).isNull()
                ? q.value(4).toString()
                : QStringLiteral("%1（%2）").arg(q.value(4).toString(), q.value(5).toString());
        sections.last().rows.append(
            {q.value(2).toString(), q.value(3).toString(), owner,
             Language::shortDate(QDate::fromString(q.value(6).toString(), Qt::ISODate)),
             q.value(7).toString(), q.value(8).toString(),
             core::EnumLabels::label(q.value(9).toString()) +
                 QStringLiteral(" %1%").arg(q.value(10).toInt())});
    }
    return TableReport(
        tr("Action plan %1").arg(yearText(year)),
        tr("To-do items, resources, person responsible, expected completion, how achievement is "
           "evaluated and the measured results (policy 肆、一、(三))."),
        {tr("What will be done"), tr("Resources"), tr("Responsible"), tr("Due"), tr("Evaluation"),
         tr("Measured result"), tr("Status")},
        {22, 12, 14, 8, 14, 18, 10}, sections, core::AuditLog(db).head());
}

QList<QStringList> PlanReports::objectiveRows(core::Database& db, qint64 objectiveId, int year) {
    QList<QStringList> rows;
    const auto s = core::ObjectiveService(db).standing(objectiveId, year);
    const QString target =
        QStringLiteral("%1 %2").arg(core::EnumLabels::label(s.direction), Language::quantity(s.target, s.unit));
    rows.append({tr("Indicator"), s.indicator, target.simplified(),
                 core::ObjectiveStatus::label(s.status), core::EnumLabels::label(s.frequency)});
    core::IndicatorSource::Kind kind;
    const bool computed = core::IndicatorSource::fromKey(s.source, &kind) && core::IndicatorSource::computed(kind);
    // Where its values come from, so that the figures below can be traced to their records.
    if (computed) rows.append({tr("Computed from"), core::IndicatorSource::label(kind), QString(), QString(), core::IndicatorSource::explanation(kind)});
    QSqlQuery m = core::Sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT period_start, period_end, value, evidence FROM measurements WHERE "
            "objective_id = :o AND period_end BETWEEN :a AND :b ORDER BY period_end, id"),
        {{QStringLiteral("o"), objectiveId},
         {QStringLiteral("a"), QDate(year, 1, 1).toString(Qt::ISODate)},
         {QStringLiteral("b"), QDate(year, 12, 31).toString(Qt::ISODate)}});
    core::ObjectiveStatus::Direction direction;
    const bool known = core::ObjectiveStatus::directionFromKey(s.direction, &direction);
    while (m.next()) {
        const double value = m.value(2).toDouble();
        const bool met = known && core::ObjectiveStatus::meets(direction, s.target, value);
        rows.append(
            {tr("Measurement"),
             QStringLiteral("%1 – %2").arg(
                 Language::shortDate(QDate::fromString(m.value(0).toString(), Qt::ISODate)),
                 Language::shortDate(QDate::fromString(m.value(1).toString(), Qt::ISODate))),
             Language::quantity(value, s.unit),
             met ? core::ObjectiveStatus::label(core::ObjectiveStatus::Met)
                 : core::ObjectiveStatus::label(core::ObjectiveStatus::NotMet),
             m.value(3).toString()});
    }
    for (const auto& c : s.computed) {
        const bool met = known && core::ObjectiveStatus::meets(direction, s.target, c.value);
        rows.append({tr("Computed so far"),
                     QStringLiteral("%1 – %2").arg(Language::shortDate(c.period.start), Language::shortDate(c.period.end)),
                     Language::quantity(c.value, s.unit),
                     met ? core::ObjectiveStatus::label(core::ObjectiveStatus::Met)
                         : core::ObjectiveStatus::label(core::ObjectiveStatus::NotMet),
                     c.basis});
    }
    QSqlQuery a = core::Sql::run(
        db.connection(),
        QStringLiteral("SELECT a.title, p.name, a.status, a.measured_result FROM action_items a "
                       "LEFT JOIN people p ON p.id = a.owner_person_id WHERE a.objective_id = :o "
                       "AND a.plan_year = :y ORDER BY a.due_date, a.id"),
        {{QStringLiteral("o"), objectiveId}, {QStringLiteral("y"), year}});
    while (a.next()) {
        rows.append({tr("Action item"), a.value(0).toString(), a.value(1).toString(),
                     core::EnumLabels::label(a.value(2).toString()), a.value(3).toString()});
    }
    return rows;
}

TableReport::Part PlanReports::objectivesPart(core::Database& db, const QString& documentCode,
                                              int year) {
    TableReport::Part part;
    part.headers =
        QStringList{tr("Item"), tr("Indicator, period or action"), tr("Target, value or owner"),
                    tr("Status"), tr("Frequency, evidence or result")};
    part.widths = {10, 34, 16, 10, 30};
    for (const auto& s : core::ObjectiveService(db).standings(documentCode, year)) {
        part.sections.append({QStringLiteral("%1. %2").arg(s.number).arg(s.text),
                              objectiveRows(db, s.objectiveId, year)});
    }
    return part;
}

TableReport PlanReports::objectives(core::Database& db, const QString& documentCode, int year) {
    return TableReport(tr("Objective effectiveness %1").arg(yearText(year)),
                       tr("Each objective of %1 with its indicator, target, measurements, status "
                          "and action items — "
                          "for the management review (policy 肆、一、(四)).")
                           .arg(documentCode),
                       {objectivesPart(db, documentCode, year)}, core::AuditLog(db).head());
}

TableReport PlanReports::reviewSchedule(core::Database& db,
                                        const QList<core::ReviewCalendar::Item>& items,
                                        const QDate& from, const QDate& to) {
    TableReport::Section section;
    for (const auto& i : items) {
        section.rows.append({Language::shortDate(i.nextDue),
                             core::EnumLabels::label(core::ReviewCalendar::stateKey(i.state)),
                             core::EnumLabels::label(i.kind), i.title, i.owner, i.unit,
                             Language::shortDate(i.lastDone)});
    }
    return TableReport(
        tr("Review schedule %1 – %2").arg(Language::longDate(from), Language::longDate(to)),
        QString(),
        {tr("Due"), tr("State"), tr("Kind"), tr("Subject"), tr("Owner"), tr("Unit"),
         tr("Last done")},
        {9, 9, 12, 30, 10, 14, 9}, {section}, core::AuditLog(db).head());
}

qint64 PlanReports::writeObjectivesCsv(core::Database& db, const QString& documentCode, int year,
                                       QIODevice& out) {
    core::CsvWriter csv(out);
    csv.row({tr("Objective"), tr("Item"), tr("Indicator, period or action"),
             tr("Target, value or owner"), tr("Status"), tr("Frequency, evidence or result")});
    for (const auto& s : core::ObjectiveService(db).standings(documentCode, year)) {
        for (const QStringList& row : objectiveRows(db, s.objectiveId, year)) {
            csv.row(QStringList{QString::number(s.number)} + row);
        }
    }
    return csv.rows();
}

}  // namespace isms::reports
