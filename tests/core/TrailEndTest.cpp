// Issue #23: the audit chain cannot prove its own end, so check compares it with what was kept
// outside it: SQLite's counter of the ids it handed out, and the heads every backup recorded.
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "services/BackupService.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

QString problems(Database& db) { return DatabaseCheck(db).run(false).lines().join(QLatin1Char('\n')); }

}  // namespace

TEST(TrailEnd, RemovingTheLastEntriesIsFound) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("tail.sqlite")));
    ASSERT_TRUE(DatabaseCheck(*db).run(false).sound());
    const qint64 last = Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    Sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id > :k"), {{QStringLiteral("k"), last - 20}});
    const auto report = DatabaseCheck(*db).run(false);
    EXPECT_TRUE(report.audit.intact);  // what is left is a whole chain
    EXPECT_FALSE(report.sound());
    EXPECT_TRUE(problems(*db).contains(QStringLiteral("the last 20 were removed"))) << problems(*db).toStdString();
}

TEST(TrailEnd, ATrailCutBelowABackupsHeadIsFoundEvenWithTheCounterMended) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("cut.sqlite")));
    BackupService(*db).backup(files.path(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(DatabaseCheck(*db).run(false).sound());
    const qint64 last = Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    // Whoever cuts the trail also mends SQLite's counter; the backup's recorded head remains.
    Sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id > :k"), {{QStringLiteral("k"), last - 5}});
    Sql::run(db->connection(), QStringLiteral("UPDATE sqlite_sequence SET seq = :k WHERE name = 'audit_log'"),
             {{QStringLiteral("k"), last - 5}});
    EXPECT_FALSE(DatabaseCheck(*db).run(false).sound());
    EXPECT_TRUE(problems(*db).contains(QStringLiteral("which the trail no longer holds"))) << problems(*db).toStdString();
}
