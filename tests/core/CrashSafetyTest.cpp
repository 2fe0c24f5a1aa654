#include "TestFiles.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

#include <QProcess>

using namespace isms::core;
using isms::test::TestFiles;

// Killing the program while it saves loses at most the save in progress: every record it
// reported committed is there, the file checks clean and the audit chain is whole.
TEST(CrashSafety, KilledWriterLosesAtMostTheSaveInProgress) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("crash.sqlite"));
    Database::open(path);  // created before the writer starts, so only inserts are in flight
    QProcess writer;
    writer.start(QStringLiteral(ISMS_TEST_WRITER), {path});
    ASSERT_TRUE(writer.waitForStarted());
    long reported = 0;
    while (reported < 40 && writer.waitForReadyRead(10000)) {
        while (writer.canReadLine()) reported = writer.readLine().trimmed().toLong();
    }
    writer.kill();  // SIGKILL: no clean-up of any kind
    writer.waitForFinished();
    while (writer.canReadLine()) reported = qMax(reported, writer.readLine().trimmed().toLong());
    ASSERT_GE(reported, 40);

    auto db = Database::open(path);
    const auto report = DatabaseCheck(*db).run(true);
    EXPECT_TRUE(report.sound()) << report.lines().join(QLatin1Char('\n')).toStdString();
    const long rows = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM people")).toLongLong();
    EXPECT_GE(rows, reported);
    EXPECT_LE(rows, reported + 1);  // the one whose commit finished as it was killed
    EXPECT_EQ(report.audit.entries, rows);
}
