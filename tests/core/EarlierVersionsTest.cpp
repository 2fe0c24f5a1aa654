// A document's revision history from before the program (修訂紀錄 rows for versions before the
// one imported): kept with the imported version, shown in the document's history from then on,
// carried into new versions without a row twice, and covered by the approved text's fingerprint.
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "import/PolicyTextParser.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

const QString kHistoryFirst = QStringLiteral(ISMS_FIXTURE_DIR "/policies/history-first.txt");

class EarlierVersionsTest : public ::testing::Test {
protected:
    void SetUp() override { db = isms::test::demoDatabase(files.database(QStringLiteral("earlier.sqlite"))); }
    QStringList history(qint64 documentId) {
        QStringList out;
        for (const PolicyService::HistoryLine& l : PolicyService(*db).history(documentId)) {
            out << QStringLiteral("%1 %2 %3 %4%5").arg(l.version, l.effectiveDate.toString(Qt::ISODate), l.changeSummary,
                                                      l.approver, l.earlier ? QStringLiteral(" (earlier)") : QString());
        }
        return out;
    }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(EarlierVersionsTest, TheRowsOfVersionsBeforeTheImportedOneAreKeptWithIt) {
    const PolicyContent parsed = PolicyTextParser().parse(TestFiles::read(kHistoryFirst));
    ASSERT_EQ(parsed.earlierVersions.size(), 2);
    // 修訂人 revised it: no approver is read from that column.
    EXPECT_EQ(parsed.earlierVersions[0], (EarlierVersion{QStringLiteral("1.0"), QDate(2021, 5, 1), QStringLiteral("初版"), QString()}));
    EXPECT_EQ(parsed.earlierVersions[1].version, QStringLiteral("1.1"));
    EXPECT_EQ(parsed.earlierVersions[1].changeSummary, QStringLiteral("修正第三點"));

    const auto imported = PolicyImporter(*db).importFile(kHistoryFirst);
    EXPECT_EQ(PolicyRepository(*db).load(imported.versionId).earlierVersions, parsed.earlierVersions);
    EXPECT_EQ(history(imported.documentId),
              (QStringList{QStringLiteral("1.0 2021-05-01 初版  (earlier)"), QStringLiteral("1.1 2023-03-10 修正第三點  (earlier)"),
                           QStringLiteral("2.0 2024-09-01 依資通安全責任等級分級辦法修正 ")}));
    // What the document was before is part of what this version says, so of its fingerprint.
    PolicyContent without = parsed;
    without.earlierVersions.clear();
    EXPECT_NE(PolicyFingerprint::of(parsed), PolicyFingerprint::of(without));
}

TEST_F(EarlierVersionsTest, ANewVersionGoesBackAsFarWithNoRowTwice) {
    const auto imported = PolicyImporter(*db).importFile(kHistoryFirst);
    const qint64 next = PolicyService(*db).newVersion(imported.versionId, QStringLiteral("2.1"), QStringLiteral("修正第二點"));
    const QStringList lines = history(imported.documentId);
    ASSERT_EQ(lines.size(), 4) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("1.0 ")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1.1 ")));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("2.1 ")));
    EXPECT_EQ(PolicyRepository(*db).load(next).earlierVersions.size(), 2);
}

TEST_F(EarlierVersionsTest, AHistoryAddedToApprovedTextWithSqlIsRefusedAsAltered) {
    const qint64 published = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    PolicyService policies(*db);
    EXPECT_NO_THROW(policies.requireTextAsApproved(published));
    const QString invented = EarlierVersion::toStored({{QStringLiteral("1.0"), QDate(2019, 1, 1), QStringLiteral("初版"), QString()}});
    Sql::run(db->connection(), QStringLiteral("UPDATE document_versions SET earlier_versions = :e WHERE id = :v"),
             {{QStringLiteral("e"), invented}, {QStringLiteral("v"), published}});
    EXPECT_THROW(policies.requireTextAsApproved(published), Error);
}

TEST_F(EarlierVersionsTest, AnImportedVersionComesAfterTheDocumentsVersionsAndItsHistory) {
    const auto imported = PolicyImporter(*db).importFile(kHistoryFirst);
    const int before = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM document_versions")).toInt();
    PolicyContent again = PolicyTextParser().parse(TestFiles::read(kHistoryFirst));
    again.earlierVersions.clear();
    const auto refusal = [&](const QString& version) {
        PolicyContent c = again;
        c.version = version;
        try {
            PolicyImporter(*db).import(c);
        } catch (const Error& e) {
            return e.message();
        }
        return QStringLiteral("accepted");
    };
    // 1.1 is the document's own record from before the program; 0.9 and 1.5 come before 2.0.
    EXPECT_TRUE(refusal(QStringLiteral("1.1")).contains(QStringLiteral("revision history"))) << refusal(QStringLiteral("1.1")).toStdString();
    EXPECT_TRUE(refusal(QStringLiteral("0.9")).contains(QStringLiteral("before the existing version 2.0")));
    EXPECT_TRUE(refusal(QStringLiteral("1.5")).contains(QStringLiteral("before the existing version 2.0")));
    // No version number at all, and no document code.
    EXPECT_TRUE(refusal(QStringLiteral("abc")).contains(QStringLiteral("2.1 or 3.0")));
    EXPECT_TRUE(refusal(QStringLiteral("3.18838")).contains(QStringLiteral("2.1 or 3.0")));
    // 2.00 and 02.0 are 2.0, which exists.
    EXPECT_TRUE(refusal(QStringLiteral("2.00")).contains(QStringLiteral("already has a version 2.0"))) << refusal(QStringLiteral("2.00")).toStdString();
    EXPECT_TRUE(refusal(QStringLiteral("02.0")).contains(QStringLiteral("already has a version 2.0")));
    again.code = QStringLiteral("<b>X</b>/../a';--");
    EXPECT_TRUE(refusal(QStringLiteral("3.0")).contains(QStringLiteral("no document code")));
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM document_versions")).toInt(), before);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM documents WHERE code LIKE '%<b>%'")).toInt(), 0);
    again.code = QStringLiteral("HC-POL-01");
    EXPECT_EQ(refusal(QStringLiteral("2.1")), QStringLiteral("accepted"));
    EXPECT_GT(imported.versionId, 0);
}

