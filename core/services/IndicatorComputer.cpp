#include "IndicatorComputer.h"

#include "CoreSystemService.h"
#include "domain/IncidentClock.h"
#include "domain/Clock.h"
#include "domain/TrainingStanding.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/StoredMoment.h"

#include <QSqlQuery>
#include <cmath>

namespace isms::core {

namespace {
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
// A share in per cent, to two decimals as a measurement is typed and reported.
double percent(int part, int whole) { return std::round(10000.0 * part / whole) / 100.0; }
}  // namespace

IndicatorComputer::IndicatorComputer(Database& db) : m_db(db) {}

IndicatorComputer::Result IndicatorComputer::compute(const Source& source, const QDate& from, const QDate& until,
                                                     const QDate& asOf, bool withRecords) const {
    if (!from.isValid() || !until.isValid() || !asOf.isValid() || asOf < from) return {};
    const QDate last = qMin(until, asOf);
    switch (source.kind) {
    case IndicatorSource::Kind::SeniorAttendance: return seniorAttendance(source.roleIds, from, last, withRecords);
    case IndicatorSource::Kind::CorrectiveOnTime: return correctiveOnTime(from, until, asOf, withRecords);
    case IndicatorSource::Kind::ComplianceFindings: return complianceFindings(last, withRecords);
    case IndicatorSource::Kind::Availability: return availability(source.systemIds, from, until, asOf, withRecords);
    case IndicatorSource::Kind::Training: return training(from, until, last, withRecords);
    case IndicatorSource::Kind::UnauthorisedIncidents: return incidents(false, from, last, asOf, withRecords);
    case IndicatorSource::Kind::IncidentsReportedInTime: return incidents(true, from, last, asOf, withRecords);
    case IndicatorSource::Kind::Manual:
    case IndicatorSource::Kind::Drills: break;
    }
    return {};
}

IndicatorComputer::Result IndicatorComputer::seniorAttendance(const QList<qint64>& roleIds, const QDate& from,
                                                              const QDate& last, bool withRecords) const {
    Result r;
    if (roleIds.isEmpty()) return r;
    QVariantMap values{{QStringLiteral("from"), iso(from)}, {QStringLiteral("last"), iso(last)}};
    QStringList names;
    for (int i = 0; i < roleIds.size(); ++i) {
        names << QStringLiteral(":r%1").arg(i);
        values.insert(QStringLiteral("r%1").arg(i), roleIds[i]);
    }
    // Who held a senior role on the review's day, and which of them attended it.
    const QString held = QStringLiteral("ra.role_id IN (%1) AND ra.start_date <= m.meeting_date AND (ra.end_date IS NULL OR "
                                        "ra.end_date >= m.meeting_date)")
                             .arg(names.join(QStringLiteral(", ")));
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT m.id, (SELECT COUNT(DISTINCT ra.person_id) FROM role_assignments ra WHERE %1), (SELECT "
                       "COUNT(DISTINCT ra.person_id) FROM role_assignments ra JOIN meeting_attendees t ON t.person_id = "
                       "ra.person_id AND t.meeting_id = m.id WHERE %1) FROM meetings m WHERE m.kind = 'management_review' "
                       "AND m.meeting_date BETWEEN :from AND :last ORDER BY m.meeting_date, m.id")
            .arg(held),
        values);
    int meetings = 0;
    int expected = 0;
    int attended = 0;
    while (q.next()) {
        ++meetings;
        expected += q.value(1).toInt();
        attended += q.value(2).toInt();
        if (withRecords) r.records << Record{QStringLiteral("meetings"), q.value(0).toLongLong()};
    }
    if (meetings == 0) {
        r.basis = tr("No management review was held in the period.");
        return r;
    }
    if (expected == 0) {
        r.basis = tr("%n management review(s) held, but nobody held the chosen roles on the day.", "", meetings);
        return r;
    }
    r.hasValue = true;
    r.value = percent(attended, expected);
    r.basis = tr("%n management review(s): %1 of %2 attendances of senior management.", "", meetings)
                  .arg(attended)
                  .arg(expected);
    return r;
}

