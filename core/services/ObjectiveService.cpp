#include "ObjectiveService.h"

#include "IndicatorComputer.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/IndicatorSource.h"
#include "domain/VersionStanding.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace isms::core {

namespace {

// The source of an objective as stored: drills keep their own flag.
QString sourceKey(const QVariant& source, const QVariant& byDrills) {
    return byDrills.toInt() == 1 ? IndicatorSource::key(IndicatorSource::Kind::Drills) : source.toString();
}

QList<qint64> idsOf(const QString& stored) {
    QList<qint64> out;
    for (const QString& id : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) out << id.toLongLong();
    return out;
}

QString storedIds(const QList<qint64>& ids) {
    QStringList out;
    for (qint64 id : ids) out << QString::number(id);
    return out.join(QLatin1Char(','));
}

}  // namespace

ObjectiveService::ObjectiveService(Database& db) : m_db(db) {}

ObjectiveService::Standing ObjectiveService::standing(qint64 objectiveId, int year) const {
    // Its number and wording are those of the version in force (or, for an objective that
    // version no longer holds, of the last one that did).
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT o.id, w.number, w.text, o.kpi_name, o.kpi_unit, o.direction, o.target, "
                                          "o.frequency, o.source, o.measured_by_drills, o.source_roles, o.source_systems FROM objectives o LEFT JOIN objective_wordings w ON w.id = %1 "
                                          "WHERE o.id = :id")
                               .arg(PolicyRepository::shownWordingSql(QStringLiteral("o.id"))),
                           {{QStringLiteral("id"), objectiveId}, {QStringLiteral("today"), Clock::today().toString(Qt::ISODate)}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That objective no longer exists."));
    Standing s;
    s.objectiveId = q.value(0).toLongLong();
    s.number = q.value(1).toInt();
    s.text = q.value(2).toString();
    s.indicator = q.value(3).toString();
    s.unit = q.value(4).toString();
    s.direction = q.value(5).toString();
    s.target = q.value(6).toDouble();
    s.frequency = q.value(7).toString();
    s.source = sourceKey(q.value(8), q.value(9));
    const IndicatorComputer::Source from{IndicatorSource::Kind::Manual, idsOf(q.value(10).toString()),
                                         idsOf(q.value(11).toString())};
    s.systemIds = from.systemIds;
    const bool hasTarget = !q.value(6).isNull();
    q.finish();

    QSqlQuery m = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT value, period_end FROM measurements WHERE objective_id = :id AND "
                                          "period_end BETWEEN :from AND :to ORDER BY period_end, id"),
                           {{QStringLiteral("id"), objectiveId},
                            {QStringLiteral("from"), QDate(year, 1, 1)},
                            {QStringLiteral("to"), QDate(year, 12, 31)}});
    QList<QPair<QDate, double>> values;  // by period end, then as recorded
    QSet<QDate> recorded;
    while (m.next()) {
        const QDate end = QDate::fromString(m.value(1).toString(), Qt::ISODate);
        values.append({end, m.value(0).toDouble()});
        recorded.insert(end);
    }
    m.finish();
    s.measurements = int(values.size());
    IndicatorSource::Kind kind;
    QMap<QDate, QPair<MeasurementPeriod, QString>> live;  // by period end: the period and its basis
    // A computed source counts the periods of the year not recorded yet as they stand today.
    if (hasTarget && !s.indicator.isEmpty() && IndicatorSource::fromKey(s.source, &kind) && IndicatorSource::computed(kind)) {
        const QDate today = Clock::today();
        const IndicatorComputer computer(m_db);
        const MeasurementPeriod running = MeasurementPeriod::of(s.frequency, today);
        for (const MeasurementPeriod& p :
             MeasurementPeriod::endingBetween(s.frequency, QDate(year, 1, 1), qMin(QDate(year, 12, 31), running.end))) {
            if (recorded.contains(p.end)) continue;
            const auto r = computer.compute({kind, from.roleIds, from.systemIds}, p.start, p.end, today, false);
            if (!r.hasValue) continue;
            values.append({p.end, r.value});
            live.insert(p.end, {p, r.basis});
            s.computed.append({p, r.value, r.basis});
        }
        std::stable_sort(values.begin(), values.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    }
    s.hasLatest = !values.isEmpty();
    QList<double> series;
    for (const auto& v : values) series << v.second;
    if (s.hasLatest) {
        s.latest = values.last().second;
        s.latestPeriodEnd = values.last().first;
        if (const auto it = live.constFind(s.latestPeriodEnd); it != live.constEnd()) {
            s.latestIsLive = true;
            s.livePeriod = it->first;
            s.liveBasis = it->second;
        }
    }
    ObjectiveStatus::Direction direction;
    // An objective without an indicator yet has nothing to be measured against.
    if (hasTarget && ObjectiveStatus::directionFromKey(s.direction, &direction)) {
        s.status = ObjectiveStatus::evaluate(direction, s.target, series);
    }
    return s;
}

