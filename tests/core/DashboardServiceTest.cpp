#include "Administrator.h"
#include "DemoDatabase.h"
#include "RowsBehind.h"
#include "TestFiles.h"
#include "services/AuditService.h"
#include "services/DashboardService.h"
#include "services/PeopleService.h"
#include "services/DrillService.h"
#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/ListCatalog.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

// The demo (sample year 2025) plus, worked out by hand:
// - an audit with an open major finding, an open minor one whose corrective action was due
//   2025-11-30, and a closed observation;
// - two drills in 2024 H2: 200 sent, 30 opened, 10 clicked (fails: 15 % opened) and 300 sent,
//   20 opened, 5 clicked (passes) — the half-year: 500 sent, 10 % opened, 3 % clicked, failed;
// - four of the six people acknowledged ISMS-01-01 v2.0 (the demo's training).
class DashboardServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("dash.sqlite")), 2025);
        const qint64 person = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '林志豪'")).toLongLong();
        AuditService audits(*db);
        const qint64 audit = audits.addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1), QDate(2025, 10, 2),
                                              QString(), QStringLiteral("張淑芬"), QString()});
        audits.addFinding(audit, {QStringLiteral("major"), QStringLiteral("A.5.1"), QStringLiteral("政策未公告"), QString()});
        const qint64 minor = audits.addFinding(audit, {QStringLiteral("minor"), QString(), QStringLiteral("帳號未停用"), QString()});
        audits.addCorrectiveAction(minor, {QStringLiteral("流程"), QStringLiteral("修訂流程"), person, QDate(2025, 11, 30)});
        const qint64 observation = audits.addFinding(audit, {QStringLiteral("observation"), QString(), QStringLiteral("格式"), QString()});
        audits.closeFinding(observation, 1);  // as just recorded
        DrillService drills(*db);
        for (const auto& [sent, opened, clicked] : {std::tuple{200, 30, 10}, std::tuple{300, 20, 5}}) {
            DrillService::Drill d;
            d.year = 2024;
            d.half = 2;
            d.date = QDate(2024, 11, 1);
            d.sent = sent;
            d.opened = opened;
            d.clicked = clicked;
            drills.record(d);
        }
        version = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'")).toLongLong();
    }
    // How many rows the list behind a figure holds.
    int rowsBehind(const QString& key) { return isms::test::rowsBehind(*db, key, 2025, today); }
    TestFiles files;
    std::unique_ptr<Database> db;
    qint64 version = 0;
    const QDate today{2025, 12, 31};
};

}  // namespace

