#include "ByHand.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Session.h"
#include "services/ReviewCalendar.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include "RowVersion.h"

#include <gtest/gtest.h>

#include <QBuffer>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;
using State = ReviewSchedule::State;

namespace {
const ReviewCalendar::Item* find(const QList<ReviewCalendar::Item>& items, const QString& kind, const QString& title = {}) {
    for (const auto& i : items) {
        if (i.kind == kind && (title.isEmpty() || i.title.contains(title))) return &i;
    }
    return nullptr;
}
}  // namespace

// Worked out by hand from the demo (sample year 2025), on 2025-12-31.
TEST(ReviewCalendar, EveryCycleAndObjectiveWithItsNextDueDate) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("cal.sqlite")), 2025);
    isms::test::measuredByHand(*db, 4, 2025);
    const QDate today(2025, 12, 31);
    const auto items = ReviewCalendar(*db).items(today);
    // 4 cycles and objective 4, switched to be measured by hand: 8 is fed by drills, and the others
    // are computed from the records and recorded at their periods' ends.
    EXPECT_EQ(items.size(), 5);
    const auto* policy = find(items, QStringLiteral("document"));
    ASSERT_NE(policy, nullptr);
    EXPECT_EQ(policy->nextDue, QDate(2026, 9, 11));
    EXPECT_EQ(policy->state, State::Scheduled);
    // The management review meeting held on 2025-12-10 closed its cycle: due again a year on.
    EXPECT_EQ(find(items, QStringLiteral("management_review"))->lastDone, QDate(2025, 12, 10));
    EXPECT_EQ(find(items, QStringLiteral("management_review"))->recordDate, QDate(2025, 12, 10));
    EXPECT_EQ(find(items, QStringLiteral("management_review"))->nextDue, QDate(2026, 12, 10));
    EXPECT_EQ(find(items, QStringLiteral("management_review"))->state, State::Scheduled);
    // Half-yearly: the drill of the first half (05-20) is followed by one due by the end of the second.
    EXPECT_EQ(find(items, QStringLiteral("drill"))->nextDue, QDate(2025, 12, 31));
    EXPECT_EQ(find(items, QStringLiteral("objective"), QStringLiteral("Objective 6")), nullptr);
    EXPECT_EQ(find(items, QStringLiteral("objective"), QStringLiteral("Objective 7")), nullptr);
    EXPECT_EQ(find(items, QStringLiteral("objective"), QStringLiteral("Objective 4"))->nextDue, QDate(2025, 12, 11));  // quarterly from 9-11
    EXPECT_EQ(find(items, QStringLiteral("objective"), QStringLiteral("Objective 4"))->state, State::Overdue);

    const auto agenda = ReviewCalendar(*db).agenda(today);
    EXPECT_EQ(agenda.size(), 3);  // audit, drill, objective 4
    EXPECT_EQ(agenda.first().nextDue, QDate(2025, 10, 15));  // the oldest first: the audit
    EXPECT_EQ(ReviewCalendar(*db).between(QDate(2026, 9, 1), QDate(2026, 9, 30), today).size(), 1);  // the policy
}

TEST(ReviewCalendar, CompletingACycleMovesItsNextDueDate) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("cal.sqlite")), 2025);
    isms::test::measuredByHand(*db, 4, 2025);
    ReviewCalendar calendar(*db);
    const qint64 review = find(calendar.items(QDate(2025, 12, 31)), QStringLiteral("management_review"))->cycleId;
    // Marked done by hand after the demo's meeting of 12-10 closed it: the later day counts.
    calendar.complete(review, isms::test::rowVersion(*db, QStringLiteral("review_cycles"), review), QDate(2025, 12, 20), QStringLiteral("資通安全委員會"), QStringLiteral("114年度管理審查"));
    const auto items = calendar.items(QDate(2025, 12, 31));
    const auto* after = find(items, QStringLiteral("management_review"));
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->nextDue, QDate(2026, 12, 20));
    EXPECT_EQ(after->state, State::Scheduled);
    EXPECT_EQ(errorOf([&] { calendar.complete(review, isms::test::rowVersion(*db, QStringLiteral("review_cycles"), review), QDate::currentDate().addDays(3), QStringLiteral("x"), {}); }), Error::Kind::Invalid);
    const qint64 policy = find(calendar.items(QDate(2025, 12, 31)), QStringLiteral("document"))->cycleId;
    EXPECT_EQ(errorOf([&] { calendar.complete(policy, isms::test::rowVersion(*db, QStringLiteral("review_cycles"), policy), QDate(2025, 12, 1), QStringLiteral("x"), {}); }), Error::Kind::Invalid);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    EXPECT_EQ(calendar.writeCsv(calendar.agenda(QDate(2025, 12, 31)), csv), 3);
    EXPECT_TRUE(QString::fromUtf8(csv.data()).contains(QStringLiteral("資通安全內部稽核")));
}

TEST(ReviewCalendar, TheAdministratorAddsACustomCycleAndChangesIt) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("custom.sqlite")), 2025);
    const qint64 person = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '林志豪'")).toLongLong();
    ReviewCalendar calendar(*db);
    const int before = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM review_cycles")).toInt();
    EXPECT_EQ(errorOf([&] { calendar.addCustomCycle({QStringLiteral("委外廠商稽核"), 12, 365, person, {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { calendar.addCustomCycle({QStringLiteral("委外廠商稽核"), 0, 10, person, {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { calendar.addCustomCycle({QStringLiteral("委外廠商稽核"), 12, 30, 0, {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { calendar.addCustomCycle({QStringLiteral(" "), 12, 30, person, {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM review_cycles")).toInt(), before);

    const qint64 id = calendar.addCustomCycle({QStringLiteral("委外廠商稽核"), 6, 14, person, QStringLiteral("新簽約時")});
    // The list is kept: find points into it.
    auto items = calendar.items(QDate(2025, 12, 31));
    const auto* item = find(items, QStringLiteral("custom"), QStringLiteral("委外廠商稽核"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->state, State::NeverDone);
    EXPECT_EQ(item->owner, QStringLiteral("林志豪"));
    calendar.complete(id, isms::test::rowVersion(*db, QStringLiteral("review_cycles"), id), QDate(2025, 12, 1), QStringLiteral("林志豪"), QString());
    items = calendar.items(QDate(2025, 12, 31));
    item = find(items, QStringLiteral("custom"), QStringLiteral("委外廠商稽核"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->nextDue, QDate(2026, 6, 1));

    auto cycle = calendar.cycle(id);
    auto stale = cycle;
    cycle.intervalMonths = 3;
    calendar.updateCycle(id, cycle);
    EXPECT_EQ(find(calendar.items(QDate(2025, 12, 31)), QStringLiteral("custom"))->nextDue, QDate(2026, 3, 1));
    stale.leadDays = 7;
    EXPECT_EQ(errorOf([&] { calendar.updateCycle(id, stale); }), Error::Kind::Conflict);
    EXPECT_EQ(calendar.cycle(id).leadDays, 14);

    db->setSession(Session::user(2, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { calendar.addCustomCycle({QStringLiteral("x"), 12, 30, person, {}}); }), Error::Kind::Permission);
}
