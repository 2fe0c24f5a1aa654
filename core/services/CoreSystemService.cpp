#include "CoreSystemService.h"

#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <cmath>

namespace isms::core {

namespace {
QString utc(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); }
using StoredMoment::fromStored;
}  // namespace

CoreSystemService::CoreSystemService(Database& db) : m_db(db) {}

void CoreSystemService::check(const System& s) const {
    if (s.name.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Name the system."));
    if (!s.hours.isValid()) {
        throw Error(Error::Kind::Invalid, tr("The service hours must end after they start, within the day (00:00 to 24:00)."));
    }
    if (!std::isfinite(s.target) || s.target <= 0 || s.target > 100) {
        throw Error(Error::Kind::Invalid, tr("The availability target is a percentage above 0 and at most 100."));
    }
    if (s.since.isValid() && s.since > Clock::today()) {
        throw Error(Error::Kind::Invalid, tr("A system comes under the register on a day that has come, not ahead."));
    }
    if (s.unitId != 0 && RecordWriter::read(m_db, QStringLiteral("org_units"), s.unitId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("The unit chosen no longer exists."));
    }
}

QVariantMap CoreSystemService::values(const System& s) {
    return {{QStringLiteral("name"), s.name.trimmed()},
            {QStringLiteral("unit_id"), Sql::idOrNull(s.unitId)},
            {QStringLiteral("weekdays_only"), s.hours.weekdaysOnly ? 1 : 0},
            {QStringLiteral("service_start"), ServiceHours::timeText(s.hours.startMinute)},
            {QStringLiteral("service_end"), ServiceHours::timeText(s.hours.endMinute)},
            {QStringLiteral("availability_target"), s.target},
            {QStringLiteral("in_service_from"), s.since.isValid() ? s.since : Clock::today()},
            {QStringLiteral("active"), s.active ? 1 : 0},
            {QStringLiteral("notes"), s.notes.trimmed()}};
}

qint64 CoreSystemService::addSystem(const System& s) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(s);
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(QStringLiteral("core_systems"), values(s));
    tx.commit();
    return id;
}

void CoreSystemService::updateSystem(qint64 id, int rowVersion, const System& s) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(s);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, QStringLiteral("core_systems"), id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That core system no longer exists."));
    }
    RecordWriter(m_db, grant).update(QStringLiteral("core_systems"), id, rowVersion, values(s));
    tx.commit();
}

CoreSystemService::System CoreSystemService::system(qint64 id, int* rowVersion) const {
    const QVariantMap r = RecordWriter::read(m_db, QStringLiteral("core_systems"), id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That core system no longer exists."));
    System s;
    s.name = r.value(QStringLiteral("name")).toString();
    s.unitId = r.value(QStringLiteral("unit_id")).toLongLong();
    s.hours.weekdaysOnly = r.value(QStringLiteral("weekdays_only")).toInt() == 1;
    ServiceHours::parseTime(r.value(QStringLiteral("service_start")).toString(), &s.hours.startMinute);
    ServiceHours::parseTime(r.value(QStringLiteral("service_end")).toString(), &s.hours.endMinute);
    s.target = r.value(QStringLiteral("availability_target")).toDouble();
    s.since = QDate::fromString(r.value(QStringLiteral("in_service_from")).toString(), Qt::ISODate);
    s.active = r.value(QStringLiteral("active")).toInt() == 1;
    s.notes = r.value(QStringLiteral("notes")).toString();
    if (rowVersion) *rowVersion = r.value(QStringLiteral("row_version")).toInt();
    return s;
}

void CoreSystemService::check(const Outage& o) const {
    if (RecordWriter::read(m_db, QStringLiteral("core_systems"), o.systemId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("Choose the system the outage was of."));
    }
    if (!o.start.isValid()) throw Error(Error::Kind::Invalid, tr("Give when the outage started."));
    const QDateTime now = Clock::nowUtc();
    if (o.start > now) throw Error(Error::Kind::Invalid, tr("An outage is recorded once it has started, not ahead."));
    if (o.end.isValid() && o.end <= o.start) throw Error(Error::Kind::Invalid, tr("The outage ends before it starts."));
    if (o.end.isValid() && o.end > now) throw Error(Error::Kind::Invalid, tr("The outage's end is still to come: leave it open until it is over."));
    if (o.cause.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Say what caused the outage (or what is known of it)."));
}

QVariantMap CoreSystemService::values(const Outage& o) {
    return {{QStringLiteral("system_id"), o.systemId},
            {QStringLiteral("started_at"), utc(o.start)},
            {QStringLiteral("ended_at"), StoredMoment::toStored(o.end)},
            {QStringLiteral("planned"), o.planned ? 1 : 0},
            {QStringLiteral("cause"), o.cause.trimmed()},
            {QStringLiteral("notes"), o.notes.trimmed()}};
}

qint64 CoreSystemService::recordOutage(const Outage& o) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(o);
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(QStringLiteral("outages"), values(o));
    tx.commit();
    return id;
}

void CoreSystemService::updateOutage(qint64 id, int rowVersion, const Outage& o) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(o);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, QStringLiteral("outages"), id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That outage no longer exists."));
    }
    RecordWriter(m_db, grant).update(QStringLiteral("outages"), id, rowVersion, values(o));
    tx.commit();
}

