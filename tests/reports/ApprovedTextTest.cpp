// Issue #23: published text changed with direct SQL is found — by check, by verify and by every
// export of the version — while the genuine approved copy stays valid.
#include <gtest/gtest.h>

#include <QFileInfo>
#include <QSqlQuery>

#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "PolicyCopyReport.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/CopyVerifier.h"
#include "services/DatabaseCheck.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

class ApprovedText : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("approved.sqlite")));
        version = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.0"));
        genuine = PolicyService(*db).fingerprint(version.id);
    }
    // What someone with the file does: one word of a section, straight in the table.
    void tamper() {
        Sql::run(db->connection(),
                 QStringLiteral("UPDATE sections SET body = body || '（另有規定者從其規定）' WHERE "
                                "id = (SELECT MIN(id) FROM "
                                "sections WHERE version_id = :v AND body <> '')"),
                 {{QStringLiteral("v"), version.id}});
    }
    // No copy of the version is made: its text is not what was approved.
    void expectNotPrinted() {
        QString message;
        EXPECT_EQ(
            errorOf([&] { isms::reports::PolicyCopyReport::inputFor(*db, version.id); }, &message),
            Error::Kind::Refused);
        EXPECT_TRUE(message.contains(QStringLiteral("is not the text that was approved")))
            << message.toStdString();
    }
    TestFiles files;
    std::unique_ptr<Database> db;
    VersionSummary version;
    QString genuine;
};

}  // namespace

TEST_F(ApprovedText, TheDemoVersionInForceIsApprovedAndSound) {
    EXPECT_EQ(PolicyService(*db).approvedFingerprint(version.id), genuine);
    EXPECT_TRUE(DatabaseCheck(*db).run(true).sound());
    EXPECT_NO_THROW(PolicyService(*db).requireTextAsApproved(version.id));
}

TEST_F(ApprovedText, CheckNamesTheAlteredVersion) {
    tamper();
    const auto report = DatabaseCheck(*db).run(true);
    EXPECT_FALSE(report.sound());
    const QString all = report.lines().join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(
        QStringLiteral("ISMS-01-01 version 2.0: its text is not the text that was approved")))
        << all.toStdString();
}

TEST_F(ApprovedText, VerifyKeepsTheGenuineCopyAndRefusesTheAlteredOne) {
    tamper();
    const QString altered = PolicyService(*db).fingerprint(version.id);
    ASSERT_NE(altered, genuine);
    const CopyVerifier verifier(*db);
    const auto real = verifier.verifyFingerprint(genuine);
    EXPECT_EQ(real.kind, CopyVerifier::Verdict::Current);
    EXPECT_TRUE(real.databaseAltered);
    EXPECT_TRUE(real.message().contains(QStringLiteral("changed outside the program")))
        << real.message().toStdString();
    const auto fake = verifier.verifyFingerprint(altered);
    EXPECT_EQ(fake.kind, CopyVerifier::Verdict::Altered);
    EXPECT_TRUE(fake.message().startsWith(QStringLiteral("This copy is not valid")))
        << fake.message().toStdString();
    // By the printed short form too.
    EXPECT_EQ(verifier.verifyFingerprint(altered.left(16)).kind, CopyVerifier::Verdict::Altered);
}

TEST_F(ApprovedText, NoCopyOfAlteredTextIsPrintedOrExported) {
    const qint64 draft =
        PolicyService(*db).newVersion(version.id, QStringLiteral("2.1"), QStringLiteral("修訂"));
    tamper();
    expectNotPrinted();
    EXPECT_EQ(errorOf([&] { PolicyService(*db).requireTextAsApproved(version.id); }),
              Error::Kind::Refused);
    // A draft has no approval to keep to: it prints.
    EXPECT_NO_THROW(isms::reports::PolicyCopyReport::inputFor(*db, draft));
    // The altered text is not carried into a new version, to be approved there.
    QString message;
    EXPECT_EQ(errorOf(
                  [&] {
                      PolicyService(*db).newVersion(version.id, QStringLiteral("2.2"),
                                                    QStringLiteral("修訂"));
                  },
                  &message),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("taken into a new version")))
        << message.toStdString();
    EXPECT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM document_versions WHERE version = '2.2'"))
            .toInt(),
        0);
}

TEST_F(ApprovedText, ABackupOfAlteredTextIsNoSoundCopyToRestore) {
    if (db->engine() != Database::Engine::SQLite)
        GTEST_SKIP() << "backups and restores are of files";
    tamper();
    const QString copy = files.path(QStringLiteral("altered-copy.sqlite"));
    {
        QSqlQuery vacuum(db->connection());
        ASSERT_TRUE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)))
            << "file engine only";
    }
    const QString target = files.path(QStringLiteral("target.sqlite"));
    QString message;
    EXPECT_EQ(
        errorOf([&] { BackupService::restore(copy, target, QStringLiteral("admin")); }, &message),
        Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("is not the text that was approved")))
        << message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST_F(ApprovedText, AFingerprintWrittenIntoTheApprovalWithTheTextIsNotTheApprovers) {
    tamper();
    const QString altered = PolicyService(*db).fingerprint(version.id);
    // The approval row made to match the altered text, as someone who rebuilt the fingerprint
    // would.
    Sql::run(db->connection(),
             QStringLiteral("UPDATE approvals SET fingerprint = :f WHERE version_id = :v"),
             {{QStringLiteral("f"), altered}, {QStringLiteral("v"), version.id}});
    EXPECT_EQ(PolicyService(*db).approvedFingerprint(version.id), genuine);
    expectNotPrinted();
    const CopyVerifier verifier(*db);
    EXPECT_EQ(verifier.verifyFingerprint(altered).kind, CopyVerifier::Verdict::Altered);
    const auto real = verifier.verifyFingerprint(genuine);
    EXPECT_EQ(real.kind, CopyVerifier::Verdict::Current);
    EXPECT_TRUE(real.databaseAltered);
    // An approval written in whole, with no entry, approves nothing either.
    Sql::run(db->connection(),
             QStringLiteral("INSERT INTO approvals (version_id, approver_name, approver_title, "
                            "approver_role, approved_at, "
                            "fingerprint) SELECT version_id, approver_name, approver_title, "
                            "approver_role, approved_at, "
                            ":f FROM approvals WHERE version_id = :v"),
             {{QStringLiteral("f"), altered}, {QStringLiteral("v"), version.id}});
    EXPECT_EQ(PolicyService(*db).approvedFingerprint(version.id), genuine);
    EXPECT_EQ(verifier.verifyFingerprint(altered).kind, CopyVerifier::Verdict::Altered);
}
