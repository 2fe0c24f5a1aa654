#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

#include "Grant.h"
#include "TrailAnchor.h"
#include "domain/Session.h"

namespace isms::core {

// One open ISMS Desk database. open() refuses — with a message, and without touching the file —
// anything that is not a sound ISMS Desk database of a schema this program knows.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // How much of a file is checked before it is opened. Full reads the whole file
    // (PRAGMA quick_check); Deferred checks only the header and the schema, for a caller that
    // runs the full check itself while the user already works (the main window does, in the
    // background). A file that needs migrating is always fully checked first: it is about to
    // be written.
    enum class Check { Full, Deferred };
    enum class Engine { SQLite, PostgreSQL };
    // ReadOnly: nothing is saved through the connection (the window's File ▸ Open read-only…).
    // A file this user may not write, or in a folder they may not write, is opened so anyway.
    enum class Access { ReadWrite, ReadOnly };

    // location is a file, or a server address postgresql://user@host:port/dbname (see
    // ServerAddress); password is for the server (empty: PGPASSWORD or ~/.pgpass through libpq).
    // Creates the file (with the current schema) when it does not exist, and the schema in an
    // empty server database; wasCreated() says so. Read only (readOnlyReason() says why), it
    // creates and updates nothing: a file of an earlier schema is refused then.
    static std::unique_ptr<Database> open(const QString& location, Check check = Check::Full,
                                          const QString& password = {},
                                          Access access = Access::ReadWrite);
    // Opens an existing database without changing anything in it (no migration, no settings),
    // to inspect a copy or check it from another thread; writes through it fail. asItStands: a
    // file nothing else has open (a backup, a database about to be replaced) is read as it
    // stands, so that not even a -wal or -shm appears beside it.
    static std::unique_ptr<Database> openReadOnly(const QString& location,
                                                  Check check = Check::Full,
                                                  const QString& password = {},
                                                  bool asItStands = false);
    // QStandardPaths::AppDataLocation/isms-desk.sqlite
    static QString defaultPath();
    // Removes a database file with its WAL and shared-memory companions: a half-made new file
    // would later pass for a real database.
    static void removeFile(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file, or the server address without its password.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    // For a second connection to the same server (a check in another thread).
    QString password() const { return m_password; }
    bool wasCreated() const { return m_created; }
    // Made by this program run though opened after the fact (Workspace::create builds a new
    // file elsewhere and opens it in place).
    // The trail this workstation saw of it before is forgotten: it is a new database.
    void markCreated();
    // Why nothing can be saved: the audit trail no longer holds the entry this workstation last
    // saw of it, or an entry since then does not chain on (TrailAnchor). Empty when it is sound.
    // Every change checks it again when it begins, from the entry last seen.
    QString trailProblem() const { return m_trailProblem; }
    // The workstation saw this database's trail before, and it still holds what it saw.
    const TrailAnchor& trailAnchor() const { return m_anchor; }
    // A database replaced on purpose under this workstation (a restore): what it holds now is
    // what the workstation has seen.
    void reanchorTrail();
    int schemaVersion() const;
    // Who works through this connection; the audit log names them for every change.
    const Session& session() const { return m_session; }
    void setSession(const Session& session) { m_session = session; }
    QString actor() const { return m_session.signedIn ? m_session.username : QString(); }
    // Why nothing can be saved through this connection (a read-only file or folder, or opened
    // read only); empty when changes can be saved.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the signed-in user may not do it here (not signed in, their role, a read-only
    // database); empty when they may. What the window shows of an action it offers.
    QString refusal(UserRole::Permission permission) const;
    bool allows(UserRole::Permission permission) const { return refusal(permission).isEmpty(); }
    // Throws Error(Permission) unless the signed-in user's role allows it; else what the
    // operation may write, in the user's name. A read-only database refuses the change itself
    // when it begins (begin()), with readOnlyReason(); reading what a role may see still works.
    Grant require(UserRole::Permission permission) const;
    // The operations that are not a role's. A user's own account (a failed sign-in counted,
    // a password changed), in actor's name (the user's, or "sign-in" for its bookkeeping).
    Grant ownAccount(qint64 userId, const QString& actor) const;
    // The first administrator of a database that has no account yet, in that account's name.
    Grant firstAccount(const QString& username) const;
    // The automatic backup the workstation's settings ask for, whoever is signed in.
    Grant automaticBackup() const;
    // The program setting up a database this connection has just created (demo content,
    // generated data), in the name of what it does; refused on any other database.
    Grant setUp(const QString& actor) const;

    // Transaction nesting is counted so that services can call services; only the outermost
    // level talks to the engine. Writers take turns on both engines, so a rule checked inside a
    // change (one A per RACI row, one published version) still holds when it commits, and the
    // audit chain stays one chain: SQLite by BEGIN IMMEDIATE (a deferred transaction that reads
    // then writes fails with SQLITE_BUSY regardless of the busy timeout), PostgreSQL by a
    // transaction-scoped advisory lock. Readers never wait.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // A server connection can drop (a server restart, a network break) and libpq does not come
    // back by itself. Outside a change, a lost connection is opened again, with its settings
    // and the channels it listened on; true if it had been lost. A change opens it again by
    // itself (begin). Throws Error(Refused) when the server cannot be reached again.
    bool reconnectIfLost();
    // LISTEN on a channel of the server (ChangeNotices), kept across a reconnection.
    bool listen(const QString& channel);
    void unlisten(const QString& channel);

    // A consistent copy of a file while the database is in use (VACUUM INTO). A server
    // database is backed up on the server, or copied to a file with `isms-desk copy`.
    void backupTo(const QString& file) const;

    // A statement prepared once and kept, for the write path that runs it for every record
    // (an import of 10,000 rows would otherwise prepare 50,000 statements). The caller binds,
    // runs and finishes it before it could be asked for again.
    QSqlQuery& statement(const QString& sql);

private:
    // Counts the file among those this process has open, until this is destroyed.
    void hold();
    Database(const QString& path, const QString& connectionName);
    static std::unique_ptr<Database> openServer(const QString& location, Check check,
                                                const QString& password, bool readOnly);
    // A file opened read only for the window or a command: the trail is compared with what
    // this workstation saw (trailProblem()), nothing is saved.
    static std::unique_ptr<Database> openForReading(const QString& path, const QString& reason);
    // A read-only connection to the file; one that cannot be written here (writable false) is
    // read as it stands (SQLite's immutable), unless another connection's journal is in use,
    // so that no -wal or -shm is left beside it that its owner could not write.
    void connectReadOnly(const QString& path, bool writable);
    QString roleRefusal(UserRole::Permission permission) const;

    void configure();
    void migrate();
    // Compares the trail with what this workstation saw last (open, begin); false when it does
    // not hold it, with trailProblem() set.
    bool checkTrail();
    void startTrailAnchor();
    bool reopen();

    QString m_path;
    QString m_connectionName;
    QString m_password;
    Engine m_engine = Engine::SQLite;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_held = false;  // counted among this process's open files (Database.cpp)
    QStringList m_channels;
    QHash<QString, QSqlQuery> m_statements;
    Session m_session;
    bool m_created = false;
    int m_depth = 0;
    bool m_failed = false;
    bool m_anchored = false;  // opened for writing: changes check the trail and move the anchor
    TrailAnchor m_anchor;
    bool m_anchorUnsaved = false;
    QElapsedTimer m_anchorSaved;
    QString m_trailProblem;
};

}  // namespace isms::core
