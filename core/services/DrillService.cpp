#include "DrillService.h"

#include "domain/DrillResult.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace isms::core {

DrillService::DrillService(Database& db) : m_db(db) {}

qint64 DrillService::record(const Drill& d) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (d.half != 1 && d.half != 2) throw Error(Error::Kind::Invalid, tr("A drill belongs to the first or the second half-year."));
    if (d.sent <= 0) throw Error(Error::Kind::Invalid, tr("Give how many e-mails were sent."));
    if (d.opened < 0 || d.clicked < 0 || d.reported < 0) throw Error(Error::Kind::Invalid, tr("Counts cannot be negative."));
    if (d.opened > d.sent || d.clicked > d.sent || d.reported > d.sent) {
        throw Error(Error::Kind::Invalid, tr("More people opened, clicked or reported than e-mails were sent."));
    }
    if (d.date.isValid() && (d.date < DrillResult::halfStart(d.year, d.half) || d.date > DrillResult::halfEnd(d.year, d.half))) {
        throw Error(Error::Kind::Invalid, tr("The drill's date is not in the half-year it is recorded for."));
    }
    // Its results are what happened: a drill still to come has none.
    if (d.date.isValid() && d.date > Clock::today()) {
        throw Error(Error::Kind::Invalid, tr("A drill is recorded once it has taken place, not for a day still to come."));
    }
    if (d.openThreshold <= 0 || d.clickThreshold <= 0) throw Error(Error::Kind::Invalid, tr("Thresholds are above 0 %."));
    const bool passed = DrillResult::passed(d.sent, d.opened, d.clicked, d.openThreshold, d.clickThreshold);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    const qint64 id = writer.insert(
        QStringLiteral("drills"),
        {{QStringLiteral("period_year"), d.year},
         {QStringLiteral("period_half"), d.half},
         {QStringLiteral("drill_date"), d.date},
         {QStringLiteral("unit_id"), Sql::idOrNull(d.unitId)},
         {QStringLiteral("emails_sent"), d.sent},
         {QStringLiteral("opened"), d.opened},
         {QStringLiteral("clicked"), d.clicked},
         {QStringLiteral("reported"), d.reported},
         {QStringLiteral("open_threshold"), d.openThreshold},
         {QStringLiteral("click_threshold"), d.clickThreshold},
         {QStringLiteral("passed"), passed ? 1 : 0},
         {QStringLiteral("notes"), d.notes.trimmed()}});
    // The objectives that drills measure, held by the version in force today or by one
    // published to take effect later: each lasting objective once.
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT DISTINCT o.id FROM objectives o JOIN objective_wordings w ON w.objective_id "
                                          "= o.id JOIN document_versions v ON v.id = w.version_id WHERE o.measured_by_drills "
                                          "= 1 AND (v.id = %1 OR (v.status = 'published' AND v.effective_date > :today))")
                               .arg(PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
                           {{QStringLiteral("today"), Clock::today().toString(Qt::ISODate)}});
    QList<qint64> objectives;
    while (q.next()) objectives << q.value(0).toLongLong();
    q.finish();
    // One measurement per half-year, its verdict: passed only if every drill of the half passed
    // (several units may each have had one), as the dashboard's drill panel says.
    QSqlQuery half = Sql::run(m_db.connection(),
                              QStringLiteral("SELECT COUNT(*), SUM(passed) FROM drills WHERE period_year = :y AND period_half = :h"),
                              {{QStringLiteral("y"), d.year}, {QStringLiteral("h"), d.half}});
    half.next();
    const int drills = half.value(0).toInt();
    const int drillsPassed = half.value(1).toInt();
    half.finish();
    const bool halfPassed = drills == drillsPassed;
    const QString evidence = drills == 1 ? tr("Drill: %1% opened, %2% clicked")
                                               .arg(DrillResult::rate(d.opened, d.sent), 0, 'f', 1)
                                               .arg(DrillResult::rate(d.clicked, d.sent), 0, 'f', 1)
                                         : tr("Drills of the half-year: %1 of %2 passed").arg(drillsPassed).arg(drills);
    const QDate start = DrillResult::halfStart(d.year, d.half);
    const QDate end = DrillResult::halfEnd(d.year, d.half);
    for (qint64 objective : objectives) {
        QSqlQuery m = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT id, row_version FROM measurements WHERE objective_id = :o AND period_start "
                                              "= :s AND period_end = :e AND drill_id IS NOT NULL"),
                               {{QStringLiteral("o"), objective}, {QStringLiteral("s"), start}, {QStringLiteral("e"), end}});
        const QVariantMap values{{QStringLiteral("value"), halfPassed ? 1 : 0},
                                 {QStringLiteral("drill_id"), id},
                                 {QStringLiteral("evidence"), evidence}};
        if (m.next()) {
            const qint64 measurement = m.value(0).toLongLong();
            const int rowVersion = m.value(1).toInt();
            m.finish();
            writer.update(QStringLiteral("measurements"), measurement, rowVersion, values);
            continue;
        }
        m.finish();
        QVariantMap row = values;
        row.insert(QStringLiteral("objective_id"), objective);
        row.insert(QStringLiteral("period_start"), start);
        row.insert(QStringLiteral("period_end"), end);
        writer.insert(QStringLiteral("measurements"), row);
    }
    tx.commit();
    return id;
}

QDate DrillService::dueSince() const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT period_year, period_half FROM drills ORDER BY period_year, period_half LIMIT 1"));
    if (!q.next()) return QDate(Clock::today().year(), 1, 1);
    return DrillResult::halfStart(q.value(0).toInt(), q.value(1).toInt());
}

QList<DrillService::HalfYear> DrillService::missing(const QDate& since, const QDate& today) const {
    QList<HalfYear> out;
    if (!since.isValid()) return out;
    for (HalfYear h{since.year(), DrillResult::half(since)}; DrillResult::halfEnd(h.year, h.half) < today;) {
        const int drills = Sql::scalar(m_db.connection(),
                                       QStringLiteral("SELECT COUNT(*) FROM drills WHERE period_year = :y AND period_half = :h"),
                                       {{QStringLiteral("y"), h.year}, {QStringLiteral("h"), h.half}})
                               .toInt();
        if (drills == 0) out << h;
        h = h.half == 1 ? HalfYear{h.year, 2} : HalfYear{h.year + 1, 1};
    }
    return out;
}

}  // namespace isms::core
