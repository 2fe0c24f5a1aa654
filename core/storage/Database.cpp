#include "Database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "AuditLog.h"
#include "AuditState.h"
#include "ChangeNotices.h"
#include "DatabaseProbe.h"
#include "Migrator.h"
#include "ServerAddress.h"
#include "ServerRoles.h"
#include "Sql.h"
#include "domain/Error.h"

namespace isms::core {

namespace {

// The advisory lock every writer of a PostgreSQL database holds for its transaction ("ISMS").
constexpr qint64 kWriterLock = 0x49534D53;
// Held while a client updates the schema, so that two clients starting at once do not both.
constexpr qint64 kMigrationLock = 0x49534D54;
// The schema from which every audited record agrees with the audit trail's last entry for it.
constexpr int kRecordsMatchTrail = 15;

// How often a change writes the trail's last seen entry to the workstation's settings.
constexpr qint64 kAnchorSaveMs = 3000;

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("isms-%1").arg(counter.fetchAndAddRelaxed(1));
}

}  // namespace

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("isms-desk.sqlite"));
}

void Database::removeFile(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

Database::Database(const QString& path, const QString& connectionName)
    : m_path(path), m_connectionName(connectionName) {}

Database::~Database() {
    if (m_anchorUnsaved) m_anchor.save(m_path);
    m_statements.clear();  // prepared statements go before their connection
    { connection().close(); }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_held) DatabaseProbe::release(m_path);
}

void Database::hold() {
    DatabaseProbe::hold(m_path);
    m_held = true;
}

QSqlQuery& Database::statement(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) it = m_statements.insert(sql, Sql::prepare(connection(), sql));
    return it.value();
}

std::unique_ptr<Database> Database::open(const QString& path, Check check, const QString& password,
                                         Access access) {
    const bool readOnly = access == Access::ReadOnly;
    if (ServerAddress::isServer(path)) return openServer(path, check, password, readOnly);
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists) {
        DatabaseProbe::probe(path, check == Check::Full);
        const QString why =
            readOnly ? tr("“%1” is open read only: nothing can be saved into it.").arg(path)
                     : DatabaseProbe::unwritable(info);
        if (!why.isEmpty()) return openForReading(path, why);
    } else if (readOnly) {
        throw Error(Error::Kind::Refused, tr("“%1” does not exist.").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        throw Error(Error::Kind::Refused, tr("Cannot create the folder for “%1”.").arg(path));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        throw Error(Error::Kind::Refused,
                    tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));
    }
    database->hold();
    database->m_created = !exists;
    database->configure();

    database->migrate();
    // Marks the file as ours in its header, so that it is known without reading its tables.
    if (Sql::scalar(database->connection(), QStringLiteral("PRAGMA application_id")).toUInt() !=
        DatabaseProbe::kApplicationId) {
        Sql::execDirect(
            database->connection(),
            QStringLiteral("PRAGMA application_id = %1").arg(DatabaseProbe::kApplicationId));
    }
    database->startTrailAnchor();
    return database;
}