TEST_F(DashboardServiceTest, EveryFigureOfAKnownYear) {
    const auto f = DashboardService(*db).compute(2025, today);
    // Objectives: 3 (4 of 6 staff trained), 5 (one of three corrective actions done by its due
    // date: the demo's two, one late, and this audit's overdue one) and 7 (the third quarter's
    // incident reported late, the latest judged) not met; 1 (no compliance finding unresolved), 2
    // (senior management at the review), 4 (no unauthorised access in the fourth quarter), 6 (the
    // core systems' December: 100 %) and 8 (drill passed) met. All but 8 are computed now.
    ASSERT_EQ(f.objectives.size(), 8);
    EXPECT_EQ(f.objectiveStatus.value(ObjectiveStatus::Met), 5);
    EXPECT_EQ(f.objectiveStatus.value(ObjectiveStatus::NotMet), 3);
    EXPECT_EQ(f.objectiveStatus.value(ObjectiveStatus::AtRisk), 0);
    EXPECT_EQ(f.objectiveStatus.value(ObjectiveStatus::NoData), 0);
    // A computed figure opens the records it counts: the review, the three corrective actions, no
    // unresolved finding.
    EXPECT_TRUE(f.objectives[4].live);
    EXPECT_DOUBLE_EQ(f.objectives[4].latest, 33.33);
    EXPECT_EQ(rowsBehind(f.objectives[1].drillKey()), 1);
    EXPECT_EQ(rowsBehind(f.objectives[4].drillKey()), 3);
    EXPECT_EQ(rowsBehind(f.objectives[0].drillKey()), 0);
    // Objective 3 from the training register: 4 of the 6 staff had their hours.
    EXPECT_TRUE(f.objectives[2].live);
    EXPECT_EQ(rowsBehind(f.objectives[2].drillKey()), 6);
    EXPECT_EQ(f.objectives[2].status, ObjectiveStatus::NotMet);
    EXPECT_DOUBLE_EQ(f.objectives[2].latest, 66.67);
    // Objective 6: no month recorded yet; the trend is the value computed now.
    EXPECT_EQ(f.objectives[5].trend.size(), 1);
    EXPECT_TRUE(f.objectives[5].live);
    EXPECT_EQ(rowsBehind(f.objectives[5].drillKey()), 0);  // December: no outage
    // Action plan 2025: five done, two in progress, one planned; three overdue, the oldest the
    // audit due 10-31; by unit: 兵役處 1 of 1 done, 高雄市政府民政局 4 of 7.
    EXPECT_EQ(f.items, 8);
    EXPECT_EQ(f.itemsByStatus.value(QStringLiteral("done")), 5);
    EXPECT_EQ(f.itemsByStatus.value(QStringLiteral("in_progress")), 2);
    EXPECT_EQ(f.itemsByStatus.value(QStringLiteral("planned")), 1);
    EXPECT_EQ(f.itemsOverdue, 3);
    EXPECT_EQ(f.oldestOverdue, QStringLiteral("執行年度內部稽核並追蹤矯正措施"));
    EXPECT_EQ(f.oldestOverdueDue, QDate(2025, 10, 31));
    ASSERT_EQ(f.units.size(), 2);
    EXPECT_EQ(f.units[0].unit, QStringLiteral("兵役處"));
    EXPECT_EQ(f.units[0].items, 1);
    EXPECT_EQ(f.units[0].done, 1);
    EXPECT_EQ(f.units[1].unit, QStringLiteral("高雄市政府民政局"));
    EXPECT_EQ(f.units[1].items, 7);
    EXPECT_EQ(f.units[1].done, 4);
    // Reviews: the meeting of 12-10 and the audit of 10-01/02 closed their cycles (due again
    // 2026-12-10 and 2026-10-02, beyond 60 days, as is the policy review of 2026-09-11); the
    // half-yearly drill (the last in the first half) is due by the end of the second, today.
    EXPECT_EQ(f.reviewsOverdue, 0);
    EXPECT_EQ(f.reviewsDue, 1);
    ASSERT_EQ(f.reviews.size(), 1);
    EXPECT_EQ(f.reviews[0].kind, QStringLiteral("drill"));
    // Drills: 2024 H1 none, 2024 H2 10 % / 3 % failed, 2025 H1 7.2 % / 2.6 % passed, 2025 H2 none.
    ASSERT_EQ(f.drills.size(), 4);
    EXPECT_EQ(f.drills[0].year, 2024);
    EXPECT_EQ(f.drills[0].half, 1);
    EXPECT_EQ(f.drills[0].drills, 0);
    EXPECT_EQ(f.drills[1].sent, 500);
    EXPECT_DOUBLE_EQ(f.drills[1].openRate, 10.0);
    EXPECT_DOUBLE_EQ(f.drills[1].clickRate, 3.0);
    EXPECT_FALSE(f.drills[1].passed);
    EXPECT_DOUBLE_EQ(f.drills[2].openRate, 7.2);
    EXPECT_DOUBLE_EQ(f.drills[2].clickRate, 2.6);
    EXPECT_TRUE(f.drills[2].passed);
    EXPECT_EQ(f.drills[3].drills, 0);
    // Audits: one major and one minor open; the minor's action is overdue.
    EXPECT_EQ(f.openFindings.value(QStringLiteral("major")), 1);
    EXPECT_EQ(f.openFindings.value(QStringLiteral("minor")), 1);
    EXPECT_EQ(f.openFindings.value(QStringLiteral("observation")), 0);
    EXPECT_EQ(f.correctiveOverdue, 1);
    // Policy: v2.0 in force since 2025-09-11, acknowledged by 4 of 6.
    ASSERT_EQ(f.policies.size(), 1);
    EXPECT_EQ(f.policies[0].version, QStringLiteral("2.0"));
    EXPECT_EQ(f.policies[0].effectiveDate, QDate(2025, 9, 11));
    EXPECT_EQ(f.policies[0].acknowledged, 4);
    EXPECT_EQ(f.policies[0].audience, 6);
}

