// Issue #23: a CSV export opened in a spreadsheet must never run a formula someone typed into a
// record (=HYPERLINK(…), +cmd|…); the program's own import reads back what was written.
#include <gtest/gtest.h>

#include <QBuffer>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::TestFiles;

TEST(CsvFormula, CellsThatStartLikeAFormulaAreWrittenAsText) {
    EXPECT_EQ(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\",\"點我\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"點我\"\")\"").toUtf8());
    EXPECT_EQ(CsvWriter::field(QStringLiteral("+cmd|' /C calc'!A0")),
              QByteArray("'+cmd|' /C calc'!A0"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("-2+3")), QByteArray("'-2+3"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("@SUM(A1)")), QByteArray("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\t=1")), QByteArray("'\t=1"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\r=1")), QByteArray("\"'\r=1\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("一般文字 = 可以")),
              QStringLiteral("一般文字 = 可以").toUtf8());
    EXPECT_EQ(CsvWriter::field(QStringLiteral("it's")), QByteArray("it's"));
}

TEST(CsvFormula, WhatIsWrittenReadsBackTheSame) {
    const QStringList values{QStringLiteral("=1+1"),
                             QStringLiteral("'=1+1"),
                             QStringLiteral("''-3"),
                             QStringLiteral("-5"),
                             QStringLiteral("'"),
                             QStringLiteral("'plain"),
                             QStringLiteral("a,b"),
                             QStringLiteral("兩行\n文字"),
                             QStringLiteral("@x"),
                             QStringLiteral("\t tab"),
                             QString()};
    QByteArray line;
    for (const QString& v : values)
        line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + CsvWriter::field(v);
    const auto rows = CsvReader::parse(QString::fromUtf8(line + "\r\n"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0], values);
}

TEST(CsvFormula, AnActionItemTitledLikeAFormulaExportsAsTextAndImportsBack) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("formula.sqlite")), 2025);
    const QString title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"檢核表\")");
    ActionPlanService service(*db);
    ActionItem item;
    item.planYear = 2025;
    item.title = title;
    item.ownerPersonId =
        Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '陳美玲'"))
            .toLongLong();
    item.dueDate = QDate(2025, 12, 15);
    item.evaluationMethod = QStringLiteral("+cmd|' /C calc'!A0");
    service.save(item);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    service.exportCsv(2025, out);
    const QByteArray csv = out.data();
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",'+cmd|")) << csv.toStdString();
    for (const QByteArray& line : csv.split('\n')) {
        for (const QByteArray& cell : line.split(',')) {
            const QByteArray c = cell.startsWith('"') ? cell.mid(1) : cell;
            EXPECT_FALSE(c.startsWith('=') || c.startsWith('+') || c.startsWith('@'))
                << line.toStdString();
        }
    }
    // Read back as the import reads it: the same title, not one with an apostrophe.
    const auto table = CsvReader::table(csv, ActionPlanService::csvColumns(), {});
    bool found = false;
    for (int r = 0; r < table.rows.size(); ++r) found = found || table.cell(r, "title") == title;
    EXPECT_TRUE(found);
}
