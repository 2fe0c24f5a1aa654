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
            // A half-made new file would later pass for a real database: remove it. A server
            // database is not ours to remove (and the program asks for the demo only in files).
            if (db->engine() != Database::Engine::SQLite) throw;
            const QString file = db->path();
            db.reset();
            Database::removeFile(file);
            throw;
        }
    }
    return db;
}

}  // namespace isms::core
