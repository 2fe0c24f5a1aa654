#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <optional>

#include "AuditLog.h"

namespace isms::core {

class Database;

// Are the records what the audit trail says they are? Every change goes through RecordWriter,
// which logs each row as it is after the change. So every row of an audited table must be its
// last entry's after-image, no row may exist without an entry, and a row whose last entry is not
// its deletion must still exist. A direct edit, insert or delete through the file (sqlite3, or
// psql as the database's owner) breaks one of the three; the chain alone proves only itself.
class AuditState {
    Q_DECLARE_TR_FUNCTIONS(AuditState)
public:
    struct Difference {
        enum class Kind { Changed, Added, Removed };
        Kind kind = Kind::Changed;
        QString table;
        qint64 id = 0;    // 0 for a link row (a table without ids)
        QVariantMap row;  // as it is now (Changed, Added)
        QString image;    // as the trail last had it, JSON (Changed, Removed)
        // A sentence naming the record, in the user's terms.
        QString describe() const;
    };

    explicit AuditState(Database& db);

    // Compares every audited table with the trail. stop, asked every thousand entries and rows,
    // ends it early (the result is then incomplete: complete() says so). Given chain, the same
    // read of the trail verifies its chain too (a whole check reads the trail once).
    QList<Difference> differences(const std::function<bool()>& stop = {},
                                  AuditLog::Verification* chain = nullptr);
    // Every table read row by row through Qt, as on the server: the reference the file's fast
    // reading (TrailScan) is held to.
    QList<Difference> differencesRowByRow(const std::function<bool()>& stop = {});
    bool complete() const { return m_complete; }
    // Writes an entry for each difference, in actor's name, inside the caller's transaction: a
    // schema update that rewrote rows says so in the trail, so that the rows agree with it again.
    int adopt(const QString& actor);

    // The tables whose every change is logged: all but the trail itself, the schema's own record
    // and the search index that is rebuilt from the records.
    static QStringList auditedTables(const Database& db);

    // What differs of one record, read again row by row: a scan's suspect is only a difference
    // if this finds one; an account signing in is held to what the trail says of it.
    std::optional<Difference> compareRecord(const QString& table, qint64 id);

private:
    QList<Difference> compareRows(const QString& table);
    QList<Difference> compareLinks(const QString& table);

    Database& m_db;
    bool m_complete = true;
};

}  // namespace isms::core
