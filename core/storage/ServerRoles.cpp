#include "ServerRoles.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "domain/Error.h"
#include "domain/WriteRules.h"

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
    }
    // What the program may write, from the same rules its write path checks (WriteRules): each
    // rule to the groups whose role holds its permission. An operation that is no role's —
    // a user's own account — to everyone (the row policy below keeps it to their own row); the
    // set-up of a new database and automatic backups are the owner's, or a file's.
    for (const WriteRules::Rule& rule : WriteRules::all()) {
        if (!tables.contains(rule.table)) continue;
        QString groups;
        switch (rule.scope) {
        case WriteRules::Scope::OwnAccount: groups = everyone; break;
        case WriteRules::Scope::AutomaticBackup:
        case WriteRules::Scope::SetUp: continue;
        default:
            for (const UserRole::Permission p : {UserRole::Permission::EditRecords, UserRole::Permission::EditPolicy,
                                                 UserRole::Permission::Approve, UserRole::Permission::RecordAudits,
                                                 UserRole::Permission::ManageUsers, UserRole::Permission::ManageBackups}) {
                if (WriteRules::scopeOf(p) == rule.scope) groups = groupsAllowed(p);
            }
        }
        if (groups.isEmpty()) continue;
        const QString t = identifier(rule.table);
        QStringList privileges;
        if (rule.actions & WriteRules::Insert) privileges << QStringLiteral("INSERT");
        if (rule.actions & WriteRules::Delete) privileges << QStringLiteral("DELETE");
        if (rule.actions & WriteRules::Update) {
            if (rule.columns.isEmpty()) {
                privileges << QStringLiteral("UPDATE");
            } else {
                QStringList columns;
                for (const QString& c : rule.columns) columns << identifier(c);
                columns << QStringLiteral("row_version");
                privileges << QStringLiteral("UPDATE (%1)").arg(columns.join(QStringLiteral(", ")));
            }
        }
        run(QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges.join(QStringLiteral(", ")), t, groups));
    }
    run(QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY"));
    run(QStringLiteral("DROP POLICY IF EXISTS isms_own_account ON users"));
    run(QStringLiteral("CREATE POLICY isms_own_account ON users USING (username = session_user OR "
                       "pg_has_role(session_user, '%1', 'MEMBER'))")
            .arg(groupRole(db, UserRole::Administrator)));
    tx.commit();
}

}  // namespace isms::core
