#include "OrganisationService.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <functional>
#include <QSqlQuery>

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("org_units");
}  // namespace

OrganisationService::OrganisationService(Database& db) : m_db(db) {}

QStringList OrganisationService::kinds() {
    return {QStringLiteral("internal"), QStringLiteral("vendor"), QStringLiteral("agency")};
}

QList<OrganisationService::Unit> OrganisationService::units() const {
    QHash<qint64, QList<Unit>> children;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, parent_id, position, name, name_en, kind, notes, row_version "
                                          "FROM org_units ORDER BY position, id"));
    while (q.next()) {
        Unit u{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
               q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toInt()};
        children[u.parentId] << u;
    }
    QList<Unit> out;
    // Depth first from the top-level units, so that a parent always comes before its children.
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Unit& u : children.value(parent)) {
            out << u;
            walk(u.id);
        }
    };
    walk(0);
    return out;
}

OrganisationService::Unit OrganisationService::unit(qint64 id) const {
    const QVariantMap row = RecordWriter::read(m_db, kTable, id);
    if (row.isEmpty()) throw Error(Error::Kind::NotFound, tr("Unit %1 does not exist.").arg(id));
    return {id,
            row.value(QStringLiteral("parent_id")).toLongLong(),
            row.value(QStringLiteral("position")).toInt(),
            row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("name_en")).toString(),
            row.value(QStringLiteral("kind")).toString(),
            row.value(QStringLiteral("notes")).toString(),
            row.value(QStringLiteral("row_version")).toInt()};
}

QList<qint64> OrganisationService::subtree(qint64 id) const {
    QList<qint64> out{id};
    QSqlQuery q = Sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM org_units WHERE parent_id = :p"));
    for (int i = 0; i < out.size(); ++i) {
        Sql::run(q, {{QStringLiteral("p"), out[i]}});
        while (q.next()) out << q.value(0).toLongLong();
        q.finish();
    }
    return out;
}

void OrganisationService::validate(const Unit& unit) const {
    if (unit.name.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("A unit needs a name."));
    if (!kinds().contains(unit.kind)) throw Error(Error::Kind::Invalid, tr("“%1” is not a kind of unit.").arg(unit.kind));
    if (unit.parentId && RecordWriter::read(m_db, kTable, unit.parentId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("The unit it is to be part of does not exist."));
    }
}

qint64 OrganisationService::addUnit(const Unit& unit) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    validate(unit);
    Transaction tx(m_db);
    const int position =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM org_units WHERE COALESCE(parent_id, 0) = :p"),
                    {{QStringLiteral("p"), unit.parentId}})
            .toInt();
    const qint64 id = RecordWriter(m_db, grant).insert(kTable, {{QStringLiteral("parent_id"), Sql::idOrNull(unit.parentId)},
                                                         {QStringLiteral("position"), position},
                                                         {QStringLiteral("name"), unit.name.trimmed()},
                                                         {QStringLiteral("name_en"), unit.nameEn.trimmed()},
                                                         {QStringLiteral("kind"), unit.kind},
                                                         {QStringLiteral("notes"), unit.notes}});
    tx.commit();
    return id;
}

void OrganisationService::updateUnit(const Unit& unit) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Unit checked = unit;
    checked.parentId = this->unit(unit.id).parentId;  // moving is moveUnit's
    validate(checked);
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kTable, unit.id, unit.rowVersion,
                              {{QStringLiteral("name"), unit.name.trimmed()},
                               {QStringLiteral("name_en"), unit.nameEn.trimmed()},
                               {QStringLiteral("kind"), unit.kind},
                               {QStringLiteral("notes"), unit.notes}});
    tx.commit();
}

void OrganisationService::moveUnit(qint64 id, qint64 newParentId, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Unit moving = unit(id);
    if (newParentId && subtree(id).contains(newParentId)) {
        throw Error(Error::Kind::Invalid,
                    tr("“%1” cannot be moved into itself or into a unit below it.").arg(moving.name));
    }
    if (newParentId) unit(newParentId);  // exists
    Transaction tx(m_db);
    const int position =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM org_units WHERE COALESCE(parent_id, 0) = :p"),
                    {{QStringLiteral("p"), newParentId}})
            .toInt();
    RecordWriter(m_db, grant).update(kTable, id, expectedRowVersion,
                              {{QStringLiteral("parent_id"), Sql::idOrNull(newParentId)}, {QStringLiteral("position"), position}});
    tx.commit();
}

void OrganisationService::removeUnit(qint64 id, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Unit u = unit(id);
    const QList<QPair<QString, QString>> uses{
        {QStringLiteral("SELECT COUNT(*) FROM org_units WHERE parent_id = :id"), tr("units below it")},
        {QStringLiteral("SELECT COUNT(*) FROM people WHERE unit_id = :id"), tr("people")},
        {QStringLiteral("SELECT COUNT(*) FROM role_assignments WHERE unit_id = :id"), tr("role assignments")},
        {QStringLiteral("SELECT COUNT(*) FROM drills WHERE unit_id = :id"), tr("drills")},
        {QStringLiteral("SELECT COUNT(*) FROM communication_audiences WHERE unit_id = :id"), tr("communication audiences")},
    };
    QStringList inUse;
    for (const auto& [sql, what] : uses) {
        const int n = Sql::scalar(m_db.connection(), sql, {{QStringLiteral("id"), id}}).toInt();
        if (n > 0) inUse << QStringLiteral("%1 (%2)").arg(what).arg(n);
    }
    if (!inUse.isEmpty()) {
        throw Error(Error::Kind::Refused, tr("“%1” cannot be removed while it has %2. Move or end them first.")
                                              .arg(u.name, inUse.join(tr(", "))));
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant).remove(kTable, id, expectedRowVersion);
    tx.commit();
}

}  // namespace isms::core
