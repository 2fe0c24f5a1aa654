#include "AvailabilityReport.h"

#include "PlanReports.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "services/CoreSystemService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StoredMoment.h"

#include <QLocale>
#include <QSqlQuery>

namespace isms::reports {

namespace {

using core::Language;

QString percent(const core::CoreSystemService::Availability& a) {
    return a.hasValue ? Language::quantity(a.percent, QStringLiteral("%")) : QStringLiteral("—");
}

// A moment stored in UTC, in local time: a ROC date in Chinese.
QString moment(const QVariant& stored) {
    const QDateTime t = core::StoredMoment::fromStored(stored);
    return t.isValid() ? Language::shortDateTime(t) : AvailabilityReport::tr("(going on)");
}

}  // namespace

QList<QStringList> AvailabilityReport::systemRows(core::Database& db, int year) {
    const core::CoreSystemService systems(db);
    const QDateTime now = core::Clock::nowUtc();
    QList<QStringList> rows;
    QSqlQuery q = core::Sql::run(db.connection(), QStringLiteral("SELECT id, name, availability_target FROM core_systems ORDER BY name, id"));
    QList<std::tuple<qint64, QString, double>> list;
    while (q.next()) list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble()});
    q.finish();
    for (const auto& [id, name, target] : list) {
        QStringList row{name, Language::quantity(target, QStringLiteral("%"))};
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            row << percent(systems.availability(id, first, first.addMonths(1).addDays(-1), now));
        }
        row << percent(systems.availability(id, QDate(year, 1, 1), QDate(year, 12, 31), now));
        rows << row;
    }
    return rows;
}

QList<QStringList> AvailabilityReport::outageRows(core::Database& db, int year) {
    QList<QStringList> rows;
    const QString start = QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString end = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    QSqlQuery q = core::Sql::run(db.connection(),
                                 QStringLiteral("SELECT s.name, o.started_at, o.ended_at, o.planned, o.cause FROM outages o JOIN "
                                                "core_systems s ON s.id = o.system_id WHERE o.started_at < :end AND "
                                                "(o.ended_at IS NULL OR o.ended_at > :start) ORDER BY o.started_at, o.id"),
                                 {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}});
    while (q.next()) {
        QString length;
        if (!q.value(2).isNull()) {
            const QDateTime a = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
            const QDateTime b = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
            length = QLocale().toString(a.secsTo(b) / 60);
        }
        rows << QStringList{q.value(0).toString(), moment(q.value(1)), moment(q.value(2)), length,
                            q.value(3).toInt() == 1 ? tr("Planned (not counted)") : tr("Unplanned"), q.value(4).toString()};
    }
    return rows;
}

TableReport AvailabilityReport::build(core::Database& db, int year) {
    QStringList headers{tr("System"), tr("Target")};
    QList<qreal> widths{16, 6};
    for (int month = 1; month <= 12; ++month) {
        headers << tr("M%1").arg(month);
        widths << 6;
    }
    headers << tr("Year");
    widths << 7;
    QList<int> numeric;
    for (int c = 1; c < headers.size(); ++c) numeric << c;
    TableReport::Part systems{tr("Availability by month"),
                              {tr("The share of each system's service hours not lost to unplanned outages; a month still "
                                  "running counts up to now, one still to come shows —.")},
                              headers,
                              widths,
                              {{QString(), systemRows(db, year)}},
                              {},
                              false,
                              false,
                              numeric};
    TableReport::Part outages{tr("Outages"),
                              {},
                              {tr("System"), tr("Started"), tr("Ended"), tr("Minutes"), tr("Kind"), tr("Cause")},
                              {16, 13, 13, 7, 18, 33},
                              {{QString(), outageRows(db, year)}},
                              {},
                              false,
                              false,
                              {3}};
    return TableReport(tr("Core system availability %1").arg(PlanReports::yearText(year)),
                       tr("Objective 6: the core systems' availability, computed from the outages recorded."),
                       {systems, outages}, core::AuditLog(db).head());
}

qint64 AvailabilityReport::writeCsv(core::Database& db, int year, QIODevice& out) {
    core::CsvWriter csv(out);
    QStringList headers{tr("System"), tr("Target")};
    for (int month = 1; month <= 12; ++month) headers << QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"));
    headers << tr("Year");
    csv.row(headers);
    for (const QStringList& row : systemRows(db, year)) csv.row(row);
    return csv.rows();
}

}  // namespace isms::reports
