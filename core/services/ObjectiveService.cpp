#include "ObjectiveService.h"

#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/VersionStanding.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <cmath>

namespace isms::core {

ObjectiveService::ObjectiveService(Database& db) : m_db(db) {}

ObjectiveService::Standing ObjectiveService::standing(qint64 objectiveId, int year) const {
    // Its number and wording are those of the version in force (or, for an objective that
    // version no longer holds, of the last one that did).
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT o.id, w.number, w.text, o.kpi_name, o.kpi_unit, o.direction, o.target, "
                                          "o.frequency FROM objectives o LEFT JOIN objective_wordings w ON w.id = %1 "
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
    const bool hasTarget = !q.value(6).isNull();
    q.finish();

    QSqlQuery m = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT value, period_end FROM measurements WHERE objective_id = :id AND "
                                          "period_end BETWEEN :from AND :to ORDER BY period_end, id"),
                           {{QStringLiteral("id"), objectiveId},
                            {QStringLiteral("from"), QDate(year, 1, 1)},
                            {QStringLiteral("to"), QDate(year, 12, 31)}});
    QList<double> values;
    while (m.next()) {
        values << m.value(0).toDouble();
        s.latestPeriodEnd = QDate::fromString(m.value(1).toString(), Qt::ISODate);
    }
    s.measurements = int(values.size());
    s.hasLatest = !values.isEmpty();
    if (s.hasLatest) s.latest = values.last();
    ObjectiveStatus::Direction direction;
    // An objective without an indicator yet has nothing to be measured against.
    if (hasTarget && ObjectiveStatus::directionFromKey(s.direction, &direction)) {
        s.status = ObjectiveStatus::evaluate(direction, s.target, values);
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
                                          "owner_person_id FROM objectives WHERE id = :id"),
                           {{QStringLiteral("id"), objectiveId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That objective no longer exists."));
    if (rowVersion) *rowVersion = q.value(6).toInt();
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toString(), q.value(5).toLongLong(), q.value(7).toLongLong()};
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
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(QStringLiteral("objectives"), objectiveId, rowVersion,
                              {{QStringLiteral("kpi_name"), i.name.trimmed()},
                               {QStringLiteral("kpi_unit"), i.unit.trimmed()},
                               {QStringLiteral("direction"), i.direction},
                               {QStringLiteral("target"), i.target},
                               {QStringLiteral("frequency"), i.frequency},
                               {QStringLiteral("owner_role_id"), Sql::idOrNull(i.roleId)},
                               {QStringLiteral("owner_person_id"),
                                Sql::idOrNull(i.personId)}});
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
    if (standing(objectiveId, periodEnd.year()).indicator.isEmpty()) {  // throws if the objective is gone
        throw Error(Error::Kind::Invalid, tr("Set the objective's indicator (what is measured, and its target) before "
                                             "recording a measurement."));
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

}  // namespace isms::core
