#include "Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

#include "DemoContent.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/ServerAddress.h"
#include "storage/TrailAnchor.h"

namespace isms::core {

std::unique_ptr<Database> Workspace::open(const QString& path, bool demoContentIfNew,
                                          Database::Check check, const QString& password,
                                          Database::Access access) {
    if (access == Database::Access::ReadOnly) return Database::open(path, check, password, access);
    if (!ServerAddress::isServer(path) && !QFileInfo::exists(path)) {
        return create(
            path,
            [&](Database& db) {
                if (demoContentIfNew) DemoContent(db).create(Clock::today().year());
            },
            check);
    }
    // A first start killed after its rename leaves its build's lock beside the file.
    if (!ServerAddress::isServer(path)) removeLeftovers(QFileInfo(path));
    auto db = Database::open(path, check, password);
    // A server database that was empty until now (tests ask for the demo in one).
    if (db->wasCreated() && demoContentIfNew && db->engine() != Database::Engine::SQLite) {
        DemoContent(*db).create(Clock::today().year());
    }
    return db;
}

void Workspace::removeLeftovers(const QFileInfo& info) {
    // What a first start killed before its rename left: each was built under a lock its process
    // held, so a lock this process can take belongs to a process that is gone.
    QDir dir = info.absoluteDir();
    const QString prefix = QStringLiteral(".%1.new-").arg(info.fileName());
    QStringList builds;
    for (QString name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        // A file, its journal and shared memory, and its lock (alone if killed before the file).
        for (const QString& suffix : {QStringLiteral(".lock"), QStringLiteral("-wal"),
                                      QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (name.endsWith(suffix)) name.chop(suffix.size());
        }
        if (!builds.contains(name)) builds << name;
    }
    for (const QString& name : builds) {
        QLockFile lock(dir.filePath(name) + QStringLiteral(".lock"));
        // Stale only when its process is gone (Qt checks the id it wrote), never merely old: a
        // large generate builds for minutes.
        lock.setStaleLockTime(7 * 24 * 3600 * 1000);
        qint64 pid = 0;
        QString host;
        QString app;
        // A lock killed while it was being written says nobody's name: nobody holds it.
        if (!lock.tryLock(0) && (lock.getLockInfo(&pid, &host, &app) ||
                                 !lock.removeStaleLockFile() || !lock.tryLock(0))) {
            continue;  // still being built
        }
        Database::removeFile(dir.filePath(name));
        lock.unlock();
    }
}

std::unique_ptr<Database> Workspace::create(const QString& path,
                                            const std::function<void(Database&)>& fill,
                                            Database::Check check) {
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::Refused,
                    QCoreApplication::translate("Workspace", "“%1” already exists.").arg(path));
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw Error(Error::Kind::Refused,
                    QCoreApplication::translate("Workspace", "Cannot create the folder for “%1”.")
                        .arg(path));
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        throw Error(
            Error::Kind::Refused,
            QCoreApplication::translate("Workspace", "Cannot create “%1”: its folder is read-only.")
                .arg(path));
    }
    removeLeftovers(info);
    const QString building = info.absoluteDir().filePath(
        QStringLiteral(".%1.new-%2")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    // Held until the file is in place: another first start sees it is being built, not left.
    QLockFile buildingLock(building + QStringLiteral(".lock"));
    buildingLock.lock();
    try {
        auto db = Database::open(building, check);
        fill(*db);
        db.reset();  // closed: its journal is folded in and gone before the file moves
        TrailAnchor::forget(building);  // seen under the name it is built under, which goes
    } catch (...) {
        Database::removeFile(building);
        throw;
    }
    // rename(2) does not replace here: a file someone else made meanwhile is theirs to keep.
    if (!QFile::rename(building, path)) {
        Database::removeFile(building);
        if (!QFileInfo::exists(path)) {
            throw Error(Error::Kind::Storage,
                        QCoreApplication::translate("Workspace", "Cannot create “%1”.").arg(path));
        }
        return Database::open(path, check);
    }
    auto db = Database::open(path, check);
    db->markCreated();
    return db;
}

}  // namespace isms::core
