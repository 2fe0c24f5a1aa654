#include "IncidentReport.h"

#include "PlanReports.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "services/IncidentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace isms::reports {

namespace {

QString when(const QDateTime& t) { return t.isValid() ? core::Language::shortDateTime(t) : QStringLiteral("—"); }

// A deadline as the register reads it: due, then done and how it stands.
QString deadline(const core::IncidentClock::Clock& c, const QDateTime& now) {
    if (!c.due.isValid()) return core::IncidentClock::describe(c, now);
    const QString due = IncidentReport::tr("due %1").arg(when(c.due));
    if (!c.done.isValid()) return IncidentReport::tr("%1; %2").arg(due, core::IncidentClock::describe(c, now));
    return IncidentReport::tr("%1; done %2, %3").arg(due, when(c.done), core::IncidentClock::describe(c, now));
}

}  // namespace

QStringList IncidentReport::headers() {
    return {tr("No."), tr("Became known"), tr("Kind and level"), tr("What happened"), tr("Report"),
            tr("Damage control or recovery"), tr("Investigation report"), tr("Status")};
}

QList<QStringList> IncidentReport::rows(core::Database& db, int year) {
    const core::IncidentService service(db);
    const QDateTime now = core::Clock::nowUtc();
    QList<qint64> ids;
    QSqlQuery q = core::Sql::run(db.connection(),
                                 QStringLiteral("SELECT id FROM incidents WHERE known_at >= :start AND known_at < :end ORDER BY "
                                                "known_at, id"),
                                 {{QStringLiteral("start"), QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate)},
                                  {QStringLiteral("end"), QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate)}});
    while (q.next()) ids << q.value(0).toLongLong();
    q.finish();
    QList<QStringList> out;
    for (qint64 id : ids) {
        const auto i = service.incident(id);
        const auto clocks = core::IncidentClock::clocks(core::IncidentService::clockOf(i), i.deadlines);
        QString kind = core::EnumLabels::label(i.weakness ? QStringLiteral("weakness") : QStringLiteral("incident"));
        if (!i.weakness) kind = tr("%1, level %2").arg(kind).arg(i.level);
        QString what = tr("%1 (%2)").arg(i.title, core::EnumLabels::label(i.category));
        if (!i.reportedTo.isEmpty()) what = tr("%1; reported to %2").arg(what, i.reportedTo);
        QStringList row{QString::number(id), when(i.known), kind, what};
        for (int c = 0; c < 3; ++c) row << (clocks.isEmpty() ? QStringLiteral("—") : deadline(clocks[c], now));
        row << core::EnumLabels::label(i.closed ? QStringLiteral("incident_closed") : QStringLiteral("incident_open"));
        out << row;
    }
    return out;
}

TableReport IncidentReport::build(core::Database& db, int year) {
    const auto d = core::IncidentService(db).deadlines();
    TableReport::Part part{{},
                           {tr("Each incident is held to the deadlines in force when it was recorded. Today's: report within %1 hours of becoming known; damage control or recovery within %2 "
                               "hours (levels 1–2) or %3 hours (levels 3–4); the investigation report within %n month(s) of "
                               "recovery.",
                               "", d.investigationMonths)
                                .arg(d.reportHours)
                                .arg(d.recoveryHoursLow)
                                .arg(d.recoveryHoursHigh)},
                           headers(),
                           {5, 11, 9, 21, 14, 14, 14, 8},
                           {{QString(), rows(db, year)}},
                           {},
                           false,
                           false,
                           {0}};
    return TableReport(tr("Security incidents and weaknesses %1").arg(PlanReports::yearText(year)),
                       tr("Objectives 4 and 7: the incident register with its deadlines"), {part}, core::AuditLog(db).head());
}

qint64 IncidentReport::writeCsv(core::Database& db, int year, QIODevice& out) {
    core::CsvWriter csv(out);
    csv.row(headers());
    for (const QStringList& row : rows(db, year)) csv.row(row);
    return csv.rows();
}

}  // namespace isms::reports
