#include "Workspace.h"

#include "DemoContent.h"
#include "storage/Database.h"

#include <QDate>
#include <QFile>

namespace isms::core {

std::unique_ptr<Database> Workspace::open(const QString& path, bool demoContentIfNew, Database::Check check) {
    auto db = Database::open(path, check);
    if (db->wasCreated() && demoContentIfNew) {
        try {
            DemoContent(*db).create(QDate::currentDate().year());
        } catch (...) {
            // A half-made new file would later pass for a real database: remove it.
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
