#include <gtest/gtest.h>

#include <QBuffer>

#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Overdue.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

class ActionPlanTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("plan.sqlite")), 2025);
    }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    qint64 person(const QString& name) {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT id FROM people WHERE name = :n"),
                           {{QStringLiteral("n"), name}})
            .toLongLong();
    }
    ActionItem valid() {
        ActionItem a;
        a.planYear = 2025;
        a.title = QStringLiteral("更新資產清冊");
        a.ownerPersonId = person(QStringLiteral("陳美玲"));
        a.dueDate = QDate(2025, 12, 15);
        a.evaluationMethod = QStringLiteral("清冊完成");
        return a;
    }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(ActionPlanTest, TheClauseSixTwoFieldsAreStored) {
    ActionItem a = valid();
    a.resources = QStringLiteral("人力 0.5 人月");
    const qint64 id = ActionPlanService(*db).save(a);
    const ActionItem back = ActionPlanService(*db).load(id);
    EXPECT_EQ(back.title, a.title);
    EXPECT_EQ(back.resources, a.resources);
    EXPECT_EQ(back.ownerPersonId, a.ownerPersonId);
    EXPECT_EQ(back.dueDate, a.dueDate);
    EXPECT_EQ(back.evaluationMethod, a.evaluationMethod);
    EXPECT_EQ(back.status, QStringLiteral("planned"));
}

TEST_F(ActionPlanTest, ValidationRules) {
    ActionPlanService service(*db);
    auto refusal = [&](const std::function<void(ActionItem&)>& spoil) {
        ActionItem a = valid();
        spoil(a);
        QString message;
        errorOf([&] { service.save(a); }, &message);
        return message;
    };
    EXPECT_EQ(refusal([](ActionItem& a) { a.ownerPersonId = 0; }),
              QStringLiteral("Name the person responsible."));
    EXPECT_EQ(refusal([](ActionItem& a) { a.title = QStringLiteral(" "); }),
              QStringLiteral("Say what will be done."));
    EXPECT_EQ(refusal([](ActionItem& a) { a.dueDate = QDate(2026, 1, 15); }),
              QStringLiteral("The due date is outside the plan year: give the reason."));
    EXPECT_EQ(refusal([](ActionItem& a) { a.status = QStringLiteral("done"); }),
              QStringLiteral("Record the measured result before marking the item done."));
    EXPECT_EQ(refusal([](ActionItem& a) { a.status = QStringLiteral("cancelled"); }),
              QStringLiteral("Give the reason for cancelling."));
    EXPECT_EQ(refusal([](ActionItem& a) { a.progress = 120; }),
              QStringLiteral("Progress is between 0 and 100 %."));
    ActionItem late = valid();
    late.dueDate = QDate(2026, 1, 15);
    late.dueReason = QStringLiteral("配合採購期程");
    EXPECT_GT(service.save(late), 0);
    ActionItem done = valid();
    done.status = QStringLiteral("done");
    done.measuredResult = QStringLiteral("已完成");
    EXPECT_EQ(service.load(service.save(done)).progress, 100);
}

TEST_F(ActionPlanTest, AStaleEditIsRefused) {
    ActionPlanService service(*db);
    const qint64 id = service.save(valid());
    ActionItem mine = service.load(id);
    ActionItem theirs = service.load(id);
    theirs.progress = 40;
    service.save(theirs);
    mine.progress = 60;
    EXPECT_EQ(errorOf([&] { service.save(mine); }), Error::Kind::Conflict);
    EXPECT_EQ(service.load(id).progress, 40);
}

TEST_F(ActionPlanTest, BulkStatusIsAllOrNothing) {
    ActionPlanService service(*db);
    const qint64 a = service.save(valid());
    ActionItem other = valid();
    other.title = QStringLiteral("第二項");
    const qint64 b = service.save(other);
    service.setStatus({a, b}, QStringLiteral("in_progress"), QString());
    EXPECT_EQ(service.load(b).status, QStringLiteral("in_progress"));
    QString message;
    EXPECT_EQ(errorOf(
                  [&] {
                      service.setStatus({a, b}, QStringLiteral("done"), QString());
                  },
                  &message),
              Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("measured result")));
    EXPECT_EQ(service.load(a).status, QStringLiteral("in_progress"));
    service.setStatus({a, b}, QStringLiteral("cancelled"), QStringLiteral("預算刪減"));
    EXPECT_EQ(service.load(a).cancelReason, QStringLiteral("預算刪減"));
}

TEST_F(ActionPlanTest, CopyingAYearsPlanIntoTheNext) {
    ActionPlanService service(*db);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE plan_year = 2026")), 0);
    EXPECT_EQ(service.copyToNextYear(2025), 8);
    EXPECT_EQ(
        count(QStringLiteral(
            "SELECT COUNT(*) FROM action_items WHERE plan_year = 2026 AND status = 'planned' AND "
            "progress = 0 AND measured_result = ''")),
        8);
    EXPECT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT MIN(due_date) FROM action_items WHERE plan_year = 2026"))
            .toString(),
        QStringLiteral("2026-06-30"));
    EXPECT_EQ(service.copyToNextYear(2025), 0);  // not twice
}

