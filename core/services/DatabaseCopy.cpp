#include "DatabaseCopy.h"

#include "domain/Error.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlRecord>

namespace isms::core {

namespace {

qint64 count(const Database& db, const QString& table) {
    return Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// An INSERT of count rows of columns, with positional placeholders.
QString insertStatement(const QString& table, const QStringList& columns, int count) {
    const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), QStringList(count, row).join(QLatin1Char(',')));
}

// Copies one table's rows, read front to back, many rows to a statement: one statement per row
// made a server wait for 190,000 round trips (25 s at N=1).
qint64 copyTable(const Database& from, Database& to, const QString& table) {
    QSqlQuery rows = Sql::run(from.connection(), QStringLiteral("SELECT * FROM %1").arg(table));
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i) columns << record.fieldName(i);
    // Well under both engines' limits on bound values (SQLite 32,766; PostgreSQL 65,535).
    const int batch = qMax(1, 2000 / int(columns.size()));
    QSqlQuery full = Sql::prepare(to.connection(), insertStatement(table, columns, batch));
    QVariantList pending;
    const auto flush = [&](QSqlQuery& insert) {
        for (int i = 0; i < pending.size(); ++i) insert.bindValue(i, pending[i]);
        Sql::exec(insert);
        pending.clear();
    };
    qint64 copied = 0;
    while (rows.next()) {
        for (int i = 0; i < record.count(); ++i) pending << rows.value(i);
        if (++copied % batch == 0) flush(full);
    }
    if (!pending.isEmpty()) {
        QSqlQuery rest = Sql::prepare(to.connection(), insertStatement(table, columns, int(pending.size() / columns.size())));
        flush(rest);
    }
    // PostgreSQL numbers new rows from a sequence that explicit ids do not move (SQLite's
    // AUTOINCREMENT follows the largest id by itself).
    if (to.engine() == Database::Engine::PostgreSQL && columns.contains(QStringLiteral("id"))) {
        Sql::run(to.connection(), QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                 "COALESCE(MAX(id), 0) + 1, false) FROM %1")
                                      .arg(table));
    }
    return copied;
}

}  // namespace

QStringList DatabaseCopy::tables(const Database& db) {
    QStringList out;
    for (const QString& table : db.connection().tables()) {
        // The schema's own bookkeeping, SQLite's, and the search index with its queue: the
        // target's triggers queue every copied action item and its index catches up.
        if (table == QStringLiteral("schema_migrations") || table.startsWith(QStringLiteral("sqlite_")) ||
            table.startsWith(QStringLiteral("action_items_search"))) {
            continue;
        }
        out << table;
    }
    out.sort();
    return out;
}

DatabaseCopy::Result DatabaseCopy::copy(Database& from, Database& to) {
    from.require(UserRole::Permission::ManageBackups);
    if (from.schemaVersion() != Migrator::latestVersion() || to.schemaVersion() != Migrator::latestVersion()) {
        throw Error(Error::Kind::Refused, tr("Both databases must have this program's schema %1.")
                                              .arg(Migrator::latestVersion()));
    }
    const QStringList names = tables(from);
    if (names != tables(to)) {
        throw Error(Error::Kind::Refused, tr("“%1” and “%2” do not hold the same tables.").arg(from.path(), to.path()));
    }
    for (const QString& table : names) {
        if (count(to, table) > 0) {
            throw Error(Error::Kind::Refused,
                        tr("“%1” already holds records (in %2): a copy goes only into a new, empty database.")
                            .arg(to.path(), table));
        }
    }

    Result result;
    {
        Transaction tx(to);
        // Rows arrive table by table, so a link may point ahead for a moment (a unit under a
        // later unit); the links are checked once, when the copy commits.
        Sql::execDirect(to.connection(), to.engine() == Database::Engine::PostgreSQL
                                             ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                             : QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString& table : names) result.rows.insert(table, copyTable(from, to, table));
        tx.commit();
    }

    for (const QString& table : names) {
        const qint64 there = count(to, table);
        if (there != result.rows.value(table) || count(from, table) != there) {
            throw Error(Error::Kind::Storage, tr("The copy of %1 holds %2 rows, the original %3.")
                                                  .arg(table)
                                                  .arg(there)
                                                  .arg(count(from, table)));
        }
    }
    const auto original = AuditLog(from).verify();
    const auto copied = AuditLog(to).verify();
    if (!copied.intact || copied.headHash != original.headHash || copied.entries != original.entries) {
        throw Error(Error::Kind::Storage, tr("The copy's audit trail does not end where the original's does."));
    }
    result.auditEntries = copied.entries;
    result.auditHead = copied.headHash;
    return result;
}

}  // namespace isms::core