QList<ObjectiveService::Standing> ObjectiveService::standings(const QString& documentCode, int year, bool withUpcoming) const {
    const PolicyRepository repository(m_db);
    const VersionSummary version = repository.inForce(documentCode, Clock::today());
    const auto wordings = [this](qint64 versionId) {
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT objective_id, number, text FROM objective_wordings WHERE version_id = :v "
                                              "ORDER BY number"),
                               {{QStringLiteral("v"), versionId}});
        QList<std::tuple<qint64, int, QString>> out;
        while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
        return out;
    };
    QList<Standing> out;
    QSet<qint64> inForce;
    for (const auto& [id, number, text] : wordings(version.id)) {
        out << standing(id, year);
        inForce.insert(id);
    }
    if (!withUpcoming || version.id == 0) return out;
    const auto all = repository.standings(version.documentId, Clock::today());
    const VersionStanding* next = VersionStanding::nextScheduled(all);
    if (!next || !next->published()) return out;
    for (const auto& [id, number, text] : wordings(next->version.id)) {
        if (inForce.contains(id)) continue;
        Standing s = standing(id, year);
        s.number = number;
        s.text = text;
        s.fromVersion = next->version.version;
        s.from = next->since;
        out << s;
    }
    return out;
}

ObjectiveService::Indicator ObjectiveService::indicator(qint64 objectiveId, int* rowVersion) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT kpi_name, kpi_unit, direction, target, frequency, owner_role_id, row_version, "
                                          "owner_person_id, source, measured_by_drills, source_roles, source_systems "
                                          "FROM objectives WHERE id = :id"),
                           {{QStringLiteral("id"), objectiveId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That objective no longer exists."));
    if (rowVersion) *rowVersion = q.value(6).toInt();
    return {q.value(0).toString(),        q.value(1).toString(),         q.value(2).toString(),
            q.value(3).toDouble(),        q.value(4).toString(),         q.value(5).toLongLong(),
            q.value(7).toLongLong(),      sourceKey(q.value(8), q.value(9)), idsOf(q.value(10).toString()),
            idsOf(q.value(11).toString())};
}

void ObjectiveService::setIndicator(qint64 objectiveId, int rowVersion, const Indicator& i) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (i.name.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Name the indicator that measures the objective."));
    ObjectiveStatus::Direction direction;
    if (!ObjectiveStatus::directionFromKey(i.direction, &direction)) {
        throw Error(Error::Kind::Invalid, tr("Choose whether the value must be at least, at most or equal to the target."));
    }
    static const QStringList frequencies{QStringLiteral("monthly"), QStringLiteral("quarterly"), QStringLiteral("half_yearly"),
                                         QStringLiteral("yearly")};
    if (!frequencies.contains(i.frequency)) throw Error(Error::Kind::Invalid, tr("Choose how often it is measured."));
    if (!std::isfinite(i.target)) throw Error(Error::Kind::Invalid, tr("The target must be a number."));
    IndicatorSource::Kind kind;
    if (!IndicatorSource::fromKey(i.source, &kind)) {
        throw Error(Error::Kind::Invalid, tr("Choose where the indicator's values come from."));
    }
    QList<qint64> roleIds;
    if (kind == IndicatorSource::Kind::SeniorAttendance) {
        for (qint64 id : i.roleIds) {
            if (roleIds.contains(id)) continue;
            if (Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM roles WHERE id = :id"),
                            {{QStringLiteral("id"), id}})
                    .toInt() == 0) {
                throw Error(Error::Kind::Invalid, tr("One of the chosen roles no longer exists; choose the roles again."));
            }
            roleIds << id;
        }
        if (roleIds.isEmpty()) {
            throw Error(Error::Kind::Invalid, tr("Choose the roles that are senior management, whose attendance is counted."));
        }
        std::sort(roleIds.begin(), roleIds.end());
    }
    QList<qint64> systemIds;
    if (kind == IndicatorSource::Kind::Availability) {
        for (qint64 id : i.systemIds) {
            if (systemIds.contains(id)) continue;
            if (RecordWriter::read(m_db, QStringLiteral("core_systems"), id).isEmpty()) {
                throw Error(Error::Kind::Invalid, tr("One of the chosen core systems no longer exists; choose them again."));
            }
            systemIds << id;
        }
        if (systemIds.isEmpty()) throw Error(Error::Kind::Invalid, tr("Choose the core systems whose availability is measured."));
        std::sort(systemIds.begin(), systemIds.end());
    }
    // Training is required by the year: a shorter period would hold a quarter's hours against a
    // year's requirement.
    if (kind == IndicatorSource::Kind::Training && i.frequency != QStringLiteral("yearly")) {
        throw Error(Error::Kind::Invalid, tr("Training against the hours required a year is measured yearly."));
    }
    const bool drills = kind == IndicatorSource::Kind::Drills;
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(QStringLiteral("objectives"), objectiveId, rowVersion,
                              {{QStringLiteral("kpi_name"), i.name.trimmed()},
                               {QStringLiteral("kpi_unit"), i.unit.trimmed()},
                               {QStringLiteral("direction"), i.direction},
                               {QStringLiteral("target"), i.target},
                               {QStringLiteral("frequency"), i.frequency},
                               {QStringLiteral("owner_role_id"), Sql::idOrNull(i.roleId)},
                               {QStringLiteral("owner_person_id"), Sql::idOrNull(i.personId)},
                               {QStringLiteral("source"), drills ? QString() : i.source},
                               {QStringLiteral("measured_by_drills"), drills ? 1 : 0},
                               {QStringLiteral("source_roles"), storedIds(roleIds)},
                               {QStringLiteral("source_systems"), storedIds(systemIds)}});
    tx.commit();
}