IndicatorComputer::Result IndicatorComputer::correctiveOnTime(const QDate& from, const QDate& until, const QDate& asOf,
                                                              bool withRecords) const {
    Result r;
    // An action is judged once its due date has passed or it is done: until then it may still be
    // done in time.
    const QString judged = QStringLiteral("FROM corrective_actions c WHERE c.due_date BETWEEN :from AND :until AND ") +
                           IndicatorSource::correctiveJudgedSql(QStringLiteral("asof"));
    const QVariantMap values{{QStringLiteral("from"), iso(from)},
                             {QStringLiteral("until"), iso(until)},
                             {QStringLiteral("asof"), iso(asOf)}};
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN c.done_date IS NOT NULL AND c.done_date <= "
                                          "c.due_date AND c.done_date <= :asof THEN 1 ELSE 0 END) ") + judged,
                           values);
    q.next();
    const int total = q.value(0).toInt();
    const int onTime = q.value(1).toInt();
    q.finish();
    if (withRecords && total > 0) {
        QSqlQuery ids = Sql::run(m_db.connection(), QStringLiteral("SELECT c.id ") + judged + QStringLiteral(" ORDER BY c.due_date, c.id"),
                                 values);
        while (ids.next()) r.records << Record{QStringLiteral("corrective_actions"), ids.value(0).toLongLong()};
    }
    if (total == 0) {
        r.basis = tr("No corrective action was due in the period.");
        return r;
    }
    r.hasValue = true;
    r.value = percent(onTime, total);
    r.basis = tr("%1 of %n corrective action(s) due in the period done by the due date.", "", total).arg(onTime);
    return r;
}

IndicatorComputer::Result IndicatorComputer::complianceFindings(const QDate& at, bool withRecords) const {
    Result r;
    const QVariantMap at_{{QStringLiteral("at"), iso(at)}};
    const int checks = Sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM audits WHERE kind = 'compliance_check' AND start_date <= :at"),
                                   at_)
                           .toInt();
    if (checks == 0) {
        r.basis = tr("No compliance check has been recorded yet.");
        return r;
    }
    // Unresolved on the day: still open, or closed only after it.
    const QString unresolved = QStringLiteral("FROM findings f JOIN audits a ON a.id = f.audit_id WHERE ") +
                               IndicatorSource::unresolvedComplianceSql(QStringLiteral("at"));
    r.hasValue = true;
    r.value = Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) ") + unresolved, at_).toInt();
    if (withRecords && r.value > 0) {
        QSqlQuery ids = Sql::run(m_db.connection(), QStringLiteral("SELECT f.id ") + unresolved + QStringLiteral(" ORDER BY f.id"), at_);
        while (ids.next()) r.records << Record{QStringLiteral("findings"), ids.value(0).toLongLong()};
    }
    r.basis = tr("%n unresolved nonconformity(ies) from %1 compliance check(s).", "", int(r.value)).arg(checks);
    return r;
}

IndicatorComputer::Result IndicatorComputer::availability(const QList<qint64>& systemIds, const QDate& from,
                                                          const QDate& until, const QDate& asOf, bool withRecords) const {
    Result r;
    const CoreSystemService systems(m_db);
    // As of the day asked (a running period: now, if that is today).
    const QDateTime moment = asOf >= Clock::today() ? Clock::nowUtc() : QDateTime(asOf.addDays(1), QTime(0, 0));
    QString lowest;
    for (qint64 id : systemIds) {
        if (RecordWriter::read(m_db, QStringLiteral("core_systems"), id).isEmpty()) continue;
        const auto a = systems.availability(id, from, until, moment);
        if (!a.hasValue) continue;
        if (!r.hasValue || a.percent < r.value) {
            r.value = a.percent;
            lowest = systems.system(id).name;
        }
        r.hasValue = true;
        if (withRecords) {
            for (qint64 outage : a.outageIds) r.records << Record{QStringLiteral("outages"), outage};
        }
    }
    if (!r.hasValue) {
        r.basis = tr("The chosen core systems had no service time in the period yet.");
        return r;
    }
    r.basis = systemIds.size() == 1 ? tr("%1: availability of its service hours.").arg(lowest)
                                    : tr("The lowest of %n system(s): %1.", "", int(systemIds.size())).arg(lowest);
    return r;
}

