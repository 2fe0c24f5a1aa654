#include "Workspace.h"

#include "DemoContent.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace isms::core {

std::unique_ptr<Database> Workspace::open(const QString& path, bool demoContentIfNew, Database::Check check,
                                          const QString& password) {
    if (!ServerAddress::isServer(path) && !QFileInfo::exists(path)) {
        return create(path, [&](Database& db) {
            if (demoContentIfNew) DemoContent(db).create(Clock::today().year());
        }, check);
    }
    auto db = Database::open(path, check, password);
    // A server database that was empty until now (tests ask for the demo in one).
    if (db->wasCreated() && demoContentIfNew && db->engine() != Database::Engine::SQLite) {
        DemoContent(*db).create(Clock::today().year());
    }
    return db;
}

std::unique_ptr<Database> Workspace::create(const QString& path, const std::function<void(Database&)>& fill,
                                            Database::Check check) {
    if (QFileInfo::exists(path)) {
        throw Error(Error::Kind::Refused,
                    QCoreApplication::translate("Workspace", "“%1” already exists.").arg(path));
    }
    const QFileInfo info(path);
    const QString building = info.absoluteDir().filePath(
        QStringLiteral(".%1.new-%2").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    try {
        auto db = Database::open(building, check);
        fill(*db);
        db.reset();  // closed: its journal is folded in and gone before the file moves
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