CoreSystemService::Outage CoreSystemService::outage(qint64 id, int* rowVersion) const {
    const QVariantMap r = RecordWriter::read(m_db, QStringLiteral("outages"), id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That outage no longer exists."));
    if (rowVersion) *rowVersion = r.value(QStringLiteral("row_version")).toInt();
    return {r.value(QStringLiteral("system_id")).toLongLong(), fromStored(r.value(QStringLiteral("started_at"))),
            fromStored(r.value(QStringLiteral("ended_at"))),      r.value(QStringLiteral("planned")).toInt() == 1,
            r.value(QStringLiteral("cause")).toString(),       r.value(QStringLiteral("notes")).toString()};
}

CoreSystemService::Availability CoreSystemService::availability(qint64 systemId, const QDate& from, const QDate& until,
                                                                const QDateTime& asOf) const {
    Availability a;
    const System s = system(systemId);
    // Nothing is claimed for the days before the system came under the register.
    const QDateTime periodStart(qMax(from, s.since), QTime(0, 0));
    const QDateTime periodEnd = qMin(QDateTime(until.addDays(1), QTime(0, 0)), asOf.toLocalTime());
    if (periodEnd <= periodStart) return a;
    a.serviceMinutes = s.hours.minutesWithin(periodStart, periodEnd);
    if (a.serviceMinutes == 0) return a;
    // Only the outages that overlap the period are read (by the start index), each cut to it.
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, started_at, ended_at FROM outages WHERE system_id = :s AND planned = 0 "
                                          "AND started_at < :end AND (ended_at IS NULL OR ended_at > :start) ORDER BY "
                                          "started_at, id"),
                           {{QStringLiteral("s"), systemId},
                            {QStringLiteral("start"), utc(periodStart)},
                            {QStringLiteral("end"), utc(periodEnd)}});
    // Outages of one system that overlap (two reports of one failure) lose the time once.
    QDateTime covered = periodStart;
    while (q.next()) {
        const QDateTime start = qMax(fromStored(q.value(1)), covered);
        const QDateTime end = q.value(2).isNull() ? periodEnd : qMin(fromStored(q.value(2)), periodEnd);
        if (end <= start) continue;
        covered = end;
        const qint64 lost = s.hours.minutesWithin(start, end);
        if (lost <= 0) continue;
        a.downMinutes += lost;
        a.outageIds << q.value(0).toLongLong();
    }
    a.hasValue = true;
    a.percent = std::round(100000.0 * double(a.serviceMinutes - a.downMinutes) / double(a.serviceMinutes)) / 1000.0;
    return a;
}

}  // namespace isms::core