TEST_F(DashboardServiceTest, TheListBehindEachFigureHoldsThatMany) {
    const auto f = DashboardService(*db).compute(2025, today);
    for (const QString& status : {QStringLiteral("done"), QStringLiteral("in_progress"), QStringLiteral("planned")}) {
        EXPECT_EQ(rowsBehind(QStringLiteral("items_status:") + status), f.itemsByStatus.value(status)) << status.toStdString();
    }
    EXPECT_EQ(rowsBehind(QStringLiteral("items_overdue")), f.itemsOverdue);
    for (const auto& unit : f.units) {
        EXPECT_EQ(rowsBehind(QStringLiteral("items_unit:%1").arg(unit.unitId)), unit.items) << unit.unit.toStdString();
    }
    EXPECT_EQ(rowsBehind(QStringLiteral("findings:major")), 1);
    EXPECT_EQ(rowsBehind(QStringLiteral("findings:observation")), 0);
    EXPECT_EQ(rowsBehind(QStringLiteral("corrective_overdue")), f.correctiveOverdue);
    EXPECT_EQ(rowsBehind(QStringLiteral("drills:2024:2")), f.drills[1].drills);
    EXPECT_EQ(rowsBehind(QStringLiteral("acknowledgements:%1").arg(version)), f.policies[0].acknowledged);
    // The incidents: the third quarter's unauthorised access (objectives 4 and 7), and the year's
    // two incidents judged for reporting in time.
    EXPECT_EQ(rowsBehind(QStringLiteral("source:unauthorised_incidents:2025-07-01:2025-09-30")), 1);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:unauthorised_incidents:2025-04-01:2025-06-30")), 0);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:incidents_reported_in_time:2025-01-01:2025-12-31")), 2);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:availability:2025-09-01:2025-09-30:%1").arg([&] {
                  QStringList ids;
                  for (qint64 id : f.objectives[5].systemIds) ids << QString::number(id);
                  return ids.join(QLatin1Char(','));
              }())),
              1);  // September's attack
}

TEST_F(DashboardServiceTest, AYearWithoutRecordsShowsZerosNotErrors) {
    const auto f = DashboardService(*db).compute(2030, QDate(2030, 6, 30));
    EXPECT_EQ(f.items, 0);
    EXPECT_EQ(f.itemsOverdue, 0);
    EXPECT_TRUE(f.oldestOverdue.isEmpty());
    EXPECT_TRUE(f.units.isEmpty());
    EXPECT_EQ(f.objectiveStatus.value(ObjectiveStatus::NoData), 8);
    ASSERT_EQ(f.drills.size(), 4);
    EXPECT_EQ(f.drills[0].year, 2029);
}

TEST_F(DashboardServiceTest, AnEarlierDayAndAFailedDrill) {
    DrillService::Drill drill;
    drill.year = 2025;
    drill.half = 2;
    drill.sent = 100;
    drill.opened = 9;
    drill.clicked = 6;  // 6 % is not under 6 %
    DrillService(*db).record(drill);
    const auto f = DashboardService(*db).compute(2025, QDate(2025, 11, 1));
    EXPECT_EQ(f.itemsOverdue, 1);  // only the planned audit due 10-31
    EXPECT_EQ(f.reviewsOverdue, 0);  // the audit of 10-02 closed its cycle
    EXPECT_EQ(f.reviewsDue, 2);      // the drill (11-20) and the management review (12-12): its meeting is on 12-10
    EXPECT_EQ(f.correctiveOverdue, 0);  // due 11-30
    EXPECT_EQ(f.drills[3].drills, 1);
    EXPECT_FALSE(f.drills[3].passed);
    EXPECT_EQ(DashboardService(*db).compute(2024, QDate(2025, 11, 1)).items, 0);
}

TEST_F(DashboardServiceTest, SomeoneWhoLeftCountsNeitherInTheFigureNorInItsList) {
    PeopleService people(*db);
    auto p = people.person(Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '王大明'")).toLongLong());
    p.activeTo = today.addDays(-1);
    people.update(p);
    const auto f = DashboardService(*db).compute(2025, today);
    ASSERT_EQ(f.policies.size(), 1);
    EXPECT_EQ(f.policies[0].acknowledged, 3);
    EXPECT_EQ(f.policies[0].audience, 5);
    EXPECT_EQ(rowsBehind(QStringLiteral("acknowledgements:%1").arg(version)), 3);
}
