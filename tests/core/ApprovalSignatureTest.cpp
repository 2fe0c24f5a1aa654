#include <gtest/gtest.h>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/PolicyService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

// An approval is a signature: what it needs is checked before review, and the approver's
// password is asked again and counted like a sign-in.
class ApprovalSignature : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("signature.sqlite"));
        db = isms::test::demoDatabase(location);
        const VersionSummary current = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
        draft = PolicyService(*db).newVersion(current.id, QStringLiteral("2.1"),
                                              QStringLiteral("年度修訂"));
    }
    int row() { return isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft); }
    QString status() {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT status FROM document_versions WHERE id = :id"),
                           {{QStringLiteral("id"), draft}})
            .toString();
    }
    int approvals() {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM approvals WHERE version_id = :v"),
                           {{QStringLiteral("v"), draft}})
            .toInt();
    }
    int failures(const QString& username) {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT failed_attempts FROM users WHERE username = :u"),
                           {{QStringLiteral("u"), username}})
            .toInt();
    }
    void toReview() {
        PolicyService(*db).setEffectiveDate(draft, row(), QDate(2027, 1, 1));
        PolicyService(*db).submitForReview(draft, row());
    }
    // As a workstation that writes around the program's checks would, for what the editor
    // cannot leave empty.
    void write(const QString& table, qint64 id, const QVariantMap& values) {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db))
            .update(table, id, isms::test::rowVersion(*db, table, id), values);
        tx.commit();
    }
    Error::Kind approve(const QString& password, QString* message = nullptr) {
        return errorOf(
            [&] {
                PolicyService(*db).approve(draft, row(), PolicyService(*db).fingerprint(draft),
                                           QStringLiteral("主任委員"), password);
            },
            message);
    }

    TestFiles files;
    QString location;
    std::unique_ptr<Database> db;
    qint64 draft = 0;
};

}  // namespace

TEST_F(ApprovalSignature, SubmittingListsEverythingApprovalWouldNeed) {
    write(QStringLiteral("document_versions"), draft, {{QStringLiteral("org_name"), QString()}});
    const qint64 section =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT MIN(id) FROM sections WHERE version_id = :v"),
                    {{QStringLiteral("v"), draft}})
            .toLongLong();
    write(QStringLiteral("sections"), section, {{QStringLiteral("heading"), QStringLiteral("  ")}});
    const qint64 objective =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT objective_id FROM objective_wordings WHERE version_id = "
                                   ":v AND number = 2"),
                    {{QStringLiteral("v"), draft}})
            .toLongLong();
    ASSERT_NE(objective, 0);
    write(QStringLiteral("objectives"), objective, {{QStringLiteral("kpi_name"), QString()}});
    const int before = row();

    QString message;
    EXPECT_EQ(errorOf([&] { PolicyService(*db).submitForReview(draft, row()); }, &message),
              Error::Kind::Invalid);
    for (const char* item : {"Version 2.1 is not ready for approval", "organisation's name",
                             "effective date is not set", "Section 壹、 has no heading",
                             "Objective 2 has no measurable indicator"})
        EXPECT_TRUE(message.contains(QString::fromUtf8(item))) << item << message.toStdString();
    EXPECT_EQ(status(), QStringLiteral("draft"));
    EXPECT_EQ(row(), before);  // nothing moved

    // Completed, it goes to review.
    write(QStringLiteral("document_versions"), draft,
          {{QStringLiteral("org_name"), QStringLiteral("高雄市政府民政局")}});
    write(QStringLiteral("sections"), section,
          {{QStringLiteral("heading"), QStringLiteral("依據")}});
    write(QStringLiteral("objectives"), objective,
          {{QStringLiteral("kpi_name"), QStringLiteral("演練通過率")}});
    toReview();
    EXPECT_EQ(status(), QStringLiteral("in_review"));
}

TEST_F(ApprovalSignature, AWrongPasswordIsRefusedAndCountedLikeASignIn) {
    toReview();
    const QString password =
        isms::test::signIn(*db, QStringLiteral("chair"), QStringLiteral("王大明"), UserRole::Chair);
    QString message;
    EXPECT_EQ(approve(QString(), &message), Error::Kind::Invalid);  // no password, no try
    EXPECT_EQ(failures(QStringLiteral("chair")), 0);
    EXPECT_EQ(approve(QStringLiteral("not my password"), &message), Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("not the password of chair")))
        << message.toStdString();
    EXPECT_EQ(failures(QStringLiteral("chair")), 1);
    EXPECT_EQ(approvals(), 0);
    EXPECT_EQ(status(), QStringLiteral("in_review"));

    // Guessing runs into the sign-in's lock: then even the right password waits.
    for (int i = 0; i < 4; ++i) approve(QStringLiteral("not my password"));
    EXPECT_EQ(failures(QStringLiteral("chair")), 5);
    EXPECT_EQ(approve(password, &message), Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("Too many failed attempts")))
        << message.toStdString();
    EXPECT_EQ(approvals(), 0);

    isms::test::MovedClock clock;
    clock.forward(1);
    PolicyService(*db).approve(draft, row(), PolicyService(*db).fingerprint(draft),
                               QStringLiteral("主任委員"), password);
    EXPECT_EQ(status(), QStringLiteral("approved"));
    EXPECT_EQ(approvals(), 1);
    EXPECT_EQ(failures(QStringLiteral("chair")), 0);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT approver_name || ' ' || approver_title FROM "
                                         "approvals WHERE version_id = :v"),
                          {{QStringLiteral("v"), draft}})
                  .toString(),
              QStringLiteral("王大明 主任委員"));
}

TEST_F(ApprovalSignature, ASessionWithoutAnAccountCannotSign) {
    toReview();
    db->setSession(isms::test::administrator(QStringLiteral("no-account")));
    QString message;
    EXPECT_EQ(approve(QStringLiteral("any password 1"), &message), Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("account of their own"))) << message.toStdString();
    EXPECT_EQ(approvals(), 0);
}

TEST_F(ApprovalSignature, ARoleTakenAwayMeanwhileApprovesNothing) {
    toReview();
    const QString password =
        isms::test::signIn(*db, QStringLiteral("chair"), QStringLiteral("王大明"), UserRole::Chair);
    // Meanwhile, at another workstation, an administrator makes the chair a viewer.
    auto other = Database::open(location);
    isms::test::signIn(*other, QStringLiteral("chief"), QStringLiteral("王局長"),
                       UserRole::Administrator);
    const qint64 chair =
        Sql::scalar(other->connection(),
                    QStringLiteral("SELECT id FROM users WHERE username = 'chair'"))
            .toLongLong();
    UserService(*other).setRole(
        chair, isms::test::rowVersion(*other, QStringLiteral("users"), chair), UserRole::Viewer);
    EXPECT_EQ(approve(password), Error::Kind::Permission);
    EXPECT_EQ(approvals(), 0);
    EXPECT_EQ(status(), QStringLiteral("in_review"));
    EXPECT_EQ(db->session().role, UserRole::Viewer);  // the session is the account as it now is
}