void Database::migrate() {
    Migrator migrator(connection());
    const int current = migrator.currentVersion();
    if (current >= Migrator::latestVersion()) return;
    // From schema 15 on the records must agree with the audit trail (AuditState). A file that
    // already promised it and no longer keeps it is not updated: the update would take the
    // direct edits into the trail as if a schema step had made them.
    if (current >= kRecordsMatchTrail) {
        const auto found = AuditState(*this).differences();
        if (!found.isEmpty()) {
            throw Error(Error::Kind::Refused, tr("“%1” was not updated to the new schema: %2 Run "
                                                 "isms-desk check on it for the whole list.")
                                                  .arg(m_path, found.first().describe()));
        }
    }
    // An older file is kept as it was before we change its schema. A server needs no copy:
    // PostgreSQL changes a schema inside the transaction, so a failed step changes nothing.
    if (current > 0 && m_engine == Engine::SQLite) {
        backupTo(
            QStringLiteral("%1.schema%2-%3.bak")
                .arg(m_path)
                .arg(current)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    migrator.migrateTo(Migrator::latestVersion(), [this](int version) {
        if (version < kRecordsMatchTrail) return;
        // The step's own transaction, begun by the migrator on this connection: the entries go
        // into it, so that the step and what it says of the rows commit together.
        ++m_depth;
        try {
            AuditState(*this).adopt(QStringLiteral("schema update %1").arg(version));
        } catch (...) {
            --m_depth;
            throw;
        }
        --m_depth;
    });
}

std::unique_ptr<Database> Database::openReadOnly(const QString& path, Check check,
                                                 const QString& password, bool asItStands) {
    if (ServerAddress::isServer(path)) return openServer(path, check, password, true);
    const QFileInfo info(path);
    if (!info.exists()) throw Error(Error::Kind::Refused, tr("“%1” does not exist.").arg(path));
    DatabaseProbe::probe(path, check == Check::Full);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->connectReadOnly(path, !asItStands && DatabaseProbe::unwritable(info).isEmpty());
    database->m_readOnly = true;
    database->m_readOnlyReason =
        tr("“%1” is open read only: nothing can be saved into it.").arg(path);
    return database;
}

std::unique_ptr<Database> Database::openForReading(const QString& path, const QString& reason) {
    const QFileInfo info(path);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), nextConnectionName()));
    database->connectReadOnly(path, DatabaseProbe::unwritable(info).isEmpty());
    database->m_readOnly = true;
    database->m_readOnlyReason = reason;
    if (database->schemaVersion() < Migrator::latestVersion()) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” was written by an earlier ISMS Desk and is updated when it is opened, which "
               "cannot be "
               "done while it is read only. Open it where it may be written, or open a copy of it.")
                .arg(path));
    }
    // The trail is held against what this workstation saw, and what it sees now is not kept:
    // nothing was written, and the next writer checks again.
    database->m_anchor = TrailAnchor::load(database->m_path);
    database->checkTrail();
    return database;
}

void Database::connectReadOnly(const QString& path, bool writable) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!writable && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        db.setDatabaseName(DatabaseProbe::immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        throw Error(Error::Kind::Refused,
                    tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));
    }
    hold();
}

std::unique_ptr<Database> Database::openServer(const QString& location, Check check,
                                               const QString& password, bool readOnly) {
    Q_UNUSED(check);  // the server keeps its own pages sound; there is no file to read through
    const ServerAddress address = ServerAddress::parse(location);
    std::unique_ptr<Database> database(new Database(address.toString(), nextConnectionName()));
    database->m_engine = Engine::PostgreSQL;
    database->m_password = password;
    database->m_readOnly = readOnly;
    if (readOnly) {
        database->m_readOnlyReason =
            tr("%1 is open read only: nothing can be saved into it.").arg(database->m_path);
    }
    QSqlDatabase db = address.connect(database->m_connectionName, password);
    database->configure();
    DatabaseProbe::checkSchema(db, database->m_path);
    if (readOnly) return database;
    Sql::run(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    try {
        const int before = Migrator(db).currentVersion();
        database->m_created = before == 0;
        database->migrate();
        // New tables get the privileges of the server roles, where they are set up.
        if (before > 0 && before < Migrator::latestVersion())
            ServerRoles::refreshAfterMigration(*database);
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        throw;
    }
    Sql::run(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    database->startTrailAnchor();
    return database;
}

void Database::configure() {
    const QSqlDatabase db = connection();
    // PostgreSQL: dates read back as ISO text whatever the server's default; a writer waits at
    // most as long as SQLite's busy timeout for its turn; notices stay on the server.
    static const char* const postgres[] = {"SET DateStyle = ISO", "SET lock_timeout = '5s'",
                                           "SET client_min_messages = warning"};
    static const char* const sqlite[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                         "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"};
    const auto settings = m_engine == Engine::PostgreSQL
                              ? QList<const char*>(std::begin(postgres), std::end(postgres))
                              : QList<const char*>(std::begin(sqlite), std::end(sqlite));
    for (const char* pragma : settings) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma))) {
            throw Error(Error::Kind::Storage,
                        tr("Cannot configure the database: %1").arg(q.lastError().text()));
        }
    }
    if (m_readOnly && m_engine == Engine::PostgreSQL) {
        Sql::execDirect(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    }
}

bool Database::reopen() {
    m_statements.clear();  // prepared on the lost connection
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) return false;
    configure();
    for (const QString& channel : std::as_const(m_channels))
        db.driver()->subscribeToNotification(channel);
    return true;
}

bool Database::reconnectIfLost() {
    if (m_engine != Engine::PostgreSQL || m_depth > 0) return false;
    if (QSqlQuery(connection()).exec(QStringLiteral("SELECT 1"))) return false;
    if (!reopen()) {
        throw Error(Error::Kind::Refused,
                    tr("The connection to %1 was lost and cannot be made again: %2")
                        .arg(m_path, connection().lastError().databaseText().trimmed()));
    }
    return true;
}

