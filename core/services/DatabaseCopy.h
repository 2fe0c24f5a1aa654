#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace isms::core {

class Database;

// Moves a whole database to another engine or place: a local file to the shared server and
// back. Every record is copied as it is, with its id and row_version, and the audit trail entry
// for entry, so the chain verifies on the other side and ends on the same head.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct Result {
        QMap<QString, qint64> rows;  // table → rows copied, equal on both sides
        qint64 auditEntries = 0;
        QString auditHead;
    };

    // Copies from into to, which must be a database of the same schema without any records
    // (newly created). One transaction: a failure leaves to as it was. Afterwards both sides
    // are counted and to's audit chain is verified against from's head; a difference throws
    // Error(Storage). Needs a user of from who may manage backups.
    static Result copy(Database& from, Database& to);
    // The tables a copy carries (not the search index, which the target builds itself).
    static QStringList tables(const Database& db);
};

}  // namespace isms::core
