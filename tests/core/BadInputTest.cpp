// Issue #23: bad input gets a sentence and loses nothing — invalid dates, characters that make
// a text read differently from what it holds, a law listed twice, a rule of the schema broken.
#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/TextSafety.h"
#include "import/PolicyTextParser.h"
#include "services/ActionPlanService.h"
#include "services/PolicyImporter.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

const QByteArray kPolicy = "某機關\n資訊安全政策\n文件編號：BAD-01\n版本編號：1.0\n生效日期：%DATE%\n\n"
                           "壹、目的\n\n確保資訊安全。\n\n貳、依據\n\n一、資通安全管理法。\n二、資通安全管理法。\n"
                           "三、個人資料保護法。\n";

QByteArray policyWith(const char* date) { return QByteArray(kPolicy).replace("%DATE%", date); }

class BadInput : public ::testing::Test {
protected:
    void SetUp() override { db = isms::test::demoDatabase(files.database(QStringLiteral("bad.sqlite"))); }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(BadInput, AnEffectiveDateThatIsNoDateIsRefusedNamingItsLine) {
    QString message;
    EXPECT_EQ(errorOf([&] { PolicyTextParser().parse(policyWith("114年13月45日")); }, &message), Error::Kind::Invalid);
    EXPECT_EQ(message, QStringLiteral("Line 5: the effective date “114年13月45日” is not a date (write it as 114年9月11日 or "
                                      "2025-09-11)."));
    const int versions = count(QStringLiteral("SELECT COUNT(*) FROM document_versions"));
    EXPECT_EQ(errorOf([&] { PolicyImporter(*db).importFile(files.write(QStringLiteral("feb30.txt"), policyWith("114年2月30日"))); }),
              Error::Kind::Invalid);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM document_versions")), versions);
    EXPECT_EQ(PolicyTextParser().parse(policyWith("114年2月28日")).effectiveDate, QDate(2025, 2, 28));
}

TEST_F(BadInput, ALawListedTwiceIsOneReferenceAndTheImportSucceeds) {
    const auto result = PolicyImporter(*db).importFile(files.write(QStringLiteral("twice.txt"), policyWith("114年1月2日")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM version_references WHERE version_id = %1").arg(result.versionId)), 2);
    // The text keeps both lines as written.
    const auto content = PolicyRepository(*db).load(result.versionId);
    EXPECT_EQ(content.sections.at(1).children.size(), 3u);
}

TEST_F(BadInput, ControlAndDirectionCharactersAreRemovedOnImportAndRefusedInRecords) {
    QByteArray text = policyWith("114年1月2日");
    text.replace("確保資訊安全。", "確保\xE2\x80\xAE資訊\x07安全。");  // U+202E and BEL
    const auto parsed = PolicyTextParser().parse(text);
    EXPECT_EQ(parsed.sections.at(0).paragraphs.value(0), QStringLiteral("確保資訊安全。"));

    ActionPlanService plan(*db);
    ActionItem item;
    item.planYear = 2025;
    item.title = QStringLiteral("更新\u202Eexe.pdf清冊");
    item.ownerPersonId = Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people")).toLongLong();
    item.dueDate = QDate(2025, 12, 15);
    item.evaluationMethod = QStringLiteral("清冊完成");
    const int items = count(QStringLiteral("SELECT COUNT(*) FROM action_items"));
    QString message;
    EXPECT_EQ(errorOf([&] { plan.save(item); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("U+202E"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("更新exe.pdf清冊"))) << message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM action_items")), items);
    // Tabs and line breaks are text.
    item.title = QStringLiteral("更新\t資產清冊\n第二行");
    EXPECT_NO_THROW(plan.save(item));
    EXPECT_FALSE(TextSafety::isUnsafe(QLatin1Char('\r')));
    EXPECT_TRUE(TextSafety::isUnsafe(QChar(0x2067)));
}

TEST_F(BadInput, ABrokenRuleOfTheSchemaIsASentenceNotTheEnginesWords) {
    const qint64 unit = Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM org_units")).toLongLong();
    QString message;
    errorOf([&] {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("甲")},
                                                            {QStringLiteral("unit_id"), unit + 100000}});
        tx.commit();
    }, &message);
    EXPECT_FALSE(message.contains(QStringLiteral("constraint"), Qt::CaseInsensitive)) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("INSERT"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("no longer exists"))) << message.toStdString();
}
