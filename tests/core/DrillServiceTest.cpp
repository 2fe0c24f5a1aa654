#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Clock.h"
#include "domain/DrillResult.h"
#include "services/DashboardService.h"
#include "services/DrillService.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

TEST(DrillResult, PassOnlyUnderBothThresholds) {
    EXPECT_TRUE(DrillResult::passed(500, 36, 13, 10, 6));   // 7.2 % opened, 2.6 % clicked
    EXPECT_FALSE(DrillResult::passed(100, 10, 1, 10, 6));   // exactly 10 % opened is not under 10 %
    EXPECT_FALSE(DrillResult::passed(100, 5, 6, 10, 6));    // exactly 6 % clicked
    EXPECT_TRUE(DrillResult::passed(100, 9, 5, 10, 6));
    EXPECT_FALSE(DrillResult::passed(0, 0, 0, 10, 6));      // sent to nobody
    EXPECT_DOUBLE_EQ(DrillResult::rate(13, 500), 2.6);
    EXPECT_EQ(DrillResult::half(QDate(2025, 6, 30)), 1);
    EXPECT_EQ(DrillResult::half(QDate(2025, 7, 1)), 2);
    EXPECT_EQ(DrillResult::halfEnd(2025, 2), QDate(2025, 12, 31));
}

TEST(DrillService, AVerdictFeedsObjectiveEight) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("d.sqlite")), 2025);
    ObjectiveService objectives(*db);
    const auto eight = objectives.standings(QStringLiteral("ISMS-01-01"), 2025)[7];
    EXPECT_EQ(eight.status, ObjectiveStatus::Met);  // the sample first-half drill passed
    DrillService::Drill d;
    d.year = 2025;
    d.half = 2;
    d.date = QDate(2025, 11, 5);
    d.sent = 480;
    d.opened = 60;  // 12.5 %: fails
    d.clicked = 20;
    const qint64 id = DrillService(*db).record(d);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT passed FROM drills WHERE id = :id"), {{QStringLiteral("id"), id}})
                  .toInt(),
              0);
    const auto after = objectives.standing(eight.objectiveId, 2025);
    EXPECT_EQ(after.status, ObjectiveStatus::NotMet);
    EXPECT_EQ(after.latestPeriodEnd, QDate(2025, 12, 31));
    EXPECT_DOUBLE_EQ(after.latest, 0);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT evidence FROM measurements WHERE drill_id = :id"),
                          {{QStringLiteral("id"), id}})
                  .toString(),
              QStringLiteral("Drill: 12.5% opened, 4.2% clicked"));
}

TEST(DrillService, RefusesImpossibleCountsAndDates) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("d.sqlite")), 2025);
    DrillService service(*db);
    DrillService::Drill d;
    d.year = 2025;
    d.half = 2;
    d.sent = 100;
    d.opened = 101;
    QString message;
    EXPECT_EQ(errorOf([&] { service.record(d); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("More people")));
    d.opened = 5;
    d.date = QDate(2025, 3, 1);  // first half, recorded as second
    EXPECT_EQ(errorOf([&] { service.record(d); }), Error::Kind::Invalid);
    // A drill still to come has no results to record.
    d.year = Clock::today().year();
    d.half = Clock::today().month() <= 6 ? 1 : 2;
    d.date = Clock::today().addDays(1);
    if (DrillResult::half(d.date) == d.half) {
        EXPECT_EQ(errorOf([&] { service.record(d); }, &message), Error::Kind::Invalid);
        EXPECT_TRUE(message.contains(QStringLiteral("taken place"))) << message.toStdString();
    }
    d.year = 2025;
    d.half = 2;
    d.date = QDate();
    d.sent = 0;
    EXPECT_EQ(errorOf([&] { service.record(d); }), Error::Kind::Invalid);
    db->setSession(Session::user(4, QStringLiteral("a"), QStringLiteral("A"), UserRole::Auditor));
    d.sent = 100;
    EXPECT_EQ(errorOf([&] { service.record(d); }), Error::Kind::Permission);
}

TEST(DrillService, AHalfYearWithoutADrillIsOverdue) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("d.sqlite")), 2025);  // a drill in 2025 H1
    const DrillService service(*db);
    using H = DrillService::HalfYear;
    EXPECT_EQ(service.missing(QDate(2025, 1, 1), QDate(2025, 12, 31)), QList<H>());
    EXPECT_EQ(service.missing(QDate(2025, 1, 1), QDate(2026, 1, 1)), QList<H>({H{2025, 2}}));
    EXPECT_EQ(service.missing(QDate(2024, 9, 1), QDate(2026, 7, 2)), QList<H>({H{2024, 2}, H{2025, 2}, H{2026, 1}}));
}

TEST(DrillService, SeveralDrillsInAHalfYearGiveOneVerdictEverywhere) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("halves.sqlite")), 2025);
    DrillService service(*db);
    const auto drill = [&](int opened) {
        DrillService::Drill d;
        d.year = 2025;
        d.half = 2;
        d.date = QDate(2025, 11, 3);
        d.sent = 100;
        d.opened = opened;
        d.clicked = 1;
        return service.record(d);
    };
    drill(3);   // one unit's drill passed
    drill(30);  // another's failed
    drill(2);   // a third passed: the half-year still did not
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM measurements WHERE drill_id IS NOT NULL AND "
                                                           "period_start = '2025-07-01'"))
                  .toInt(),
              1);
    const auto f = DashboardService(*db).compute(2025, QDate(2025, 12, 31));
    EXPECT_FALSE(f.drills[3].passed);
    EXPECT_EQ(f.objectives[7].status, ObjectiveStatus::NotMet);  // the same verdict as the drill panel
}