TEST_F(ActionPlanTest, CsvImportNamesEveryBadRowAndImportsNothing) {
    ActionPlanService service(*db);
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM action_items"));
    const QByteArray bad =
        "plan_year,objective,title,owner,due_date,status,measured_result\n"
        "2025,3,辦理教育訓練,陳美玲,114/10/01,planned,\n"
        "2025,3,,陳美玲,2025-10-01,planned,\n"
        "2025,99,某事項,無此人,2025-10-01,planned,\n"
        "2025,1,\"有逗號, 的事項\",林志豪,2025-13-01,done,\n";
    const auto report = service.importCsv(bad);
    EXPECT_EQ(report.imported, 0);
    ASSERT_EQ(report.errors.size(), 3);
    EXPECT_EQ(report.errors[0].first, 3);
    EXPECT_TRUE(report.errors[0].second.contains(QStringLiteral("Say what will be done")));
    EXPECT_EQ(report.errors[1].first, 4);
    EXPECT_TRUE(report.errors[1].second.contains(QStringLiteral("no objective 99")));
    EXPECT_TRUE(report.errors[1].second.contains(QStringLiteral("nobody is called 無此人")));
    EXPECT_EQ(report.errors[2].first, 5);
    EXPECT_TRUE(
        report.errors[2].second.contains(QStringLiteral("Expected completion is not a date")));
    EXPECT_TRUE(report.errors[2].second.contains(QStringLiteral("measured result")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM action_items")), before);

    const QByteArray good =
        "\xEF\xBB\xBFplan_year,objective,title,owner,due_date,status,progress\r\n"
        "2025,3,辦理教育訓練,陳美玲,114/10/01,In progress,30\r\n"
        "2025,,\"有逗號, 的事項\",林志豪,2025-11-01,planned,\r\n";
    const auto ok = service.importCsv(good);
    EXPECT_TRUE(ok.errors.isEmpty()) << ok.errors.value(0).second.toStdString();
    EXPECT_EQ(ok.imported, 2);
    EXPECT_EQ(
        count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE title = '有逗號, 的事項'")),
        1);
    EXPECT_EQ(
        count(QStringLiteral("SELECT progress FROM action_items WHERE title = '辦理教育訓練'")),
        30);
}

TEST_F(ActionPlanTest, ExportThenImportRoundTrips) {
    ActionPlanService service(*db);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(service.exportCsv(2025, out), 8);
    QByteArray csv = out.data();
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFPlan year,Objective,What will be done,"));
    EXPECT_TRUE(csv.contains(",Done,")) << "a status by its label";
    csv.replace("2025,", "2027,");  // the same plan for another year
    csv.replace("2025-", "2027-");
    const auto report = service.importCsv(csv);
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.value(0).second.toStdString();
    EXPECT_EQ(report.imported, 8);
    EXPECT_EQ(count(QStringLiteral(
                  "SELECT COUNT(*) FROM action_items WHERE plan_year = 2027 AND status = 'done'")),
              5);
}

TEST_F(ActionPlanTest, AViewerChangesNothing) {
    db->setSession(Session::user(2, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    ActionPlanService service(*db);
    EXPECT_EQ(errorOf([&] { service.save(valid()); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.copyToNextYear(2025); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.importCsv("plan_year,title,owner,due_date\n"); }),
              Error::Kind::Permission);
}

TEST_F(ActionPlanTest, OverdueIsComputedFromTheDueDateAndNeverAStatus) {
    ActionPlanService service(*db);
    ActionItem a = valid();
    a.status = QStringLiteral("overdue");
    QString message;
    EXPECT_EQ(errorOf([&] { service.save(a); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("not a status"))) << message.toStdString();
    EXPECT_FALSE(ActionItem::statuses().contains(QStringLiteral("overdue")));
    // A plan written by an older program, with 逾期 (here in English: Overdue) as a status.
    const auto report = service.importCsv(
        "plan_year,title,owner,due_date,status\n2025,盤點,陳美玲,2025-10-01,Overdue\n");
    EXPECT_EQ(report.imported, 0);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_TRUE(report.errors[0].second.contains(QStringLiteral("not a status")));

    // Due on the day: not yet overdue; the day after it is, until done.
    const QDate due(2025, 12, 15);
    EXPECT_FALSE(Overdue::actionItem(due, QStringLiteral("planned"), due));
    EXPECT_TRUE(Overdue::actionItem(due, QStringLiteral("in_progress"), due.addDays(1)));
    EXPECT_FALSE(Overdue::actionItem(due, QStringLiteral("done"), due.addDays(1)));
    EXPECT_FALSE(Overdue::actionItem(due, QStringLiteral("cancelled"), due.addDays(1)));
    EXPECT_TRUE(Overdue::correctiveAction(due, QStringLiteral("open"), due.addDays(1)));
    EXPECT_FALSE(Overdue::correctiveAction(due, QStringLiteral("verified"), due.addDays(1)));
    const auto counted = [&](const QDate& day) {
        return Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM action_items a WHERE a.id = :id AND ") +
                       Overdue::actionItemSql(QStringLiteral("a"), QStringLiteral("d")),
                   {{QStringLiteral("id"), service.save(valid())},
                    {QStringLiteral("d"), day.toString(Qt::ISODate)}})
            .toInt();
    };
    EXPECT_EQ(counted(due), 0);
    EXPECT_EQ(counted(due.addDays(1)), 1);
}
