#include "DemoDatabase.h"
#include "TestFiles.h"
#include "services/DrillService.h"
#include "services/OverviewService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

// The demo data's figures, worked out by hand from DemoContent.
TEST(OverviewService, DemoFiguresAtTheEndOf2025) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("o.sqlite")));
    const auto f = OverviewService(*db).compute(2025, QDate(2025, 12, 31));
    ASSERT_EQ(f.publishedPolicies.size(), 1);
    EXPECT_EQ(f.publishedPolicies[0].code, QStringLiteral("ISMS-01-01"));
    EXPECT_EQ(f.publishedPolicies[0].effectiveDate, QDate(2025, 9, 11));
    EXPECT_EQ(f.objectives, 8);
    EXPECT_EQ(f.objectivesMeasured, 4);  // objectives 3, 6, 7, 8
    EXPECT_EQ(f.actionItems, 8);
    EXPECT_EQ(f.actionItemsDone, 5);
    EXPECT_EQ(f.actionItemsOverdue, 3);  // due 11-30, 12-10 in progress; 10-31 planned
    // Policy review due 2026-09-11 (scheduled); management review due 2025-12-12, audit due
    // 2025-10-15, drill due 2025-11-20: overdue.
    EXPECT_EQ(f.reviewsOverdue, 3);
    EXPECT_EQ(f.reviewsDueSoon, 0);
    EXPECT_EQ(f.openFindings, 0);
    EXPECT_EQ(f.drillsThisYear, 1);
    EXPECT_EQ(f.drillsFailed, 0);  // 7.2 % opened < 10 %, 2.6 % clicked < 6 %
}

TEST(OverviewService, EarlierDayAndAFailedDrill) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("o.sqlite")));
    DrillService::Drill drill;
    drill.year = 2025;
    drill.half = 2;
    drill.sent = 100;
    drill.opened = 9;
    drill.clicked = 6;  // 6 % is not under 6 %
    DrillService(*db).record(drill);
    const auto f = OverviewService(*db).compute(2025, QDate(2025, 11, 1));
    EXPECT_EQ(f.actionItemsOverdue, 1);  // only the planned audit due 10-31
    EXPECT_EQ(f.reviewsOverdue, 1);      // the audit
    EXPECT_EQ(f.reviewsDueSoon, 1);      // the drill (11-20); management review (12-12) is past the 30-day lead
    EXPECT_EQ(f.drillsThisYear, 2);
    EXPECT_EQ(f.drillsFailed, 1);
    EXPECT_EQ(OverviewService(*db).compute(2024, QDate(2025, 11, 1)).actionItems, 0);
}
