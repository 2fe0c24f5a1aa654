// A version's numbering scheme as stored: imported with the document, printed from it, chosen in
// a draft, locked with the approved text, and part of what tamper evidence covers.
#include "Administrator.h"
#include "DemoDatabase.h"
#include "PolicyTextReport.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "import/PolicyTextParser.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class ImportedNumberingTest : public ::testing::Test {
protected:
    void SetUp() override { db = isms::test::demoDatabase(files.database(QStringLiteral("numbering.sqlite"))); }
    qint64 importFixture(const QString& name) {
        return PolicyImporter(*db).importFile(QStringLiteral(ISMS_FIXTURE_DIR "/policies/") + name).versionId;
    }
    int rowVersion(qint64 versionId) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT row_version FROM document_versions WHERE id = :v"),
                           {{QStringLiteral("v"), versionId}})
            .toInt();
    }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(ImportedNumberingTest, AnImportedDocumentKeepsItsOwnNumbering) {
    const qint64 version = importFixture(QStringLiteral("decimal-outline.txt"));
    const PolicyContent stored = PolicyRepository(*db).load(version);
    EXPECT_EQ(stored.numbering.sample(), QStringLiteral("1.／1.1／1.1.1"));
    EXPECT_EQ(stored.numbering,
              PolicyTextParser().parse(TestFiles::read(QStringLiteral(ISMS_FIXTURE_DIR "/policies/decimal-outline.txt"))).numbering);
    const QString shown = isms::reports::PolicyTextReport::render(stored);
    EXPECT_TRUE(shown.contains(QStringLiteral("\n3.1.2 應每年辦理資訊安全教育訓練。\n"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("壹、")));
    // The demo's version, stored before schemes were data, is the government scheme, stored as none.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM document_versions WHERE numbering = ''")).toInt(), 1);
    EXPECT_TRUE(PolicyRepository(*db).load(PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id).numbering.isGovernment());
}

TEST_F(ImportedNumberingTest, ArticlesNumberedOnThroughTheirChaptersAreStoredAndShownSo) {
    const qint64 version = importFixture(QStringLiteral("chapters-articles.txt"));
    const PolicyContent stored = PolicyRepository(*db).load(version);
    EXPECT_TRUE(stored.numbering.level(1).continues);
    EXPECT_FALSE(stored.numbering.level(2).continues);
    const QString shown = isms::reports::PolicyTextReport::render(stored);
    EXPECT_TRUE(shown.contains(QStringLiteral("第三條 本府設資通安全管理委員會"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("第六條 本規定自發布日施行。")));
    EXPECT_TRUE(shown.contains(QStringLiteral("一、審議資通安全政策。")));
    EXPECT_FALSE(shown.contains(QStringLiteral("第一條 本府設")));
    // The fingerprint reads the articles' numbers as printed.
    EXPECT_TRUE(PolicyFingerprint::canonicalText(stored).contains(QStringLiteral("第六條 本規定"))) << PolicyFingerprint::canonicalText(stored).toStdString();
}

TEST_F(ImportedNumberingTest, ADraftChoosesItsNumberingAndAStaleChoiceIsRefused) {
    const qint64 version = importFixture(QStringLiteral("bullets-restart.txt"));
    SectionEditor editor(*db, version);
    const PolicyContent before = PolicyRepository(*db).load(version);
    SectionEditor::TitleBlock block{before.title, before.classification, before.effectiveDate, before.notice,
                                    NumberingScheme::government()};
    const int expected = rowVersion(version);
    editor.setTitleBlock(expected, block);
    const PolicyContent after = PolicyRepository(*db).load(version);
    EXPECT_TRUE(after.numbering.isGovernment());
    EXPECT_NE(PolicyFingerprint::of(after), PolicyFingerprint::of(before));
    EXPECT_EQ(after.numbering.label({1, 0, 2}), QStringLiteral("(三)"));
    // The same call again carries a row version that is no longer the row's.
    block.numbering = NumberingScheme::preset(NumberingScheme::Preset::Articles);
    EXPECT_THROW(editor.setTitleBlock(expected, block), Error);
    EXPECT_TRUE(PolicyRepository(*db).load(version).numbering.isGovernment());
    // A title block saved without a numbering leaves the numbering as it is.
    block.numbering.reset();
    block.title = QStringLiteral("資通安全政策（修）");
    editor.setTitleBlock(rowVersion(version), block);
    EXPECT_TRUE(PolicyRepository(*db).load(version).numbering.isGovernment());
}

TEST_F(ImportedNumberingTest, TheApprovedNumberingIsLockedAndItsAlterationIsDetected) {
    const qint64 published = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    SectionEditor editor(*db, published);
    const PolicyContent c = PolicyRepository(*db).load(published);
    EXPECT_THROW(editor.setTitleBlock(rowVersion(published), {c.title, c.classification, c.effectiveDate, c.notice,
                                                              NumberingScheme::preset(NumberingScheme::Preset::Decimal)}),
                 Error);
    PolicyService policies(*db);
    EXPECT_NO_THROW(policies.requireTextAsApproved(published));
    // Changed with direct SQL, the approved text numbers its sections otherwise: refused.
    Sql::run(db->connection(), QStringLiteral("UPDATE document_versions SET numbering = :n WHERE id = :v"),
             {{QStringLiteral("n"), NumberingScheme::preset(NumberingScheme::Preset::Decimal).toStored()},
              {QStringLiteral("v"), published}});
    EXPECT_THROW(policies.requireTextAsApproved(published), Error);
}
