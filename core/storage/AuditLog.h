#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QVariantMap>
#include <functional>

namespace isms::core {

class Database;
class TrailScan;

// Append-only, hash-chained record of every change: each entry stores the previous entry's hash
// and its own (SHA-256 over its fields), so an edited, removed or reordered entry shows up.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Verification {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenId = 0;  // 0 when intact
        qint64 headId = 0;         // the last entry's number
        QString headHash;          // print it elsewhere so the chain's end can be compared too
        bool complete = true;      // false: stopped before the end (see verify)
    };

    // What became of the trail since an entry a workstation saw (TrailAnchor).
    struct Since {
        bool held = true;          // the entry is still there, with its hash
        qint64 firstBrokenId = 0;  // an entry after it that does not chain on; 0 if none
        qint64 headId = 0;
        QString headHash;
        bool sound() const { return held && firstBrokenId == 0; }
    };

    // The trail's last entry: printed on every report, so that a paper can be held against the
    // trail later (a trail cut below it, or rewritten, no longer has it).
    struct Head {
        qint64 entry = 0;  // 0: the trail is empty
        QString hash;
        // As the reports print it: the number and the hash's first 16 characters, which
        // `check`'s full head begins with.
        QString shortHash() const { return hash.left(16); }
    };

    explicit AuditLog(Database& db);

    // Must run inside the transaction of the change it records.
    void append(const QString& action, const QString& entity, qint64 entityId,
                const QVariantMap& before, const QVariantMap& after);
    // The same with the images already as JSON (toJson), in actor's name rather than the
    // session's: a schema update recording the rows it rewrote (AuditState::adopt).
    void appendJson(const QString& actor, const QString& action, const QString& entity,
                    qint64 entityId, const QString& beforeJson, const QString& afterJson);
    // Reads the whole chain. stop, asked every thousand entries, ends it early (a window closing
    // while a check runs behind it); the result then says it is not complete.
    // A file's trail is read straight from SQLite (TrailScan); the server's row by row.
    Verification verify(const std::function<bool()>& stop = {}) const;
    // The chain of a scan that has read it, its suspects read again row by row: only an entry
    // that does not chain on as verifyRowByRow reads it breaks the chain.
    Verification verify(const TrailScan& scan) const;
    // Every entry read through Qt: the reference the file's fast reading is held to.
    Verification verifyRowByRow(const std::function<bool()>& stop = {}) const;
    // The part of verify every change can afford: that entry is still there with that hash, and
    // each entry after it chains on. entry 0 only reads the head.
    Since verifySince(qint64 entry, const QString& hash) const;
    Head head() const;
    // Who appears in the log and which record types, for the view's filters.
    QStringList actors() const;
    QStringList entities() const;

    static QString toJson(const QVariantMap& values);
    // One column's value as an image holds it (a password hash as a short digest of it).
    static QJsonValue imageOf(const QString& column, const QVariant& value);

private:
    static QString entryHash(const QString& prevHash, const QString& at, const QString& actor,
                             const QString& action, const QString& entity, qint64 entityId,
                             const QString& before, const QString& after);

    Database& m_db;
};

}  // namespace isms::core
