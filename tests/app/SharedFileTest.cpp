#include "ByHand.h"
#include "ProgramRun.h"
#include "TestFiles.h"
#include "domain/Clock.h"
#include "services/ObjectiveService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::run;
using isms::test::TestFiles;

// A window has the file open and its background check opens a second, read-only connection; a
// command in another process then reads and writes the same file. Every record saved on either
// side stays: the process's locks on the file held throughout (reading the file's header around
// SQLite once dropped them, the other process deleted the write-ahead log, and records vanished).
TEST(SharedFile, AWindowAndACommandOnOneFileKeepEachOthersRecords) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("shared.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--database"), path, QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    auto window = Database::open(path);
    window->setSession(UserService(*window).signIn(QStringLiteral("admin"), isms::test::kPassword));
    { auto check = Database::openReadOnly(path, Database::Check::Deferred); }  // as the background check does
    // The agency measures objectives 4 and 7 by hand (the demo computes them from the incidents).
    isms::test::measuredByHand(*window, 4, Clock::today().year());
    isms::test::measuredByHand(*window, 7, Clock::today().year());
    const auto count = [&] { return Sql::scalar(window->connection(), QStringLiteral("SELECT COUNT(*) FROM measurements")).toInt(); };
    const int before = count();

    ASSERT_EQ(run({QStringLiteral("--database"), path, QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));  // still the window's
    const QDate end = Clock::today().addDays(-1);
    const auto r = run({QStringLiteral("--database"), path, QStringLiteral("record"), QStringLiteral("measurement"),
                        QStringLiteral("ISMS-01-01"), QStringLiteral("--objective"), QStringLiteral("4"), QStringLiteral("--from"),
                        end.addDays(-30).toString(Qt::ISODate), QStringLiteral("--to"), end.toString(Qt::ISODate),
                        QStringLiteral("--value"), QStringLiteral("0")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto standings = ObjectiveService(*window).standings(QStringLiteral("ISMS-01-01"), end.year());
    // Objective 7 (reports in time), measured by hand.
    ObjectiveService(*window).recordMeasurement(standings[6].objectiveId, end.addDays(-30), end, 99.9, 0, QString());
    EXPECT_EQ(count(), before + 2);
    window.reset();

    auto again = Database::open(path);
    EXPECT_EQ(Sql::scalar(again->connection(), QStringLiteral("SELECT COUNT(*) FROM measurements")).toInt(), before + 2);
    EXPECT_EQ(Sql::scalar(again->connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}
