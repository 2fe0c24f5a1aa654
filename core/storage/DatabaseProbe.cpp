#include "DatabaseProbe.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>

#include "Migrator.h"
#include "domain/Error.h"

namespace isms::core {

namespace {

QString nextProbeName() {
    static QAtomicInt counter;
    return QStringLiteral("isms-probe-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs a read-only look at a file through its own connection and always removes it again.
// untouched: opened as immutable, for a file that may be another program's, so that not even
// a -wal or -shm appears beside it.
class ProbeConnection {
public:
    explicit ProbeConnection(const QString& path, bool untouched = false)
        : m_name(nextProbeName()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (untouched) {
            db.setDatabaseName(DatabaseProbe::immutableUri(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
    }
    ~ProbeConnection() {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// The database files this process has open, by absolute path. POSIX drops every lock a process
// holds on a file as soon as any one descriptor of that file is closed: reading the header of an
// open file with QFile (to probe it for a second, read-only connection) dropped the connection's
// locks, another process then took the file for unused and deleted its write-ahead log, and the
// records saved meanwhile on either side were lost. A file open here was probed when it was
// opened; it is never read around SQLite again.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

}  // namespace

QString DatabaseProbe::immutableUri(const QString& path) {
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

void DatabaseProbe::hold(const QString& path) {
    const QMutexLocker lock(&openFilesMutex);
    ++openFiles[path];
}

void DatabaseProbe::release(const QString& path) {
    const QMutexLocker lock(&openFilesMutex);
    if (--openFiles[path] <= 0) openFiles.remove(path);
}

bool DatabaseProbe::isOpenHere(const QString& path) {
    const QMutexLocker lock(&openFilesMutex);
    return openFiles.contains(QFileInfo(path).absoluteFilePath());
}

void DatabaseProbe::probe(const QString& path, bool full) {
    if (isOpenHere(path)) return;  // already probed, and its locks must stay (see openFiles)
    // Opening a pipe or a device to read its header would wait for it, or consume it.
    if (!QFileInfo(path).isFile()) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” is not a file (it is a folder, a device or a pipe): choose a database file.")
                .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Refused, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    }
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” is not an ISMS Desk database (it is not an SQLite database file).").arg(path));
    }
    // The SQLite header's application id (offset 68) says whose file it is: ours, another
    // program's, or (0) unsaid, as in files written before ours was set.
    const quint32 application = qFromBigEndian<quint32>(header.constData() + 68);
    if (application != 0 && application != kApplicationId) {
        throw Error(Error::Kind::Refused, tr("“%1” belongs to another program (its SQLite "
                                             "application id is %2), not to ISMS Desk.")
                                              .arg(path)
                                              .arg(application));
    }
    // Its journal holds what the header and pages do not show yet while it is open somewhere
    // (a new file's schema, for one): then it is read with the journal, as SQLite always does.
    const bool live = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    // Without a journal there is nothing but the file to read: it is read untouched, so that a
    // file refused below keeps nothing beside it either.
    ProbeConnection probe(path, !live);
    QSqlDatabase db = probe.db();
    if (!db.open()) {
        throw Error(Error::Kind::Refused,
                    tr("Cannot open “%1”: %2").arg(path, db.lastError().text()));
    }
    QSqlQuery schema(db);
    if (!schema.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !schema.next()) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” is damaged and cannot be read: %2").arg(path, schema.lastError().text()));
    }
    schema.finish();
    // Ours are made whole (Workspace::create): an existing file without tables is never one.
    if (db.tables().isEmpty()) {
        throw Error(Error::Kind::Refused, tr("“%1” is an empty SQLite database of another program, "
                                             "not an ISMS Desk one: choose another "
                                             "name for a new database.")
                                              .arg(path));
    }
    checkSchema(db, path);
    const int version = Migrator(db).currentVersion();
    if (!full && version == Migrator::latestVersion()) return;
    QSqlQuery quick(db);
    if (!quick.exec(QStringLiteral("PRAGMA quick_check")) || !quick.next()) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” is damaged and cannot be read: %2").arg(path, quick.lastError().text()));
    }
    if (quick.value(0).toString() != QStringLiteral("ok")) {
        throw Error(Error::Kind::Refused,
                    tr("“%1” is damaged: %2").arg(path, quick.value(0).toString()));
    }
}

void DatabaseProbe::checkSchema(const QSqlDatabase& db, const QString& location) {
    const QStringList tables = db.tables();
    // Ours by its own schema table (version, name, applied_at) and its audit trail: another
    // program's schema_migrations (Rails keeps one) is not.
    const QSqlRecord migrations = db.record(QStringLiteral("schema_migrations"));
    const bool ours = tables.contains(QStringLiteral("schema_migrations")) &&
                      tables.contains(QStringLiteral("audit_log")) &&
                      migrations.contains(QStringLiteral("name")) &&
                      migrations.contains(QStringLiteral("applied_at"));
    if (!tables.isEmpty() && !ours) {
        throw Error(Error::Kind::Refused,
                    tr("“%1” is a database of another program, not of ISMS Desk.").arg(location));
    }
    const int version = Migrator(db).currentVersion();
    if (version > Migrator::latestVersion()) {
        throw Error(Error::Kind::Refused,
                    tr("“%1” was written by a newer ISMS Desk (schema %2; this program knows up to "
                       "schema %3). Install the newer program to open it.")
                        .arg(location)
                        .arg(version)
                        .arg(Migrator::latestVersion()));
    }
}

QString DatabaseProbe::unwritable(const QFileInfo& file) {
    const QString path = QDir::toNativeSeparators(file.filePath());
    if (!file.isWritable()) {
        return tr("“%1” is a read-only file: it is open for reading, and nothing can be saved into "
                  "it.")
            .arg(path);
    }
    // SQLite writes its journal and shared memory beside the file.
    if (!QFileInfo(file.absolutePath()).isWritable()) {
        return tr("“%1” is in a read-only folder: it is open for reading, and nothing can be saved "
                  "into it (saving "
                  "writes beside the file).")
            .arg(path);
    }
    return {};
}

}  // namespace isms::core
