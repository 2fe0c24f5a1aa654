#include "DemoDatabase.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "import/PolicyTextParser.h"
#include "services/DemoContent.h"
#include "services/PolicyImporter.h"
#include "services/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "PolicyTextReport.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class DemoContentTest : public ::testing::Test {
protected:
    void SetUp() override { db = isms::test::demoDatabase(files.database(QStringLiteral("demo.sqlite"))); }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    QString text(const QString& sql) { return Sql::scalar(db->connection(), sql).toString(); }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(DemoContentTest, HoldsTheSeedPolicyAsPublishedVersion) {
    const auto v = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
    EXPECT_EQ(v.version, QStringLiteral("2.0"));
    EXPECT_EQ(v.status, VersionStatus::Published);
    EXPECT_EQ(v.effectiveDate, QDate(2025, 9, 11));
    EXPECT_EQ(v.classification, Classification::Internal);
    EXPECT_EQ(PolicyRepository(*db).sectionCount(v.id), 39);
    const PolicyContent content = PolicyRepository(*db).load(v.id);
    EXPECT_EQ(content.notice, QStringLiteral("使用本文件前，如對版本有疑問，請與資通安全執行小組確認最新版次。"));
    EXPECT_EQ(content.orgNameEn, QStringLiteral("Civil Affairs Bureau, Kaohsiung City Government"));
}

TEST_F(DemoContentTest, StoredPolicyShowsExactlyAsTheSeedParses) {
    // Nothing is lost between the seed text, the database and the text shown back.
    const auto v = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
    const QString fromDatabase = isms::reports::PolicyTextReport::render(PolicyRepository(*db).load(v.id));
    QFile seed(DemoContent::seedPolicyPath());
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const QString fromSeed = isms::reports::PolicyTextReport::render(PolicyTextParser().parse(seed.readAll()));
    EXPECT_EQ(fromDatabase, fromSeed);
}

TEST_F(DemoContentTest, RegistersDerivedFromThePolicy) {
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM version_references")), 5);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM legal_references WHERE kind = 'law'")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM legal_references WHERE kind = 'regulation'")), 2);
    EXPECT_EQ(text(QStringLiteral("SELECT title FROM legal_references WHERE kind = 'standard'")), QStringLiteral("ISO/CNS 27001"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scope_items")), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scope_items WHERE kind = 'vendor'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scope_items WHERE kind = 'agency'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM policy_statements")), 2);
    EXPECT_EQ(text(QStringLiteral("SELECT text FROM policy_statements ORDER BY position LIMIT 1")),
              QStringLiteral("強化人員認知、避免資料外洩"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM objectives")), 8);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM objective_wordings")), 8);
    EXPECT_EQ(text(QStringLiteral("SELECT text FROM objective_wordings WHERE number = 6")),
              QStringLiteral("確保本局暨所屬機關關鍵核心系統維持一定水準的系統可用性。"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM responsibilities")), 5);
    EXPECT_EQ(text(QStringLiteral("SELECT r.code FROM responsibilities x JOIN roles r ON r.id = x.role_id WHERE x.position = 0")),
              QStringLiteral("committee"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM review_cycles WHERE subject_kind = 'document' AND "
                                   "interval_months = 12 AND last_done = '2025-09-11' AND trigger_note LIKE '%重大變更%'")),
              1);
}

TEST_F(DemoContentTest, EveryObjectiveHasAKpi) {
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM objectives WHERE kpi_name <> '' AND target IS NOT NULL "
                                   "AND owner_role_id IS NOT NULL")),
              8);
    EXPECT_DOUBLE_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT o.target FROM objectives o JOIN objective_wordings w "
                                                                  "ON w.objective_id = o.id WHERE w.number = 6"))
                         .toDouble(),
                     99.5);
    EXPECT_EQ(text(QStringLiteral("SELECT o.frequency FROM objectives o JOIN objective_wordings w ON w.objective_id = o.id "
                                  "WHERE w.number = 8")),
              QStringLiteral("half_yearly"));
}

