#include <gtest/gtest.h>

#include <QRegularExpression>
#include <algorithm>
#include <QSqlQuery>

#include "DashboardReport.h"
#include "DemoDatabase.h"
#include "JournaledText.h"
#include "MeetingPackReport.h"
#include "PdfText.h"
#include "PlanReports.h"
#include "PolicyCopyReport.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "services/ActionPlanService.h"
#include "services/DashboardService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;
using isms::test::pdfText;
using isms::test::TestFiles;
using isms::test::withoutSpace;

namespace {

// The lines pdftotext reads from one page, without the page's running head and foot.
QStringList bodyLines(const QString& file, int page) {
    QStringList lines;
    for (const QString& line : pdfText(file, page).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QStringLiteral("Page ")) ||
            t.startsWith(QStringLiteral("Audit trail when printed")) || t.contains(QStringLiteral("\f")))
            continue;
        lines << t;
    }
    return lines;
}

class ReportLayoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("layout.sqlite")), 2025);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(ReportLayoutTest, AThirtyPageActionPlanKeepsEachHeadingWithItsRowsAndRepeatsHeadingsOnEveryPage) {
    // Enough items, with long enough texts, for some thirty pages across every objective.
    QList<qint64> objectives;
    QSqlQuery q = core::Sql::run(db->connection(),
                                 QStringLiteral("SELECT id FROM objectives ORDER BY id"));
    while (q.next()) objectives << q.value(0).toLongLong();
    q.finish();
    ASSERT_GE(objectives.size(), 8);
    const qint64 owner = core::Sql::scalar(db->connection(),
                                           QStringLiteral("SELECT MIN(id) FROM people"))
                             .toLongLong();
    core::ActionPlanService plan(*db);
    for (int i = 0; i < 330; ++i) {
        core::ActionItem item;
        item.planYear = 2026;
        item.objectiveId = objectives[(i * 8 / 330) % objectives.size()];
        item.title = QStringLiteral("Item %1: review the access rights of every account in the "
                                    "unit and remove those no longer needed")
                         .arg(i, 3, 10, QLatin1Char('0'));
        item.resources = QStringLiteral("Two staff for a week");
        item.ownerPersonId = owner;
        item.dueDate = QDate(2026, 1 + i % 12, 1 + i % 28);
        item.evaluationMethod = QStringLiteral("Checked against the account register");
        plan.save(item);
    }
    const reports::TableReport report = reports::PlanReports::actionPlan(*db, 2026);
    const QString file = files.path(QStringLiteral("plan.pdf"));
    report.writePdf(file);
    ASSERT_GE(report.pageCount(), 30);

    const QRegularExpression group(QStringLiteral("^Objective \\d+: "));
    const QRegularExpression itemLine(QStringLiteral("Item (\\d{3}):"));
    int groupsSeen = 0;
    QString runningGroup;
    for (int page = 1; page <= report.pageCount(); ++page) {
        const QStringList lines = bodyLines(file, page);
        ASSERT_FALSE(lines.isEmpty()) << "page " << page;
        // Column headings at the top of every page of the table.
        const int headings = int(lines.indexOf(QRegularExpression(QStringLiteral("^What will be done"))));
        ASSERT_GE(headings, 0) << "page " << page << " has no column headings";
        if (page > 1) {
            EXPECT_LE(headings, 1) << "page " << page;
            // Rows of a group running on from the page before come under its heading again.
            int firstItem = 0;
            while (firstItem < lines.size() && !lines[firstItem].contains(itemLine)) ++firstItem;
            const QStringList above = lines.mid(0, firstItem);
            const bool newGroup = std::any_of(above.begin(), above.end(), [&](const QString& l) {
                return l.contains(group) && !l.endsWith(QStringLiteral("(continued)"));
            });
            if (!newGroup) {
                EXPECT_TRUE(above.contains(runningGroup + QStringLiteral(" (continued)")))
                    << "page " << page << " goes on with " << qPrintable(runningGroup)
                    << " without saying so: " << qPrintable(above.join(QLatin1Char('|')));
            }
        }
        // No page ends on a heading: the last line is a row's.
        const QString last = lines.last();
        EXPECT_FALSE(last.contains(group)) << "page " << page << " ends on " << qPrintable(last);
        EXPECT_FALSE(last.startsWith(QStringLiteral("What will be done"))) << "page " << page;
        for (const QString& line : lines) {
            if (line.contains(group) && !line.endsWith(QStringLiteral("(continued)"))) {
                runningGroup = line;
                ++groupsSeen;
            }
        }
    }
    EXPECT_GE(groupsSeen, 8);
}