bool Database::listen(const QString& channel) {
    if (m_engine != Engine::PostgreSQL || !connection().driver()->subscribeToNotification(channel))
        return false;
    m_channels << channel;
    return true;
}

void Database::unlisten(const QString& channel) {
    if (m_channels.removeAll(channel) > 0)
        connection().driver()->unsubscribeFromNotification(channel);
}

QString Database::roleRefusal(UserRole::Permission permission) const {
    if (!m_session.signedIn) return tr("Sign in to %1.").arg(UserRole::describe(permission));
    if (!UserRole::allows(m_session.role, permission)) {
        return tr("%1 is signed in as %2, who may not %3: that is for %4.")
            .arg(m_session.username, UserRole::label(m_session.role),
                 UserRole::describe(permission), UserRole::whoMay(permission));
    }
    return {};
}

QString Database::refusal(UserRole::Permission permission) const {
    const QString why = roleRefusal(permission);
    return why.isEmpty() ? m_readOnlyReason : why;
}

Grant Database::require(UserRole::Permission permission) const {
    const QString why = roleRefusal(permission);
    if (!why.isEmpty()) throw Error(Error::Kind::Permission, why);
    return Grant({WriteRules::scopeOf(permission)}, m_session.username);
}

Grant Database::ownAccount(qint64 userId, const QString& actor) const {
    return Grant({WriteRules::Scope::OwnAccount}, actor, userId);
}

Grant Database::firstAccount(const QString& username) const {
    if (Sql::scalar(connection(), QStringLiteral("SELECT COUNT(*) FROM users")).toInt() > 0) {
        throw Error(Error::Kind::Refused, tr("This database already has an administrator."));
    }
    return Grant({WriteRules::Scope::ManageUsers}, username);
}

Grant Database::automaticBackup() const {
    // Its register is in the database.
    if (m_readOnly) throw Error(Error::Kind::Refused, m_readOnlyReason);
    return Grant({WriteRules::Scope::AutomaticBackup}, QStringLiteral("automatic backup"));
}

Grant Database::setUp(const QString& actor) const {
    if (!m_created) {
        throw Error(
            Error::Kind::Permission,
            tr("Sample or generated records go only into a database just created for them."));
    }
    return Grant({WriteRules::Scope::SetUp}, actor);
}

void Database::startTrailAnchor() {
    m_anchored = true;
    if (m_created) {
        reanchorTrail();
        return;
    }
    m_anchor = TrailAnchor::load(m_path);
    if (checkTrail()) m_anchor.save(m_path);
}

void Database::markCreated() {
    m_created = true;
    reanchorTrail();
}

void Database::reanchorTrail() {
    m_trailProblem.clear();
    m_anchor = {};
    TrailAnchor::forget(m_path);
    if (m_anchored && checkTrail()) m_anchor.save(m_path);
}

bool Database::checkTrail() {
    if (!m_trailProblem.isEmpty()) return false;
    AuditLog::Since since;
    if (m_anchor.isNull()) {
        // A trail this workstation never saw is verified whole, once: from then on each change
        // verifies only what was added since.
        const AuditLog::Verification whole = AuditLog(*this).verify();
        since.firstBrokenId = whole.firstBrokenId;
        since.headId = whole.headId;
        since.headHash = whole.headHash;
    } else {
        since = AuditLog(*this).verifySince(m_anchor.entry, m_anchor.hash);
    }
    if (!since.held) {
        m_trailProblem = m_anchor.lostMessage();
        return false;
    }
    if (since.firstBrokenId != 0) {
        m_trailProblem = tr("The audit trail is broken at entry %1: it was changed outside the "
                            "program. Nothing can be "
                            "saved into this database; restore a backup.")
                             .arg(since.firstBrokenId);
        return false;
    }
    if (since.headId != m_anchor.entry) {
        m_anchor.entry = since.headId;
        m_anchor.hash = since.headHash;
        m_anchor.seenAt = QDateTime::currentDateTimeUtc();
    }
    return true;
}

int Database::schemaVersion() const {
    return Migrator(connection()).currentVersion();
}