qint64 ObjectiveService::recordMeasurement(qint64 objectiveId, const QDate& periodStart, const QDate& periodEnd,
                                           double value, qint64 measuredBy, const QString& evidence) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!periodStart.isValid() || !periodEnd.isValid()) {
        throw Error(Error::Kind::Invalid, tr("Give the period the measurement covers."));
    }
    if (periodEnd < periodStart) throw Error(Error::Kind::Invalid, tr("The period ends before it starts."));
    if (periodEnd > Clock::today()) {
        throw Error(Error::Kind::Invalid, tr("A period that has not ended yet cannot be measured."));
    }
    if (!std::isfinite(value)) throw Error(Error::Kind::Invalid, tr("The value must be a number."));
    const Standing objective = standing(objectiveId, periodEnd.year());  // throws if the objective is gone
    if (objective.indicator.isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("Set the objective's indicator (what is measured, and its target) before "
                                             "recording a measurement."));
    }
    IndicatorSource::Kind kind;
    if (IndicatorSource::fromKey(objective.source, &kind) && IndicatorSource::computed(kind)) {
        throw Error(Error::Kind::Invalid, tr("This objective is computed from the records (%1): its value is recorded at "
                                             "each period's end, not typed in. Correct the records it counts instead.")
                                              .arg(IndicatorSource::label(kind)));
    }
    if (measuredBy == 0) {
        // Whoever records it measured it, unless told otherwise.
        measuredBy = Sql::scalar(m_db.connection(), QStringLiteral("SELECT person_id FROM users WHERE id = :u"),
                                 {{QStringLiteral("u"), m_db.session().userId}})
                         .toLongLong();
    }
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(
        QStringLiteral("measurements"),
        {{QStringLiteral("objective_id"), objectiveId},
         {QStringLiteral("period_start"), periodStart},
         {QStringLiteral("period_end"), periodEnd},
         {QStringLiteral("value"), value},
         {QStringLiteral("measured_by"), Sql::idOrNull(measuredBy)},
         {QStringLiteral("evidence"), evidence.trimmed()}});
    tx.commit();
    return id;
}

