#include <gtest/gtest.h>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "services/AuditService.h"
#include "services/DashboardService.h"
#include "services/DrillService.h"
#include "services/MeetingService.h"
#include "services/PolicyService.h"
#include "services/ReviewCalendar.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::MovedClock;
using isms::test::TestFiles;
using State = ReviewSchedule::State;

namespace {

// Demo records of 2025; the clock stands on 2026-11-20, when the management review (last meeting
// 2025-12-10), the audit (cycle last done 2024-10-15) and the drill (last 2025-05-20) are all
// overdue or due.
class CycleRecords : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("cycles.sqlite")), 2025);
        clock.moveTo(QDate(2026, 11, 20));
    }
    ReviewCalendar::Item item(const QString& kind) {
        for (const auto& i : ReviewCalendar(*db).items(Clock::today())) {
            if (i.kind == kind) return i;
        }
        ADD_FAILURE() << "no cycle " << kind.toStdString();
        return {};
    }
    // The Reviews list's "Last done" column for the cycle.
    QString listed(const QString& kind) {
        const ListDefinition list = ListCatalog::definition(QStringLiteral("review_cycles"));
        for (const auto& column : list.columns) {
            if (column.header != QStringLiteral("Last done")) continue;
            return Sql::scalar(
                       db->connection(),
                       QStringLiteral("SELECT %1 FROM review_cycles c WHERE c.subject_kind = :k")
                           .arg(column.expression),
                       {{QStringLiteral("k"), kind},
                        {QStringLiteral("today"), Clock::today().toString(Qt::ISODate)}})
                .toString();
        }
        return {};
    }
    void remove(const QString& table, qint64 id) {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db))
            .remove(table, id, isms::test::rowVersion(*db, table, id));
        tx.commit();
    }

    TestFiles files;
    std::unique_ptr<Database> db;
    MovedClock clock;
};

}  // namespace

TEST_F(CycleRecords, AMeetingAnAuditAndADrillCloseTheirCyclesOnTheirDatesAndRemovingThemUndoesIt) {
    EXPECT_EQ(item(QStringLiteral("internal_audit")).state, State::Overdue);
    EXPECT_EQ(item(QStringLiteral("drill")).state, State::Overdue);

    const qint64 audit = AuditService(*db).addAudit(
        {QStringLiteral("115年度內部稽核"), QDate(2026, 11, 2), QDate(2026, 11, 4), QString(),
         QStringLiteral("張淑芬"), QString()});
    DrillService::Drill d;
    d.year = 2026;
    d.half = 2;
    d.date = QDate(2026, 11, 10);
    d.sent = 100;
    d.opened = 20;  // failed: a failed drill was held all the same
    d.clicked = 9;
    const qint64 drill = DrillService(*db).record(d);
    MeetingService::Meeting committee;
    committee.kind = QStringLiteral("committee");
    committee.title = QStringLiteral("資安委員會臨時會");
    committee.date = QDate(2026, 11, 15);
    committee.chairPersonId =
        Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people")).toLongLong();
    MeetingService(*db).create(committee);

    const auto auditCycle = item(QStringLiteral("internal_audit"));
    EXPECT_EQ(auditCycle.lastDone, QDate(2026, 11, 4));
    EXPECT_EQ(auditCycle.recordDate, QDate(2026, 11, 4));
    EXPECT_EQ(auditCycle.state, State::Scheduled);
    EXPECT_EQ(item(QStringLiteral("drill")).lastDone, QDate(2026, 11, 10));
    // Half-yearly: the next drill is due by the end of the next half-year.
    EXPECT_EQ(item(QStringLiteral("drill")).nextDue, QDate(2027, 6, 30));
    // A committee meeting is not a management review.
    EXPECT_EQ(item(QStringLiteral("management_review")).lastDone, QDate(2025, 12, 10));
    // The lists and the dashboard say the same.
    EXPECT_EQ(listed(QStringLiteral("internal_audit")), QStringLiteral("2026-11-04"));
    const auto figures = DashboardService(*db).compute(2026, Clock::today());
    for (const auto& r : figures.reviews) {
        EXPECT_NE(r.kind, QStringLiteral("internal_audit"));
        EXPECT_NE(r.kind, QStringLiteral("drill"));
    }

    // A management review planned ahead closes its cycle on the day it is held, not before.
    MeetingService::Meeting review;
    review.title = QStringLiteral("115年度資通安全管理審查會議");
    review.date = QDate(2026, 12, 8);
    review.chairPersonId = committee.chairPersonId;
    MeetingService(*db).create(review);
    EXPECT_EQ(item(QStringLiteral("management_review")).lastDone, QDate(2025, 12, 10));
    clock.moveTo(QDate(2026, 12, 8));
    EXPECT_EQ(item(QStringLiteral("management_review")).lastDone, QDate(2026, 12, 8));
    EXPECT_EQ(item(QStringLiteral("management_review")).state, State::Scheduled);

    // Records removed (by whatever means): their cycles fall back to what came before.
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    remove(QStringLiteral("audits"), audit);
    remove(QStringLiteral("measurements"),
           Sql::scalar(db->connection(),
                       QStringLiteral("SELECT id FROM measurements WHERE drill_id = :d"),
                       {{QStringLiteral("d"), drill}})
               .toLongLong());
    remove(QStringLiteral("drills"), drill);
    EXPECT_EQ(item(QStringLiteral("internal_audit")).lastDone,
              QDate(2024, 10, 15));  // as the cycle had it
    EXPECT_EQ(item(QStringLiteral("internal_audit")).state, State::Overdue);
    EXPECT_EQ(item(QStringLiteral("drill")).lastDone, QDate(2025, 5, 20));
}

TEST_F(CycleRecords, ApprovingARevisionIsThePolicysReview) {
    // The policy's review cycle (last 2025-09-11, yearly) is overdue on 2026-11-20.
    EXPECT_EQ(item(QStringLiteral("document")).state, State::Overdue);
    PolicyService service(*db);
    const qint64 current = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const qint64 draft =
        service.newVersion(current, QStringLiteral("2.1"), QStringLiteral("年度審查修訂"));
    service.setEffectiveDate(
        draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
        QDate(2027, 1, 1));
    service.submitForReview(
        draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft));
    EXPECT_EQ(item(QStringLiteral("document")).state,
              State::Overdue);  // submitted is not yet decided
    const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                QStringLiteral("王大明"), UserRole::Administrator);
    service.approve(draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
                    service.fingerprint(draft), QStringLiteral("主任委員"), password);
    const QDate approved = Clock::nowUtc().date();
    EXPECT_EQ(item(QStringLiteral("document")).lastDone, approved);
    EXPECT_EQ(item(QStringLiteral("document")).state, State::Scheduled);
    // The Policies page's review line says the same.
    EXPECT_EQ(service.reviewState(PolicyRepository(*db).version(draft).documentId, Clock::today())
                  .lastReview,
              approved);
    EXPECT_FALSE(
        service.reviewState(PolicyRepository(*db).version(draft).documentId, Clock::today())
            .overdue);
}