IndicatorComputer::Result IndicatorComputer::training(const QDate& from, const QDate& until, const QDate& last,
                                                      bool withRecords) const {
    Result r;
    // The people who must have training, and of them those who had it (TrainingStanding, as the
    // Training page's list reads it); counted in SQL, each person read only for the records.
    const QString standing = TrainingStanding::sql(QStringLiteral(":from"), QStringLiteral(":until"), QStringLiteral(":last"));
    const QVariantMap values{{QStringLiteral("from"), iso(from)}, {QStringLiteral("until"), iso(until)}, {QStringLiteral("last"), iso(last)}};
    int required = 0;
    int met = 0;
    if (withRecords) {
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT t.person_id, t.status FROM %1 t WHERE t.status <> 'not_required' ORDER BY "
                                              "t.person_id").arg(standing),
                               values);
        while (q.next()) {
            ++required;
            if (q.value(1).toString() == QStringLiteral("met")) ++met;
            r.records << Record{QStringLiteral("people"), q.value(0).toLongLong()};
        }
    } else {
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN t.status = 'met' THEN 1 ELSE 0 END) FROM %1 t "
                                              "WHERE t.status <> 'not_required'").arg(standing),
                               values);
        if (q.next()) {
            required = q.value(0).toInt();
            met = q.value(1).toInt();
        }
    }
    if (required == 0) {
        r.basis = tr("Nobody on the staff must have security training under the requirements.");
        return r;
    }
    r.hasValue = true;
    r.value = percent(met, required);
    r.basis = tr("%1 of %n people who must have security training had the hours required.", "", required).arg(met);
    return r;
}

IndicatorComputer::Result IndicatorComputer::incidents(bool inTime, const QDate& from, const QDate& last, const QDate& asOf,
                                                       bool withRecords) const {
    Result r;
    // The incidents that became known in the period so far (moments are stored in UTC; the
    // period's days are local), read by the index on known_at.
    const QString start = QDateTime(from, QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString end = QDateTime(last.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    QString sql = QStringLiteral("SELECT id, level, known_at, reported_at, report_hours FROM incidents WHERE kind = 'incident' "
                                 "AND known_at >= :start AND known_at < :end");
    QVariantMap values{{QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
    if (!inTime) {
        const QStringList categories = IncidentClock::unauthorisedCategories();
        QStringList names;
        for (int i = 0; i < categories.size(); ++i) {
            names << QStringLiteral(":c%1").arg(i);
            values.insert(QStringLiteral("c%1").arg(i), categories[i]);
        }
        sql += QStringLiteral(" AND category IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    QSqlQuery q = Sql::run(m_db.connection(), sql + QStringLiteral(" ORDER BY known_at, id"), values);
    // A period still running is judged as of now; an ended one as of its end or later.
    const QDateTime now = asOf >= Clock::today() ? Clock::nowUtc() : QDateTime(asOf.addDays(1), QTime(0, 0));
    const auto moment = StoredMoment::fromStored;
    int counted = 0;
    int onTime = 0;
    while (q.next()) {
        if (inTime) {
            IncidentClock::Incident i;
            i.level = q.value(1).toInt();
            i.known = moment(q.value(2));
            i.reported = moment(q.value(3));
            // Held to the reporting deadline in force when it was recorded.
            IncidentClock::Deadlines deadlines;
            deadlines.reportHours = q.value(4).toDouble();
            const auto state = IncidentClock::state(IncidentClock::clocks(i, deadlines).first(), now);
            if (state == IncidentClock::State::Running) continue;  // not judged yet
            if (state == IncidentClock::State::Met) ++onTime;
        }
        ++counted;
        if (withRecords) r.records << Record{QStringLiteral("incidents"), q.value(0).toLongLong()};
    }
    if (!inTime) {
        r.hasValue = true;
        r.value = counted;
        r.basis = tr("%n incident(s) of unauthorised access or alteration became known in the period.", "", counted);
        return r;
    }
    if (counted == 0) {
        r.basis = tr("No incident to judge: none became known in the period, or its reporting deadline has not passed.");
        return r;
    }
    r.hasValue = true;
    r.value = percent(onTime, counted);
    r.basis = tr("%1 of %n incident(s) reported within the deadline.", "", counted).arg(onTime);
    return r;
}

}  // namespace isms::core