int ObjectiveService::recordEndedPeriods() {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const QDate today = Clock::today();
    struct Due {
        qint64 id;
        IndicatorSource::Kind kind;
        QList<qint64> roleIds;
        QList<qint64> systemIds;
        QString frequency;
    };
    QList<Due> objectives;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT DISTINCT o.id, o.source, o.source_roles, o.frequency, o.source_systems FROM objectives o JOIN "
                                          "objective_wordings w ON w.objective_id = o.id AND w.version_id = %1 WHERE "
                                          "o.source <> '' AND o.kpi_name <> '' AND o.target IS NOT NULL ORDER BY o.id")
                               .arg(PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
                           {{QStringLiteral("today"), today.toString(Qt::ISODate)}});
    while (q.next()) {
        IndicatorSource::Kind kind;
        if (!IndicatorSource::fromKey(q.value(1).toString(), &kind) || !IndicatorSource::computed(kind)) continue;
        objectives << Due{q.value(0).toLongLong(), kind, idsOf(q.value(2).toString()), idsOf(q.value(4).toString()),
                          q.value(3).toString()};
    }
    q.finish();
    const IndicatorComputer computer(m_db);
    const auto measured = [this](qint64 objective, const MeasurementPeriod& p) {
        return Sql::scalar(m_db.connection(),
                           QStringLiteral("SELECT COUNT(*) FROM measurements WHERE objective_id = :o AND period_start = :s "
                                          "AND period_end = :e"),
                           {{QStringLiteral("o"), objective}, {QStringLiteral("s"), p.start}, {QStringLiteral("e"), p.end}})
                   .toInt() > 0;
    };
    int recorded = 0;
    for (const Due& o : objectives) {
        for (const MeasurementPeriod& p :
             MeasurementPeriod::endingBetween(o.frequency, QDate(today.year() - 1, 1, 1), today.addDays(-1))) {
            if (measured(o.id, p)) continue;
            const auto r = computer.compute({o.kind, o.roleIds, o.systemIds}, p.start, p.end, today, true);
            if (!r.hasValue) continue;
            try {
                Transaction tx(m_db);
                RecordWriter writer(m_db, grant);
                const qint64 id = writer.insert(QStringLiteral("measurements"),
                                                {{QStringLiteral("objective_id"), o.id},
                                                 {QStringLiteral("period_start"), p.start},
                                                 {QStringLiteral("period_end"), p.end},
                                                 {QStringLiteral("value"), r.value},
                                                 {QStringLiteral("source"), IndicatorSource::key(o.kind)},
                                                 {QStringLiteral("evidence"), r.basis}});
                for (const auto& record : r.records) {
                    writer.insertLink(QStringLiteral("measurement_records"), {{QStringLiteral("measurement_id"), id},
                                                                             {QStringLiteral("record_kind"), record.kind},
                                                                             {QStringLiteral("record_id"), record.id}});
                }
                tx.commit();
                ++recorded;
            } catch (const Error&) {
                // Another workstation recorded the period first (the unique index refused ours).
                if (!measured(o.id, p)) throw;
            }
        }
    }
    return recorded;
}

}  // namespace isms::core
