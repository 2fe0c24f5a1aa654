#include "DemoDatabase.h"
#include "Administrator.h"

#include "services/DemoContent.h"
#include "services/Workspace.h"
#include "storage/Database.h"

namespace isms::test {

std::unique_ptr<core::Database> demoDatabase(const QString& path, int sampleYear) {
    auto db = core::Workspace::open(path, false);
    core::DemoContent(*db).create(sampleYear);
    // Fixtures change records freely; the permission tests set the sessions they test.
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    return db;
}

}  // namespace isms::test
