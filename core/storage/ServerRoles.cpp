#include "ServerRoles.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "domain/Error.h"

#include <QRegularExpression>

namespace isms::core {

namespace {

// Role names are pasted into SQL as quoted identifiers; they are built from our keys and the
// database's name, reduced to these characters.
QString identifier(const QString& name) {
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9_]+$"));
    if (!safe.match(name).hasMatch()) throw Error(Error::Kind::Invalid, QStringLiteral("Invalid role name: %1").arg(name));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString databaseName(const Database& db) {
    QString name = Sql::scalar(db.connection(), QStringLiteral("SELECT current_database()")).toString().toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    return name.replace(other, QStringLiteral("_")).left(40);
}

bool roleExists(const Database& db, const QString& role) {
    return Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = :r"),
                       {{QStringLiteral("r"), role}})
               .toInt() > 0;
}

}  // namespace

QString ServerRoles::groupRole(const Database& db, UserRole::Value role) {
    return QStringLiteral("isms_%1_%2").arg(databaseName(db), UserRole::key(role));
}

QStringList ServerRoles::apply(Database& db) {
    if (db.engine() != Database::Engine::PostgreSQL) {
        throw Error(Error::Kind::Invalid, tr("Server roles are for a PostgreSQL database; a file's permissions are the "
                                             "file system's."));
    }
    db.require(UserRole::Permission::ManageUsers);
    QStringList roles;
    for (const UserRole::Value role : UserRole::all()) {
        const QString name = groupRole(db, role);
        if (!roleExists(db, name)) Sql::execDirect(db.connection(), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(name)));
        roles << name;
    }
    grant(db);
    return roles;
}

void ServerRoles::refreshAfterMigration(Database& db) {
    if (db.engine() == Database::Engine::PostgreSQL && roleExists(db, groupRole(db, UserRole::Administrator))) grant(db);
}

void ServerRoles::grant(Database& db) {
    const QSqlDatabase c = db.connection();
    QStringList all;
    for (const UserRole::Value role : UserRole::all()) all << identifier(groupRole(db, role));
    const QString everyone = all.join(QStringLiteral(", "));
    const auto run = [&](const QString& sql) { Sql::execDirect(c, sql); };
    const auto groupsAllowed = [&](UserRole::Permission permission) {
        QStringList out;
        for (const UserRole::Value role : UserRole::all()) {
            if (UserRole::allows(role, permission)) out << identifier(groupRole(db, role));
        }
        return out.join(QStringLiteral(", "));
    };

    QStringList tables;
    QSqlQuery q = Sql::run(c, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
    while (q.next()) tables << q.value(0).toString();
    q.finish();

    Transaction tx(db);
    run(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(everyone));
    run(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(everyone));
    for (const QString& table : tables) {
        const QString t = identifier(table);
        run(QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(t, everyone));
        run(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, everyone));
        if (table == QStringLiteral("schema_migrations")) continue;
        if (table == QStringLiteral("audit_log")) {
            // Every change appends its entry, a failed sign-in too; nobody but the owner
            // rewrites or removes one.
            run(QStringLiteral("GRANT INSERT ON %1 TO %2").arg(t, everyone));
            continue;
        }
        if (table.startsWith(QStringLiteral("action_items_search"))) {
            // The search index is derived from the items and caught up by whoever searches.
            run(QStringLiteral("GRANT INSERT, DELETE ON %1 TO %2").arg(t, everyone));
            continue;
        }
        if (!UserRole::hasRule(table)) continue;  // read only, as in the program
        const QString writers = groupsAllowed(UserRole::permissionForTable(table));
        if (!writers.isEmpty()) run(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(t, writers));
    }
    // Where the program writes in a user's own name beyond their role (SessionScope): the sign-in
    // counts failures and users change their own password; a chair moves a version's status and
    // publishing it brings its objectives into the register.
    run(QStringLiteral("GRANT UPDATE (password_hash, failed_attempts, locked_until, row_version) ON users TO %1").arg(everyone));
    if (const QString approvers = groupsAllowed(UserRole::Permission::Approve); !approvers.isEmpty()) {
        run(QStringLiteral("GRANT UPDATE (status, status_changed_at, status_note, row_version) ON document_versions TO %1")
                .arg(approvers));
        // Publishing makes the version's objective items its objectives (ObjectiveRegister::settle).
        run(QStringLiteral("GRANT INSERT, DELETE ON objective_wordings TO %1").arg(approvers));
        run(QStringLiteral("GRANT INSERT ON objectives TO %1").arg(approvers));
    }
    run(QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY"));
    run(QStringLiteral("DROP POLICY IF EXISTS isms_own_account ON users"));
    run(QStringLiteral("CREATE POLICY isms_own_account ON users USING (username = session_user OR "
                       "pg_has_role(session_user, '%1', 'MEMBER'))")
            .arg(groupRole(db, UserRole::Administrator)));
    tx.commit();
}

}  // namespace isms::core
