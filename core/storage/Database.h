#pragma once

#include "domain/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <memory>

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

    // Creates the file (with the current schema) when it does not exist; wasCreated() says so.
    static std::unique_ptr<Database> open(const QString& path, Check check = Check::Full);
    // Opens an existing file without changing anything in it (no migration, no settings), to
    // inspect a copy; writes through it fail.
    static std::unique_ptr<Database> openReadOnly(const QString& path, Check check = Check::Full);
    // The checks open() makes before touching a file: SQLite header, quick_check (see Check),
    // an ISMS Desk schema no newer than ours. Throws Error(Refused) with the reason.
    static void probe(const QString& path, Check check = Check::Full);
    // QStandardPaths::AppDataLocation/isms-desk.sqlite
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    // Who works through this connection; the audit log names them for every change.
    const Session& session() const { return m_session; }
    void setSession(const Session& session) { m_session = session; }
    QString actor() const { return m_session.signedIn ? m_session.username : QString(); }
    // Throws Error(Permission) unless the signed-in user's role allows it.
    void require(UserRole::Permission permission) const;

    // Transaction nesting is counted so that services can call services; only the outermost
    // level talks to the engine. SQLite needs BEGIN IMMEDIATE: a deferred transaction that reads
    // then writes fails with SQLITE_BUSY regardless of the busy timeout.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // A consistent copy while the database is in use (VACUUM INTO).
    void backupTo(const QString& file) const;

    // A statement prepared once and kept, for the write path that runs it for every record
    // (an import of 10,000 rows would otherwise prepare 50,000 statements). The caller binds,
    // runs and finishes it before it could be asked for again.
    QSqlQuery& statement(const QString& sql);

private:
    Database(const QString& path, const QString& connectionName);
    void configure();

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_statements;
    Session m_session;
    bool m_created = false;
    int m_depth = 0;
    bool m_failed = false;
};

}  // namespace isms::core