TEST_F(ReportLayoutTest, AnEmptyTablePrintsNoHeadingsOnlyWhatItSays) {
    const qint64 meeting =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM meetings")).toLongLong();
    const QString file = files.path(QStringLiteral("pack.pdf"));
    reports::MeetingPackReport::build(*db, meeting, QDate(2025, 12, 1)).writePdf(file);
    const QString text = pdfText(file);
    // The demo holds no audit: the open findings say so, under no column headings.
    ASSERT_TRUE(text.contains(QStringLiteral("No finding is open."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Corrective action\n"))) << text.toStdString();
    EXPECT_FALSE(withoutSpace(text).contains(QStringLiteral("AuditTypeClauseFinding")));
}

TEST_F(ReportLayoutTest, NumbersAlignRightAndPercentagesReadOneWay) {
    core::Language::install(QStringLiteral("zh_TW"));
    const QString file = files.path(QStringLiteral("objectives.pdf"));
    reports::PlanReports::objectives(*db, QStringLiteral("ISMS-01-01"), 2025).writePdf(file);
    const QString text = pdfText(file);
    core::Language::install(QStringLiteral("en"));
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d %")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\d%")))) << text.toStdString();
}

TEST_F(ReportLayoutTest, TheDashboardsNumbersEndAtTheirColumnsRightEdge) {
    const auto figures = core::DashboardService(*db).compute(2025, QDate(2025, 12, 1));
    const reports::TableReport report = reports::DashboardReport::build(*db, figures);
    // Percentages of different widths in two columns — the latest values recorded (objective 7's
    // 0%) and the completion by unit (57.14%, 100%): right-aligned, they end on two edges only.
    // (Values computed so far read "…% so far", a text.)
    const QRegularExpression percent(QStringLiteral("^[0-9.,]+%$"));
    // The recent values are a text (a series of values): they start at their column's left.
    qreal series = -1;
    for (const auto& page : report.layout().pages()) {
        for (const auto& line : page.lines) {
            if (line.text == reports::DashboardReport::tr("Recent values")) series = line.x;
        }
    }
    ASSERT_GE(series, 0);
    int numbers = 0;
    QSet<int> rightEdges;
    for (const auto& page : report.layout().pages()) {
        for (const auto& line : page.lines) {
            if (line.rule || !line.text.contains(percent) || qAbs(line.x - series) < 0.5) continue;
            ++numbers;
            rightEdges << qRound(line.x + reports::JournaledText::width(line.text, line.font));
        }
    }
    ASSERT_GE(numbers, 2);
    EXPECT_LE(rightEdges.size(), 2);
}

TEST_F(ReportLayoutTest, TheWordingOfTitlesReadsAsAClerkWritesIt) {
    core::Language::install(QStringLiteral("zh_TW"));
    const QString planFile = files.path(QStringLiteral("plan-zh.pdf"));
    reports::PlanReports::actionPlan(*db, 2025).writePdf(planFile);
    const QString plan = pdfText(planFile);
    const qint64 meeting =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM meetings")).toLongLong();
    const QString packFile = files.path(QStringLiteral("pack-zh.pdf"));
    reports::MeetingPackReport::build(*db, meeting, QDate(2025, 12, 2)).writePdf(packFile);
    const QString pack = pdfText(packFile);
    core::Language::install(QStringLiteral("en"));
    EXPECT_TRUE(plan.contains(QStringLiteral("民國114年度行動計畫"))) << plan.toStdString();
    EXPECT_FALSE(plan.contains(QStringLiteral("年年度")));
    EXPECT_TRUE(pack.contains(QStringLiteral("截至民國114年12月2日之逾期事項"))) << pack.toStdString();
    EXPECT_FALSE(pack.contains(QStringLiteral("截至 ")));
}