TEST_F(DemoContentTest, OrganisationAndRoles) {
    for (const char* unit : {"高雄市政府民政局", "兵役處", "殯葬管理處", "各戶政事務所"}) {
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM org_units WHERE name = '%1'").arg(QString::fromUtf8(unit))), 1)
            << unit;
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM org_units u JOIN org_units p ON p.id = u.parent_id "
                                   "WHERE p.name = '高雄市政府民政局'")),
              3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM roles")), 6);
}

TEST_F(DemoContentTest, SampleRecordsSayTheyAreSamples) {
    const QString note = DemoContent::sampleNote();
    for (const char* table : {"people", "action_items", "measurements", "drills", "meetings"}) {
        const QString t = QString::fromLatin1(table);
        const int all = count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t));
        EXPECT_GT(all, 0) << table;
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE notes = '%2'").arg(t, note)), all) << table;
    }
}

TEST_F(DemoContentTest, EveryChangeIsInAnIntactAuditTrail) {
    const auto v = AuditLog(*db).verify();
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.entries, count(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    EXPECT_GE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'sections'")), 39);
}

TEST_F(DemoContentTest, AnEmptyDatabaseWhenAskedFor) {
    auto empty = Workspace::open(files.database(QStringLiteral("empty.sqlite")), false);
    EXPECT_EQ(Sql::scalar(empty->connection(), QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 0);
}

TEST_F(DemoContentTest, ANewDatabaseGetsTheDemoWithThisYearsPlan) {
    auto fresh = Workspace::open(files.database(QStringLiteral("fresh.sqlite")));
    EXPECT_TRUE(fresh->wasCreated());
    const int year = QDate::currentDate().year();
    EXPECT_EQ(Sql::scalar(fresh->connection(), QStringLiteral("SELECT COUNT(*) FROM action_items WHERE plan_year = :y"),
                          {{QStringLiteral("y"), year}})
                  .toInt(),
              8);
    EXPECT_EQ(PolicyRepository(*fresh).find(QStringLiteral("ISMS-01-01")).effectiveDate, QDate(2025, 9, 11));
    // Opening it again adds nothing.
    fresh.reset();
    auto again = Workspace::open(files.database(QStringLiteral("fresh.sqlite")));
    EXPECT_EQ(Sql::scalar(again->connection(), QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
}

TEST_F(DemoContentTest, ImportAddsAVersionAsDraft) {
    const QString file = files.write(QStringLiteral("p.txt"), TestFiles::seedPolicy());
    const auto result = PolicyImporter(*db).importFile(file, QString(), QStringLiteral("2.1"));
    EXPECT_EQ(result.sections, 39);
    EXPECT_EQ(result.objectives, 8);
    const auto v = PolicyRepository(*db).version(result.versionId);
    EXPECT_EQ(v.status, VersionStatus::Draft);
    EXPECT_EQ(PolicyRepository(*db).versions(v.documentId).size(), 2);
    // Without a version named, the published one is still the one shown.
    EXPECT_EQ(PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).version, QStringLiteral("2.0"));
    EXPECT_EQ(PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.1")).id, result.versionId);
}

TEST_F(DemoContentTest, FailedImportCreatesNothing) {
    const int audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const int sections = count(QStringLiteral("SELECT COUNT(*) FROM sections"));
    const QString file = files.write(QStringLiteral("p.txt"), TestFiles::seedPolicy());
    try {
        PolicyImporter(*db).importFile(file);  // version 2.0 exists already
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Invalid);
        EXPECT_TRUE(e.message().contains(QStringLiteral("2.0")));
    }
    const QString bad = files.write(QStringLiteral("bad.txt"), "no numbering at all\n");
    EXPECT_THROW(PolicyImporter(*db).importFile(bad, QStringLiteral("X-1"), QStringLiteral("1.0")), Error);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sections")), sections);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
}

TEST_F(DemoContentTest, ImportNeedsACode) {
    const QString file = files.write(QStringLiteral("nocode.txt"), "某機關政策\n\n壹、目的\n\n確保安全。\n");
    try {
        PolicyImporter(*db).importFile(file);
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("--document")));
    }
    const auto result = PolicyImporter(*db).importFile(file, QStringLiteral("OTHER-1"), QStringLiteral("1.0"));
    EXPECT_EQ(result.sections, 1);
    EXPECT_EQ(result.objectives, 0);
}