TEST_F(EarlierVersionsTest, AVersionGivenAtImportIsNotWarnedAsMissing) {
    const QString file = files.write(QStringLiteral("nov.txt"), "某局政策\n文件編號：NV-1\n安全等級：■內部使用\n\n壹、目的\n確保安全。\n");
    const auto given = PolicyImporter(*db).importFile(file, QString(), QStringLiteral("2.0"));
    for (const ImportWarning& w : given.warnings) EXPECT_FALSE(w.text.contains(QStringLiteral("版本編號"))) << w.text.toStdString();
    const auto missing = PolicyImporter(*db).importFile(file, QStringLiteral("NV-2"), QString());
    ASSERT_EQ(missing.warnings.size(), 1);
    EXPECT_TRUE(missing.warnings.first().text.contains(QStringLiteral("版本編號")));
}

TEST(EarlierVersion, AHistoryTakenFromAPdfAsWordsIsReadToo) {
    // A PDF's table between the title block and the body: words apart by single spaces, the
    // header's words on lines of their own.
    PolicyTextParser parser;
    const PolicyContent c = parser.parseText(QStringLiteral(
        "桃園市政府環境保護局\n資通安全政策\n文件編號：TY-EPB-ISMS-02\n版次：2.0\n\n修訂紀錄\n\n版次 日期\n\n修訂內容\n\n"
        "1.0 110/03/15 初版發行 王小明\n\n1.1 112/08/01 依資通安全管理法修正條文調整第三點 李大華\n\n"
        "2.0 114/06/01 全面改版，新增目標量測 陳美玲\n\n修訂人\n\n壹、目的\n為確保本局資通安全，特訂定本政策。\n"),
        PolicyTextParser::Source::Pdf);
    ASSERT_EQ(c.earlierVersions.size(), 2);
    EXPECT_EQ(c.earlierVersions[1], (EarlierVersion{QStringLiteral("1.1"), QDate(2023, 8, 1), QStringLiteral("依資通安全管理法修正條文調整第三點"), QString()}));
    EXPECT_EQ(c.changeSummary, QStringLiteral("全面改版，新增目標量測"));
    EXPECT_TRUE(c.notice.isEmpty()) << c.notice.toStdString();
    ASSERT_EQ(c.sections.size(), 1u);
}

TEST(EarlierVersion, StoredFormReadsBackAndRefusesWhatIsNone) {
    const QList<EarlierVersion> rows{{QStringLiteral("1.0"), QDate(2021, 5, 1), QStringLiteral("初版"), QStringLiteral("張三")},
                                     {QStringLiteral("1.1"), QDate(), QStringLiteral("修正"), QString()}};
    QList<EarlierVersion> back;
    ASSERT_TRUE(EarlierVersion::fromStored(EarlierVersion::toStored(rows), &back));
    EXPECT_EQ(back, rows);
    EXPECT_TRUE(EarlierVersion::toStored({}).isEmpty());
    EXPECT_FALSE(EarlierVersion::fromStored(QStringLiteral("[{\"summary\":\"no version\"}]"), &back));
    EXPECT_FALSE(EarlierVersion::fromStored(QStringLiteral("初版"), &back));
    EXPECT_EQ(EarlierVersion::readable(rows), QStringLiteral("1.0　110/05/01　初版　張三\n1.1　修正"));
}
