#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "RowVersion.h"
#include "TestFiles.h"
#include "services/AuditService.h"
#include "services/DashboardService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;

namespace {

class AuditServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("audit.sqlite")), 2025);
        person = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '林志豪'")).toLongLong();
        audit = AuditService(*db).addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1), QDate(2025, 10, 3),
                                            QStringLiteral("兵役處；A.5、A.8"), QStringLiteral("張淑芬"), QStringLiteral("兵役處")});
    }
    int seen(const QString& table, qint64 id) { return rowVersion(*db, table, id); }
    QString status(const QString& table, qint64 id) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT status FROM %1 WHERE id = :id").arg(table),
                           {{QStringLiteral("id"), id}})
            .toString();
    }
    TestFiles files;
    std::unique_ptr<Database> db;
    qint64 person = 0;
    qint64 audit = 0;
};

}  // namespace

TEST_F(AuditServiceTest, ANonconformityClosesOnlyWhenItsActionIsVerifiedEffective) {
    AuditService s(*db);
    const qint64 finding = s.addFinding(audit, {QStringLiteral("minor"), QStringLiteral("A.8.2"),
                                                QStringLiteral("離職人員帳號未於期限內停用"), QStringLiteral("帳號清單")});
    EXPECT_EQ(errorOf([&] { s.closeFinding(finding, seen(QStringLiteral("findings"), finding)); }), Error::Kind::Invalid);
    const qint64 action = s.addCorrectiveAction(finding, {QStringLiteral("離職流程未通知資訊室"), QStringLiteral("離職單加會資訊室"),
                                                          person, QDate(2025, 11, 30)});
    EXPECT_EQ(errorOf([&] { s.verify(action, seen(QStringLiteral("corrective_actions"), action), QDate(2025, 12, 1), person, true, QStringLiteral("抽查無誤")); }), Error::Kind::Invalid);
    s.markActionDone(action, seen(QStringLiteral("corrective_actions"), action));
    s.verify(action, seen(QStringLiteral("corrective_actions"), action), QDate(2025, 12, 1), person, false, QStringLiteral("仍有 1 個帳號未停用"));
    EXPECT_EQ(status(QStringLiteral("corrective_actions"), action), QStringLiteral("in_progress"));
    EXPECT_EQ(status(QStringLiteral("findings"), finding), QStringLiteral("open"));
    s.markActionDone(action, seen(QStringLiteral("corrective_actions"), action));
    s.verify(action, seen(QStringLiteral("corrective_actions"), action), QDate(2025, 12, 15), person, true, QStringLiteral("抽查 20 筆均已停用"));
    EXPECT_EQ(status(QStringLiteral("corrective_actions"), action), QStringLiteral("verified"));
    EXPECT_EQ(status(QStringLiteral("findings"), finding), QStringLiteral("closed"));
}

TEST_F(AuditServiceTest, ObservationsCloseWithoutACorrectiveAction) {
    AuditService s(*db);
    const qint64 observation = s.addFinding(audit, {QStringLiteral("observation"), QString(), QStringLiteral("備份紀錄格式不一"), {}});
    EXPECT_EQ(errorOf([&] { s.addCorrectiveAction(observation, {QStringLiteral("x"), QStringLiteral("y"), person, QDate(2025, 12, 1)}); }),
              Error::Kind::Invalid);
    s.closeFinding(observation, seen(QStringLiteral("findings"), observation));
    EXPECT_EQ(status(QStringLiteral("findings"), observation), QStringLiteral("closed"));
}

TEST_F(AuditServiceTest, OpenFindingsFeedTheOverviewAndRightsHold) {
    AuditService s(*db);
    const qint64 finding = s.addFinding(audit, {QStringLiteral("major"), QStringLiteral("A.5.1"), QStringLiteral("資安政策未公告"), {}});
    EXPECT_EQ(DashboardService(*db).compute(2025, QDate(2025, 12, 31)).openFindings.value(QStringLiteral("major")), 1);
    const qint64 action = s.addCorrectiveAction(finding, {QStringLiteral("未排定"), QStringLiteral("公告政策"), person, QDate(2025, 12, 15)});
    EXPECT_EQ(DashboardService(*db).compute(2025, QDate(2025, 12, 15)).correctiveOverdue, 0);  // due that day
    EXPECT_EQ(DashboardService(*db).compute(2025, QDate(2025, 12, 16)).correctiveOverdue, 1);
    s.markActionDone(action, seen(QStringLiteral("corrective_actions"), action));
    EXPECT_EQ(DashboardService(*db).compute(2025, QDate(2025, 12, 16)).correctiveOverdue, 0);
    EXPECT_EQ(errorOf([&] { s.addFinding(audit, {QStringLiteral("critical"), {}, QStringLiteral("x"), {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { s.addAudit({QStringLiteral("x"), QDate(2025, 10, 5), QDate(2025, 10, 1), {}, QStringLiteral("a"), {}}); }),
              Error::Kind::Invalid);
    db->setSession(Session::user(8, QStringLiteral("e"), QStringLiteral("E"), UserRole::Editor));  // editors do not audit
    EXPECT_EQ(errorOf([&] { s.addFinding(audit, {QStringLiteral("minor"), {}, QStringLiteral("x"), {}}); }), Error::Kind::Permission);
    db->setSession(Session::user(9, QStringLiteral("a"), QStringLiteral("A"), UserRole::Auditor));
    EXPECT_GT(s.addFinding(audit, {QStringLiteral("minor"), {}, QStringLiteral("auditors do"), {}}), 0);
}