void Database::begin() {
    if (m_readOnly) throw Error(Error::Kind::Refused, m_readOnlyReason);
    if (m_depth++ > 0) return;
    m_failed = false;
    QSqlQuery q(connection());
    const bool server = m_engine == Engine::PostgreSQL;
    bool ok = q.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    // A server connection lost since the last change is opened again before this one starts.
    if (!ok && server && reopen()) {
        q = QSqlQuery(connection());
        ok = q.exec(QStringLiteral("BEGIN"));
    }
    if (ok && server) {
        // Every writer of the database takes this one lock (see the header); the key is any
        // constant of ours.
        ok = q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock));
        if (!ok) QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    }
    if (!ok) {
        m_depth = 0;
        throw Error(Error::Kind::Storage,
                    tr("The database is busy or read-only: %1").arg(q.lastError().text()));
    }
    // Nothing is written into a trail that no longer holds what this workstation saw; the
    // entries other workstations added since are verified as they are taken in.
    if (m_anchored && !checkTrail()) {
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        m_depth = 0;
        throw Error(Error::Kind::Refused, m_trailProblem);
    }
}

void Database::commit() {
    if (m_depth == 0) return;
    if (--m_depth > 0) return;
    QSqlQuery q(connection());
    if (m_failed) {
        q.exec(QStringLiteral("ROLLBACK"));
        throw Error(Error::Kind::Storage,
                    tr("The change was not saved because part of it failed."));
    }
    // Other workstations listening (ChangeNotices) hear of the change once it is committed.
    // PostgreSQL refuses every statement after one failed in a transaction, and then takes
    // COMMIT as ROLLBACK without an error: a refused notice is how a lost change shows here.
    if (m_engine == Engine::PostgreSQL &&
        !q.exec(QStringLiteral("NOTIFY %1").arg(QString::fromLatin1(ChangeNotices::kChannel)))) {
        const QString reason = q.lastError().text();
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        throw Error(Error::Kind::Storage, tr("The change could not be saved: %1").arg(reason));
    }
    // The head this change leaves, read while the change still holds the writers' turn: the
    // entries after the anchor are this change's own.
    TrailAnchor next = m_anchor;
    if (m_anchored) {
        QSqlQuery head(connection());
        if (head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) &&
            head.next() && head.value(0).toLongLong() != m_anchor.entry) {
            next.entry = head.value(0).toLongLong();
            next.hash = head.value(1).toString();
            next.seenAt = QDateTime::currentDateTimeUtc();
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString reason = q.lastError().text();
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        throw Error(Error::Kind::Storage, tr("The change could not be saved: %1").arg(reason));
    }
    if (next.entry != m_anchor.entry) {
        m_anchor = next;
        // Written to the settings at most every few seconds (and when the database is closed):
        // an import or a generation commits thousands of times. An entry saved a little late is
        // still in the trail, so a crash only makes the next check start a little further back.
        m_anchorUnsaved = true;
        if (!m_anchorSaved.isValid() || m_anchorSaved.hasExpired(kAnchorSaveMs)) {
            m_anchor.save(m_path);
            m_anchorUnsaved = false;
            m_anchorSaved.start();
        }
    }
}

void Database::rollback() {
    if (m_depth == 0) return;
    if (--m_depth > 0) {
        // An inner failure dooms the whole change: the outermost commit will refuse.
        m_failed = true;
        return;
    }
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

void Database::backupTo(const QString& file) const {
    if (m_engine == Engine::PostgreSQL) {
        throw Error(
            Error::Kind::Invalid,
            tr("A server database is backed up on the server (pg_dump), or copied to a file with "
               "“isms-desk copy”."));
    }
    if (QFileInfo::exists(file)) {
        throw Error(Error::Kind::Invalid, tr("“%1” already exists.").arg(file));
    }
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO :file"))) {
        throw Error(Error::Kind::Storage, tr("Backup failed: %1").arg(q.lastError().text()));
    }
    q.bindValue(QStringLiteral(":file"), file);
    if (!q.exec()) {
        throw Error(Error::Kind::Storage, tr("Backup failed: %1").arg(q.lastError().text()));
    }
    // The copy is put in the journal mode the program opens every file in: reading it later
    // (a check, a look at its policy) then leaves it byte for byte as it was when its SHA-256
    // was recorded, instead of switching it and so changing its header.
    const QString name = nextConnectionName();
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(file);
        QSqlQuery mode(copy);
        const bool ok = copy.open() && mode.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        const QString reason =
            ok ? QString() : (copy.isOpen() ? mode.lastError().text() : copy.lastError().text());
        mode.finish();
        copy.close();
        if (!ok) {
            QSqlDatabase::removeDatabase(name);
            throw Error(Error::Kind::Storage, tr("Backup failed: %1").arg(reason));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace isms::core
