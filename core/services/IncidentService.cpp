#include "IncidentService.h"

#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/AgencySettings.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("incidents");
using StoredMoment::fromStored;
QVariant utc(const QDateTime& t) { return StoredMoment::toStored(t); }
bool hoursOk(double h) { return std::isfinite(h) && h > 0 && h <= 24 * 30; }
}  // namespace

IncidentService::IncidentService(Database& db) : m_db(db) {}

void IncidentService::check(const Incident& i) const {
    if (i.title.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Say in a few words what happened."));
    if (!i.weakness && (i.level < 1 || i.level > 4)) throw Error(Error::Kind::Invalid, tr("Choose the incident's level, 1 to 4."));
    if (!IncidentClock::categories().contains(i.category)) throw Error(Error::Kind::Invalid, tr("Choose the kind of incident."));
    if (!i.known.isValid()) throw Error(Error::Kind::Invalid, tr("Give when it became known."));
    const QDateTime now = Clock::nowUtc();
    if (i.known > now) throw Error(Error::Kind::Invalid, tr("It became known at a moment still to come."));
    const QList<std::pair<QDateTime, QString>> later{
        {i.reported, tr("reported")}, {i.contained, tr("contained")}, {i.recovered, tr("recovered")}, {i.investigated, tr("investigated")}};
    for (const auto& [moment, what] : later) {
        if (!moment.isValid()) continue;
        if (moment < i.known) throw Error(Error::Kind::Invalid, tr("It cannot have been %1 before it became known.").arg(what));
        if (moment > now) throw Error(Error::Kind::Invalid, tr("It is marked %1 at a moment still to come.").arg(what));
    }
    if (i.reported.isValid() && i.reportedTo.trimmed().isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("Say to whom it was reported (e.g. the competent authority's reporting platform)."));
    }
    if (i.investigated.isValid() && !i.recovered.isValid() && !i.contained.isValid()) {
        throw Error(Error::Kind::Invalid, tr("The investigation report follows damage control or recovery: give that first."));
    }
    if (i.closed && !i.weakness && (!i.reported.isValid() || (!i.recovered.isValid() && !i.contained.isValid()) ||
                                    !i.investigated.isValid())) {
        throw Error(Error::Kind::Invalid, tr("An incident is closed once it has been reported, its damage is under control or "
                                             "service recovered, and the investigation report has been sent."));
    }
    if (i.reporterId != 0 && RecordWriter::read(m_db, QStringLiteral("people"), i.reporterId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("The person chosen no longer exists."));
    }
    if (i.systemId != 0 && RecordWriter::read(m_db, QStringLiteral("core_systems"), i.systemId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("The core system chosen no longer exists."));
    }
}

QVariantMap IncidentService::values(const Incident& i) {
    return {{QStringLiteral("kind"), i.weakness ? QStringLiteral("weakness") : QStringLiteral("incident")},
            {QStringLiteral("title"), i.title.trimmed()},
            {QStringLiteral("level"), i.weakness ? QVariant(QMetaType(QMetaType::Int)) : QVariant(i.level)},
            {QStringLiteral("category"), i.category},
            {QStringLiteral("known_at"), utc(i.known)},
            {QStringLiteral("reported_at"), utc(i.reported)},
            {QStringLiteral("reported_to"), i.reportedTo.trimmed()},
            {QStringLiteral("contained_at"), utc(i.contained)},
            {QStringLiteral("recovered_at"), utc(i.recovered)},
            {QStringLiteral("investigated_at"), utc(i.investigated)},
            {QStringLiteral("status"), i.closed ? QStringLiteral("closed") : QStringLiteral("open")},
            {QStringLiteral("reporter_person_id"), Sql::idOrNull(i.reporterId)},
            {QStringLiteral("system_id"), Sql::idOrNull(i.systemId)},
            {QStringLiteral("description"), i.description.trimmed()},
            {QStringLiteral("notes"), i.notes.trimmed()},
            {QStringLiteral("report_hours"), i.deadlines.reportHours},
            {QStringLiteral("recovery_hours_low"), i.deadlines.recoveryHoursLow},
            {QStringLiteral("recovery_hours_high"), i.deadlines.recoveryHoursHigh},
            {QStringLiteral("investigation_months"), i.deadlines.investigationMonths}};
}

qint64 IncidentService::record(const Incident& incident) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(incident);
    Incident i = incident;
    i.deadlines = deadlines();  // in force now, kept with it
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(kTable, values(i));
    tx.commit();
    return id;
}

void IncidentService::update(qint64 id, int rowVersion, const Incident& incident) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(incident);
    Incident i = incident;
    Transaction tx(m_db);
    i.deadlines = this->incident(id).deadlines;  // those it was recorded under
    RecordWriter(m_db, grant).update(kTable, id, rowVersion, values(i));
    tx.commit();
}

