// One CSV writer for every export and a reader that names the file's real lines.
#include <gtest/gtest.h>

#include <QBuffer>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::TestFiles;

TEST(CsvReader, LinesAreTheFilesOwnPastBlankLinesAndLineBreaksInFields) {
    const QString text = QStringLiteral(
        "a,b\r\n"               // 1
        "1,2\r\n"               // 2
        "\r\n"                  // 3: blank
        "\"two\nlines\",3\r\n"  // 4-5
        "\n"                    // 6: blank
        "\"x\r\ny\r\nz\",4\n"   // 7-9
        "5,6");                 // 10
    const QList<CsvReader::Record> records = CsvReader::records(text);
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].cells, (QStringList{QStringLiteral("two\nlines"), QStringLiteral("3")}));
    EXPECT_EQ(records[3].line, 7);
    EXPECT_EQ(records[4].line, 10);
}

TEST(CsvWriter, WritesWhatTheReaderReadsBack) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter csv(out);
    const QList<QStringList> rows{{QStringLiteral("名稱"), QStringLiteral("說明")},
                                  {QStringLiteral("有逗號, 的"), QStringLiteral("引號\"與\n換行")},
                                  {QStringLiteral("=1+1"), QString()}};
    for (const QStringList& r : rows) csv.row(r);
    EXPECT_EQ(csv.rows(), 2);
    EXPECT_TRUE(out.data().startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(out.data().endsWith("\r\n"));
    EXPECT_EQ(CsvReader::parse(QString::fromUtf8(out.data())), rows);
}

TEST(CsvWriter, DatesAsTheLanguageWritesThem) {
    Language::install(QStringLiteral("zh_TW"));
    EXPECT_EQ(CsvWriter::date(QDate(2025, 9, 11)), QStringLiteral("114/09/11"));
    Language::install(QStringLiteral("en"));
    EXPECT_EQ(CsvWriter::date(QDate(2025, 9, 11)), QStringLiteral("2025-09-11"));
    EXPECT_TRUE(CsvWriter::date(QDate()).isEmpty());
}

// The action plan exported in Traditional Chinese (titles, labels, ROC dates) imports again in
// an English session, and an import's errors name the lines a spreadsheet shows.
TEST(CsvReadWrite, TheActionPlanRoundTripsAcrossLanguagesAndErrorsNameTheirLine) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("csv.sqlite")), 2025);
    db->setSession(isms::test::administrator(QStringLiteral("t")));
    ActionPlanService service(*db);
    Language::install(QStringLiteral("zh_TW"));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(service.exportCsv(2025, out), 8);
    QString csv = QString::fromUtf8(out.data());
    EXPECT_TRUE(csv.startsWith(QStringLiteral("計畫年度,目標,"))) << csv.left(80).toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",已完成,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("114/"))) << "ROC dates";
    EXPECT_FALSE(csv.contains(QStringLiteral("2025-"))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral(",done,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\n114,")))
        << "the plan year in the ROC calendar too";
    csv.replace(QStringLiteral("\r\n114,"), QStringLiteral("\r\n116,"));
    csv.replace(QStringLiteral("114/"), QStringLiteral("116/"));
    Language::install(QStringLiteral("en"));
    const auto report = service.importCsv(csv.toUtf8());
    EXPECT_TRUE(report.errors.isEmpty()) << report.errors.value(0).second.toStdString();
    EXPECT_EQ(report.imported, 8);
    EXPECT_EQ(
        Sql::scalar(
            db->connection(),
            QStringLiteral(
                "SELECT COUNT(*) FROM action_items WHERE plan_year = 2027 AND status = 'done'"))
            .toInt(),
        5);

    const QByteArray bad =
        "Plan year,What will be done,Person responsible,Expected completion\r\n"  // 1
        "\r\n"                                                                    // 2
        "2025,\"第一行\n第二行\",陳美玲,2025-10-01\r\n"                           // 3-4
        "2025,,陳美玲,2025-10-01\r\n";                                            // 5
    const auto refused = service.importCsv(bad);
    ASSERT_EQ(refused.errors.size(), 1);
    EXPECT_EQ(refused.errors[0].first, 5);
}