TEST_F(ReportLayoutTest, AControlledCopyPrintsItsHolderOnEveryPageAndItsHistoryInVersionOrder) {
    const qint64 version = core::Sql::scalar(db->connection(),
                                             QStringLiteral("SELECT id FROM document_versions "
                                                            "WHERE status = 'published'"))
                               .toLongLong();
    const reports::PolicyCopyReport copy(
        reports::PolicyCopyReport::controlledInputFor(*db, version, 0, QStringLiteral("兵役處 王小明")));
    const QString file = files.path(QStringLiteral("controlled.pdf"));
    copy.writePdf(file);
    ASSERT_GT(copy.pageCount(), 3);
    for (int page = 1; page <= copy.pageCount(); ++page) {
        const QString text = withoutSpace(pdfText(file, page));
        EXPECT_TRUE(text.contains(QStringLiteral("受控文件第1份")) &&
                    text.contains(QStringLiteral("持有人：兵役處王小明")))
            << "page " << page << ": " << text.toStdString();
    }
    // The demo's 2.0 carries the approval it had, and its history says who approved.
    const QString last = withoutSpace(pdfText(file, copy.pageCount()));
    EXPECT_TRUE(last.contains(QStringLiteral("資通安全委員會"))) << last.toStdString();
    EXPECT_FALSE(last.contains(QStringLiteral("核定人：＿"))) << last.toStdString();
}

TEST(ReportLayout, APartsHeadingStandsWithItsTableAndATableOnANewPageSaysWhatItIs) {
    // A first part that fills most of a page, then a part whose table is signed by hand (tall
    // rows), then a part with a paragraph and a table that cannot start on the same page.
    QStringList lines;
    for (int i = 0; i < 23; ++i) lines << QStringLiteral("Line %1 of the first part.").arg(i);
    QList<reports::TableReport::Part> parts;
    parts.append({QStringLiteral("First"), lines});
    reports::TableReport::Part signatures{QStringLiteral("Signatures")};
    signatures.headers = {QStringLiteral("Name"), QStringLiteral("Signature")};
    signatures.widths = {1, 1};
    signatures.signatures = true;
    signatures.sections = {{QString(), {{QStringLiteral("A")}, {QStringLiteral("B")}, {QStringLiteral("C")}}}};
    parts.append(signatures);
    const reports::TableReport report(QStringLiteral("Title"), QString(), parts, {});
    for (const auto& page : report.layout().pages()) {
        ASSERT_FALSE(page.lines.isEmpty());
        EXPECT_NE(page.lines.last().text, QStringLiteral("Signatures")) << "a heading alone at a page's foot";
    }

    QList<reports::TableReport::Part> second{{QStringLiteral("First"), lines}};
    reports::TableReport::Part table{QStringLiteral("Units"), {QStringLiteral("Completion by unit:")}};
    table.headers = {QStringLiteral("Unit"), QStringLiteral("Done")};
    table.widths = {3, 1};
    table.numeric = {1};
    for (int i = 0; i < 6; ++i) table.sections.append({QString(), {{QStringLiteral("Unit %1").arg(i), QString::number(i)}}});
    second.append(table);
    // However many lines the first part has, the table's start is on the page of its part's
    // heading, or under "Units (continued)" on the next.
    for (int extra = 0; extra < 12; ++extra) {
        QStringList more = lines;
        for (int i = 0; i < extra; ++i) more << QStringLiteral("More %1").arg(i);
        second.first().paragraphs = more;
        const reports::TableReport split(QStringLiteral("Title"), QString(), second, {});
        int headingPage = 0;
        int tablePage = 0;
        bool said = false;
        for (int p = 0; p < split.pageCount(); ++p) {
            for (const auto& line : split.layout().pages()[p].lines) {
                if (line.text == QStringLiteral("Units") && !headingPage) headingPage = p + 1;
                if (line.text == QStringLiteral("Unit") && !tablePage) {
                    tablePage = p + 1;
                    said = split.layout().pages()[p].lines.first().text ==
                           reports::TableReport::tr("%1 (continued)").arg(QStringLiteral("Units"));
                }
            }
        }
        ASSERT_GT(headingPage, 0);
        ASSERT_GT(tablePage, 0);
        if (tablePage != headingPage) EXPECT_TRUE(said) << "with " << extra << " more lines";
    }
}
