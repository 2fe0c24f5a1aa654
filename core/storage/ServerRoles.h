#pragma once

#include "domain/UserRole.h"

#include <QCoreApplication>
#include <QStringList>

namespace isms::core {

class Database;

// The program's roles as PostgreSQL roles, so that its permissions hold even for someone who
// connects with psql. Each application role has a group role in this database,
// isms_<database>_<role> (NOLOGIN); a person's server login is made a member of one, and signs in
// to the program under the same name. The privileges follow the rules the program enforces
// (UserRole): every role reads; a role writes the tables it may change; the audit log is
// append-only for every role but the database's owner; an account row is visible to its own
// login and to administrators only (row-level security), so nobody else reads password hashes.
class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
public:
    static QString groupRole(const Database& db, UserRole::Value role);
    // Creates the group roles where missing and sets every table's privileges. Run by the
    // database's owner, who needs CREATEROLE, signed in as an administrator of the program.
    // Throws Error(Invalid) on a file, whose permissions are the file system's.
    static QStringList apply(Database& db);
    // apply() without the sign-in check, after a schema update added tables: only where apply()
    // ran before (the group roles exist).
    static void refreshAfterMigration(Database& db);

private:
    static void grant(Database& db);
};

}  // namespace isms::core
