#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace isms::core {

class Database;

// Who holds which role when (肆、二): assignments have a start and, once over, an end; they are
// ended, never deleted, so the history stays. gaps() is what needs someone's attention.
class RoleService {
    Q_DECLARE_TR_FUNCTIONS(RoleService)
public:
    struct Role {
        qint64 id = 0;
        QString code;
        QString name;
        bool perUnit = false;  // held per unit (the security officer)
    };
    struct Assignment {
        qint64 id = 0;
        qint64 roleId = 0;
        qint64 personId = 0;
        qint64 unitId = 0;  // the unit it is held for (per-unit roles)
        QDate start;
        QDate end;  // invalid: open-ended
        QString notes;
        int rowVersion = 0;
        // Read with it, for showing:
        QString personName;
        QString unitName;
        bool holdsOn(const QDate& day) const { return start <= day && (!end.isValid() || end >= day); }
    };
    struct Gap {
        enum class Kind { RoleVacant, UnitWithoutOfficer, AssignmentEnded };
        Kind kind;
        QString text;  // what a person reads
        qint64 roleId = 0;
        qint64 unitId = 0;
        qint64 assignmentId = 0;
    };

    explicit RoleService(Database& db);

    QList<Role> roles() const;
    Role role(qint64 id) const;
    // Every assignment of the role, the newest first (the history).
    QList<Assignment> assignments(qint64 roleId) const;
    // Who holds the role on the day (for one unit, or for any).
    QList<Assignment> holders(qint64 roleId, const QDate& day, qint64 unitId = 0) const;

    qint64 assign(const Assignment& assignment);
    void endAssignment(qint64 id, const QDate& end, int expectedRowVersion);

    // On the day: roles nobody holds, internal units with people but no security officer, and
    // assignments that ended with nobody holding the role (for that unit) after them.
    QList<Gap> gaps(const QDate& day) const;

private:
    Assignment assignment(qint64 id) const;
    QList<Assignment> read(const QString& where, const QVariantMap& values) const;

    Database& m_db;
};

}  // namespace isms::core