IncidentService::Incident IncidentService::incident(qint64 id, int* rowVersion) const {
    const QVariantMap r = RecordWriter::read(m_db, kTable, id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That incident no longer exists."));
    if (rowVersion) *rowVersion = r.value(QStringLiteral("row_version")).toInt();
    Incident i;
    i.weakness = r.value(QStringLiteral("kind")).toString() == QStringLiteral("weakness");
    i.title = r.value(QStringLiteral("title")).toString();
    i.level = r.value(QStringLiteral("level")).toInt();
    i.category = r.value(QStringLiteral("category")).toString();
    i.known = fromStored(r.value(QStringLiteral("known_at")));
    i.reported = fromStored(r.value(QStringLiteral("reported_at")));
    i.reportedTo = r.value(QStringLiteral("reported_to")).toString();
    i.contained = fromStored(r.value(QStringLiteral("contained_at")));
    i.recovered = fromStored(r.value(QStringLiteral("recovered_at")));
    i.investigated = fromStored(r.value(QStringLiteral("investigated_at")));
    i.closed = r.value(QStringLiteral("status")).toString() == QStringLiteral("closed");
    i.reporterId = r.value(QStringLiteral("reporter_person_id")).toLongLong();
    i.systemId = r.value(QStringLiteral("system_id")).toLongLong();
    i.description = r.value(QStringLiteral("description")).toString();
    i.notes = r.value(QStringLiteral("notes")).toString();
    i.deadlines = {r.value(QStringLiteral("report_hours")).toDouble(), r.value(QStringLiteral("recovery_hours_low")).toDouble(),
                   r.value(QStringLiteral("recovery_hours_high")).toDouble(), r.value(QStringLiteral("investigation_months")).toInt()};
    return i;
}

void IncidentService::linkAction(qint64 incidentId, qint64 actionId) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (RecordWriter::read(m_db, kTable, incidentId).isEmpty()) throw Error(Error::Kind::NotFound, tr("That incident no longer exists."));
    if (RecordWriter::read(m_db, QStringLiteral("corrective_actions"), actionId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("Choose a corrective action that exists."));
    }
    if (Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM incident_actions WHERE incident_id = :i AND corrective_action_id = :a"),
                    {{QStringLiteral("i"), incidentId}, {QStringLiteral("a"), actionId}})
            .toInt() > 0) {
        throw Error(Error::Kind::Invalid, tr("That corrective action is already linked to the incident."));
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant).insertLink(QStringLiteral("incident_actions"),
                                         {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("corrective_action_id"), actionId}});
    tx.commit();
}

IncidentClock::Deadlines IncidentService::deadlines(int* rowVersion) const {
    const QVariantMap r = AgencySettings::read(m_db, rowVersion);
    IncidentClock::Deadlines d;
    if (r.isEmpty()) return d;
    d.reportHours = r.value(QStringLiteral("report_hours")).toDouble();
    d.recoveryHoursLow = r.value(QStringLiteral("recovery_hours_low")).toDouble();
    d.recoveryHoursHigh = r.value(QStringLiteral("recovery_hours_high")).toDouble();
    d.investigationMonths = r.value(QStringLiteral("investigation_months")).toInt();
    return d;
}

void IncidentService::setDeadlines(const IncidentClock::Deadlines& d, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!hoursOk(d.reportHours) || !hoursOk(d.recoveryHoursLow) || !hoursOk(d.recoveryHoursHigh)) {
        throw Error(Error::Kind::Invalid, tr("A deadline is a number of hours above 0 and at most 720 (30 days)."));
    }
    if (d.recoveryHoursHigh > d.recoveryHoursLow) {
        throw Error(Error::Kind::Invalid, tr("Levels 3–4 are the graver: their deadline cannot be longer than levels 1–2's."));
    }
    if (d.investigationMonths < 1 || d.investigationMonths > 12) {
        throw Error(Error::Kind::Invalid, tr("The investigation report is due 1 to 12 months after recovery."));
    }
    Transaction tx(m_db);
    AgencySettings::write(m_db, grant,
                          {{QStringLiteral("report_hours"), d.reportHours},
                           {QStringLiteral("recovery_hours_low"), d.recoveryHoursLow},
                           {QStringLiteral("recovery_hours_high"), d.recoveryHoursHigh},
                           {QStringLiteral("investigation_months"), d.investigationMonths}},
                          rowVersion);
    tx.commit();
}

IncidentClock::Incident IncidentService::clockOf(const Incident& i) {
    return {i.weakness, i.level, i.known, i.reported, i.contained, i.recovered, i.investigated};
}

QList<IncidentService::Open> IncidentService::open() const {
    QList<qint64> ids;
    QSqlQuery q = Sql::run(m_db.connection(), QStringLiteral("SELECT id FROM incidents WHERE status = 'open' AND kind = 'incident' ORDER BY known_at, id"));
    while (q.next()) ids << q.value(0).toLongLong();
    q.finish();
    QList<Open> out;
    for (qint64 id : ids) {
        const Incident i = incident(id);
        out << Open{id, i.title, i.level, IncidentClock::clocks(clockOf(i), i.deadlines)};
    }
    // The most urgent first: the nearest (or most overdue) deadline still to meet.
    std::stable_sort(out.begin(), out.end(), [](const Open& a, const Open& b) {
        const auto* x = IncidentClock::next(a.clocks);
        const auto* y = IncidentClock::next(b.clocks);
        if (!x || !y) return x != nullptr && y == nullptr;
        return x->due < y->due;
    });
    return out;
}

}  // namespace isms::core
