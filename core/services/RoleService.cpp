#include "RoleService.h"

#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("role_assignments");
const QString kOfficer = QStringLiteral("security_officer");
}  // namespace

RoleService::RoleService(Database& db) : m_db(db) {}

QList<RoleService::Role> RoleService::roles() const {
    QList<Role> out;
    QSqlQuery q = Sql::run(m_db.connection(), QStringLiteral("SELECT id, code, name, per_unit FROM roles ORDER BY id"));
    while (q.next()) out << Role{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return out;
}

RoleService::Role RoleService::role(qint64 id) const {
    for (const Role& r : roles()) {
        if (r.id == id) return r;
    }
    throw Error(Error::Kind::NotFound, tr("Role %1 does not exist.").arg(id));
}

QList<RoleService::Assignment> RoleService::read(const QString& where, const QVariantMap& values) const {
    QList<Assignment> out;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT a.id, a.role_id, a.person_id, COALESCE(a.unit_id, 0), a.start_date, "
                                          "a.end_date, a.notes, a.row_version, p.name, COALESCE(u.name, '') FROM "
                                          "role_assignments a JOIN people p ON p.id = a.person_id LEFT JOIN org_units u "
                                          "ON u.id = a.unit_id WHERE %1 ORDER BY a.start_date DESC, a.id DESC")
                               .arg(where),
                           values);
    while (q.next()) {
        Assignment a;
        a.id = q.value(0).toLongLong();
        a.roleId = q.value(1).toLongLong();
        a.personId = q.value(2).toLongLong();
        a.unitId = q.value(3).toLongLong();
        a.start = q.value(4).toDate();
        a.end = q.value(5).toDate();
        a.notes = q.value(6).toString();
        a.rowVersion = q.value(7).toInt();
        a.personName = q.value(8).toString();
        a.unitName = q.value(9).toString();
        out << a;
    }
    return out;
}

QList<RoleService::Assignment> RoleService::assignments(qint64 roleId) const {
    return read(QStringLiteral("a.role_id = :r"), {{QStringLiteral("r"), roleId}});
}

RoleService::Assignment RoleService::assignment(qint64 id) const {
    const auto found = read(QStringLiteral("a.id = :id"), {{QStringLiteral("id"), id}});
    if (found.isEmpty()) throw Error(Error::Kind::NotFound, tr("Assignment %1 does not exist.").arg(id));
    return found.first();
}

QList<RoleService::Assignment> RoleService::holders(qint64 roleId, const QDate& day, qint64 unitId) const {
    QList<Assignment> out;
    for (const Assignment& a : assignments(roleId)) {
        if (a.holdsOn(day) && (unitId == 0 || a.unitId == unitId)) out << a;
    }
    return out;
}

qint64 RoleService::assign(const Assignment& a) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Role r = role(a.roleId);
    if (RecordWriter::read(m_db, QStringLiteral("people"), a.personId).isEmpty()) {
        throw Error(Error::Kind::Invalid, tr("Choose the person who holds the role."));
    }
    if (!a.start.isValid()) throw Error(Error::Kind::Invalid, tr("The assignment needs the date it starts."));
    if (a.end.isValid() && a.end < a.start) throw Error(Error::Kind::Invalid, tr("The assignment ends before it starts."));
    if (r.perUnit && a.unitId == 0) {
        throw Error(Error::Kind::Invalid, tr("“%1” is held for a unit: choose the unit.").arg(r.name));
    }
    for (const Assignment& other : assignments(a.roleId)) {
        const bool overlaps = (!other.end.isValid() || other.end >= a.start) && (!a.end.isValid() || a.end >= other.start);
        if (other.personId == a.personId && other.unitId == a.unitId && overlaps) {
            throw Error(Error::Kind::Conflict, tr("%1 already holds “%2” from %3.")
                                                   .arg(other.personName, r.name, Language::shortDate(other.start)));
        }
    }
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(
        kTable, {{QStringLiteral("role_id"), a.roleId},
                 {QStringLiteral("person_id"), a.personId},
                 {QStringLiteral("unit_id"), Sql::idOrNull(a.unitId)},
                 {QStringLiteral("start_date"), a.start},
                 {QStringLiteral("end_date"), a.end},  // an invalid date is stored as NULL (open-ended)
                 {QStringLiteral("notes"), a.notes}});
    tx.commit();
    return id;
}

void RoleService::endAssignment(qint64 id, const QDate& end, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Assignment a = assignment(id);
    if (!end.isValid()) throw Error(Error::Kind::Invalid, tr("Give the last day the role is held."));
    if (end < a.start) throw Error(Error::Kind::Invalid, tr("The assignment ends before it starts."));
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kTable, id, expectedRowVersion, {{QStringLiteral("end_date"), end}});
    tx.commit();
}

QList<RoleService::Gap> RoleService::gaps(const QDate& day) const {
    QList<Gap> out;
    const QString date = Language::shortDate(day);
    for (const Role& r : roles()) {
        const QList<Assignment> all = assignments(r.id);
        QList<Assignment> current;
        for (const Assignment& a : all) {
            if (a.holdsOn(day)) current << a;
        }
        if (current.isEmpty() && !r.perUnit) {
            out << Gap{Gap::Kind::RoleVacant, tr("Nobody holds “%1” on %2.").arg(r.name, date), r.id, 0, 0};
        }
        // An ended assignment is a gap when nobody holds the role (for that unit) since.
        QSet<qint64> reported;
        for (const Assignment& a : all) {
            if (!a.end.isValid() || a.end >= day || reported.contains(a.unitId)) continue;
            const bool succeeded = std::any_of(current.begin(), current.end(), [&](const Assignment& c) {
                return !r.perUnit || c.unitId == a.unitId;
            });
            if (succeeded) continue;
            reported.insert(a.unitId);
            out << Gap{Gap::Kind::AssignmentEnded,
                       a.unitName.isEmpty()
                           ? tr("%1's assignment as “%2” ended on %3 and nobody has taken it over.")
                                 .arg(a.personName, r.name, Language::shortDate(a.end))
                           : tr("%1's assignment as “%2” for %3 ended on %4 and nobody has taken it over.")
                                 .arg(a.personName, r.name, a.unitName, Language::shortDate(a.end)),
                       r.id, a.unitId, a.id};
        }
        if (r.code != kOfficer) continue;
        // Internal units with active people need their own security officer.
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT u.id, u.name FROM org_units u WHERE u.kind = 'internal' AND "
                                              "EXISTS (SELECT 1 FROM people p WHERE p.unit_id = u.id AND "
                                              "(p.active_from IS NULL OR p.active_from <= :d) AND (p.active_to IS NULL "
                                              "OR p.active_to >= :d)) ORDER BY u.parent_id, u.position"),
                               {{QStringLiteral("d"), day}});
        while (q.next()) {
            const qint64 unit = q.value(0).toLongLong();
            const bool covered = std::any_of(current.begin(), current.end(), [&](const Assignment& c) { return c.unitId == unit; });
            if (!covered && !reported.contains(unit)) {
                out << Gap{Gap::Kind::UnitWithoutOfficer,
                           tr("%1 has no “%2” on %3.").arg(q.value(1).toString(), r.name, date), r.id, unit, 0};
            }
        }
    }
    return out;
}

}  // namespace isms::core
