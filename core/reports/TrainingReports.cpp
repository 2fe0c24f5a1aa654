#include "TrainingReports.h"

#include "PlanReports.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/TrainingStanding.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "services/TrainingService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <cmath>

namespace isms::reports {

namespace {

using core::Language;

QString hours(double h) { return QLocale().toString(h); }

QString personHeading(core::Database& db, qint64 personId) {
    QSqlQuery q = core::Sql::run(db.connection(),
                                 QStringLiteral("SELECT p.name, p.title, COALESCE(u.name, '') FROM people p LEFT JOIN "
                                                "org_units u ON u.id = p.unit_id WHERE p.id = :p"),
                                 {{QStringLiteral("p"), personId}});
    if (!q.next()) throw core::Error(core::Error::Kind::NotFound, TrainingReports::tr("That person no longer exists."));
    QStringList parts{q.value(0).toString()};
    if (!q.value(1).toString().isEmpty()) parts << q.value(1).toString();
    if (!q.value(2).toString().isEmpty()) parts << q.value(2).toString();
    return parts.join(QStringLiteral("，"));
}

}  // namespace

TableReport TrainingReports::signInSheet(core::Database& db, qint64 sessionId) {
    const core::TrainingService::Session s = core::TrainingService(db).session(sessionId);
    // The people on the staff on the session's day, by unit: the sheet is signed as they come in.
    QMap<QString, QList<QStringList>> byUnit;
    QSqlQuery q = core::Sql::run(db.connection(),
                                 QStringLiteral("SELECT COALESCE(u.name, ''), p.name, p.title FROM people p LEFT JOIN "
                                                "org_units u ON u.id = p.unit_id WHERE u.kind = 'internal' AND (p.active_from IS NULL OR p.active_from <= :d) AND "
                                                "(p.active_to IS NULL OR p.active_to >= :d) ORDER BY u.parent_id, "
                                                "u.position, p.name"),
                                 {{QStringLiteral("d"), s.heldOn.toString(Qt::ISODate)}});
    QStringList order;
    while (q.next()) {
        const QString unit = q.value(0).toString();
        if (!byUnit.contains(unit)) order << unit;
        byUnit[unit] << QStringList{q.value(1).toString(), q.value(2).toString(), QString(), QString()};
    }
    QList<TableReport::Section> sections;
    for (const QString& unit : order) sections << TableReport::Section{unit, byUnit.value(unit)};
    TableReport::Part part{{},
                           {tr("Held on %1, %2 hours, %3 training; provider: %4.")
                                .arg(Language::shortDate(s.heldOn), hours(s.hours), core::EnumLabels::label(s.kind),
                                     s.provider.isEmpty() ? tr("(not given)") : s.provider),
                            tr("Sign on coming in; the hours column is filled in only for someone who left early.")},
                           {tr("Name"), tr("Job title"), tr("Signature"), tr("Hours if fewer")},
                           {30, 25, 30, 15},
                           sections,
                           {},
                           true};
    return TableReport(tr("Sign-in sheet: %1").arg(s.title), tr("Security training (教育訓練) attendance"), {part},
                       core::AuditLog(db).head());
}

QStringList TrainingReports::standingRow(core::Database& db, qint64 personId, int year) {
    const auto st = core::TrainingService(db).standing(personId, year, core::Clock::today());
    if (st.status.isEmpty()) return {};
    return {hours(st.needGeneral), hours(st.gotGeneral), hours(st.needProfessional), hours(st.gotProfessional),
            core::EnumLabels::label(st.status)};
}

TableReport TrainingReports::personRecord(core::Database& db, qint64 personId, int year) {
    const QString who = personHeading(db, personId);
    const QStringList standing = standingRow(db, personId, year);
    TableReport::Part summary{tr("Hours of the year against those required"),
                              {standing.isEmpty() ? tr("Not on the staff in the year.")
                                                  : tr("Required under the agency's responsibility level %1; a year still "
                                                       "running counts the sessions up to today.")
                                                        .arg(core::TrainingService(db).level())},
                              {tr("General required"), tr("General attended"), tr("Professional required"),
                               tr("Professional attended"), tr("Standing")},
                              {20, 20, 20, 20, 20},
                              {{QString(), standing.isEmpty() ? QList<QStringList>{} : QList<QStringList>{standing}}},
                              {},
                              false,
                              false,
                              {0, 1, 2, 3}};
    QList<QStringList> rows;
    for (const auto& a : core::TrainingService(db).attended(personId, year)) {
        rows << QStringList{Language::shortDate(a.heldOn), a.title, core::EnumLabels::label(a.kind), a.provider, hours(a.hours)};
    }
    TableReport::Part sessions{tr("Sessions attended"),
                               {rows.isEmpty() ? tr("No session attended in the year.") : QString()},
                               {tr("Held on"), tr("Course"), tr("Kind"), tr("Provider"), tr("Hours")},
                               {14, 38, 18, 20, 10},
                               {{QString(), rows}},
                               {},
                               false,
                               false,
                               {4}};
    if (sessions.paragraphs.first().isEmpty()) sessions.paragraphs.clear();
    return TableReport(tr("Training record %1: %2").arg(PlanReports::yearText(year), who),
                       tr("Security training (教育訓練) of one person"), {summary, sessions}, core::AuditLog(db).head());
}

qint64 TrainingReports::writePersonCsv(core::Database& db, qint64 personId, int year, QIODevice& out) {
    personHeading(db, personId);  // refuses a person who is gone
    core::CsvWriter csv(out);
    csv.row({tr("Held on"), tr("Course"), tr("Kind"), tr("Provider"), tr("Hours")});
    for (const auto& a : core::TrainingService(db).attended(personId, year)) {
        csv.row({a.heldOn.toString(Qt::ISODate), a.title, core::EnumLabels::label(a.kind), a.provider, hours(a.hours)});
    }
    return csv.rows();
}

TableReport TrainingReports::standingByUnit(core::Database& db, int year) {
    const QDate until(year, 12, 31);
    const QDate day = qMin(until, core::Clock::today());
    QSqlQuery q = core::Sql::run(
        db.connection(),
        QStringLiteral("SELECT COALESCE(u.name, ''), t.name, t.need_general, t.got_general, t.need_professional, "
                       "t.got_professional, t.status FROM %1 t LEFT JOIN org_units u ON u.id = t.unit_id WHERE t.status <> "
                       "'not_required' ORDER BY u.parent_id, u.position, u.name, CASE t.status WHEN 'short' THEN 0 ELSE 1 "
                       "END, t.name")
            .arg(core::TrainingStanding::sql(QStringLiteral(":from"), QStringLiteral(":until"), QStringLiteral(":day"))),
        {{QStringLiteral("from"), QDate(year, 1, 1).toString(Qt::ISODate)},
         {QStringLiteral("until"), until.toString(Qt::ISODate)},
         {QStringLiteral("day"), day.toString(Qt::ISODate)}});
    QStringList order;
    QMap<QString, QList<QStringList>> byUnit;
    QMap<QString, int> shortIn;
    int counted = 0;
    int met = 0;
    while (q.next()) {
        const QString unit = q.value(0).toString();
        if (!byUnit.contains(unit)) order << unit;
        const QString status = q.value(6).toString();
        ++counted;
        if (status == QStringLiteral("met")) ++met;
        else ++shortIn[unit];
        byUnit[unit] << QStringList{q.value(1).toString(), core::EnumLabels::label(status), hours(q.value(2).toDouble()),
                                    hours(q.value(3).toDouble()), hours(q.value(4).toDouble()), hours(q.value(5).toDouble())};
    }
    QList<TableReport::Section> sections;
    for (const QString& unit : order) {
        sections << TableReport::Section{tr("%1 — %n short", "", shortIn.value(unit)).arg(unit.isEmpty() ? tr("(no unit)") : unit),
                                         byUnit.value(unit)};
    }
    TableReport::Part part{{},
                           {counted == 0 ? tr("Nobody on the staff must have security training under the requirements.")
                                         : tr("%1 of %n people who must have security training had the hours required (%2).",
                                              "", counted)
                                               .arg(met)
                                               .arg(core::Language::quantity(std::round(10000.0 * met / counted) / 100.0,
                                                                             QStringLiteral("%"))),
                            tr("Required under the agency's responsibility level %1; a year still running counts the "
                               "sessions up to today.")
                                .arg(core::TrainingService(db).level())},
                           {tr("Name"), tr("Standing"), tr("General required"), tr("General attended"),
                            tr("Professional required"), tr("Professional attended")},
                           {24, 16, 15, 15, 15, 15},
                           sections,
                           {},
                           false,
                           false,
                           {2, 3, 4, 5}};
    return TableReport(tr("Training standing %1").arg(PlanReports::yearText(year)),
                       tr("Objective 3: who had the security training they must have, by unit"), {part},
                       core::AuditLog(db).head());
}

}  // namespace isms::reports
