#include "Workspace.h"

#include "DemoContent.h"
#include "storage/Database.h"

#include <QDate>
#include <QFile>

namespace isms::core {

std::unique_ptr<Database> Workspace::open(const QString& path, bool demoContentIfNew, Database::Check check,
                                          const QString& password) {
    auto db = Database::open(path, check, password);
    if (db->wasCreated() && demoContentIfNew) {
        try {
            DemoContent(*db).create(QDate::currentDate().year());
        } catch (...) {
            // A half-made new file would later pass for a real database: remove it. (On a
            // server each part of the demo is one transaction; nothing half-made is kept.)
            if (db->engine() != Database::Engine::SQLite) throw;
            const QString file = db->path();
            db.reset();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(file + suffix);
            }
            throw;
        }
    }
    return db;
}

}  // namespace isms::core
