#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "pages/DashboardPage.h"
#include "pages/DrillDownView.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace isms;
using isms::test::TestFiles;

namespace {
class DashboardPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("d.sqlite")), 2025);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};
}  // namespace

// The chair opens the dashboard, follows a number and a chart bar to the lists behind them, and
// comes back each time.
TEST_F(DashboardPageTest, FiguresOpenTheListsBehindThemAndBackReturns) {
    ui::DashboardPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    ASSERT_EQ(page.figures().year, 2025);
    QLabel* overdue = page.figure(QStringLiteral("items_overdue"));
    ASSERT_NE(overdue, nullptr);
    EXPECT_TRUE(overdue->text().contains(QStringLiteral(">3<"))) << overdue->text().toStdString();

    // A number: the three overdue action items of 2025.
    Q_EMIT overdue->linkActivated(QStringLiteral("items_overdue"));
    ASSERT_TRUE(page.drilledDown());
    EXPECT_EQ(page.drillDownView()->count(), 3);
    EXPECT_EQ(page.drillDownView()->title(), QStringLiteral("Action items 2025: overdue"));
    page.drillDownView()->findChild<QPushButton*>(QStringLiteral("back"))->click();
    EXPECT_FALSE(page.drilledDown());

    // A chart bar: the objectives not met (3 and 6), computed rather than listed from a table.
    page.drillDown(QStringLiteral("objectives_status:not_met"));
    ASSERT_TRUE(page.drilledDown());
    ASSERT_NE(page.drillDownView()->rows(), nullptr);
    EXPECT_EQ(page.drillDownView()->count(), page.figures().objectiveStatus.value(core::ObjectiveStatus::NotMet));
    EXPECT_EQ(page.drillDownView()->rows()->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(page.drillDownView()->rows()->item(1, 0)->text(), QStringLiteral("6"));
    page.back();

    // A unit's completion and a drill half-year.
    page.drillDown(QStringLiteral("drills:2025:1"));
    EXPECT_EQ(page.drillDownView()->count(), 1);
    page.back();
    const auto units = page.figures().units;
    ASSERT_EQ(units.size(), 2);
    QTableWidget* table = page.findChild<QTableWidget*>(QStringLiteral("units"));
    ASSERT_NE(table, nullptr);
    Q_EMIT table->cellClicked(1, 0);
    EXPECT_EQ(page.drillDownView()->count(), units[1].items);
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("drill_verdicts"))->text().contains(QStringLiteral("2025 first half: ✔ Passed")));
}

TEST_F(DashboardPageTest, ThePrintedDashboardSaysWhatTheScreenSays) {
    ui::DashboardPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    const QString pdf = files.path(QStringLiteral("dashboard.pdf"));
    QString message;
    ASSERT_TRUE(page.exportPdf(pdf, &message)) << message.toStdString();
    const QString text = isms::test::withoutSpace(isms::test::pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("Dashboard2025")));
    EXPECT_TRUE(text.contains(QStringLiteral("8items:Done:5;Inprogress:2;Planned:1;")));
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(QStringLiteral("Overdue: 3; the oldest: 執行年度內部稽核並追蹤矯正措施, due 2025-10-31"))));
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(QStringLiteral("✔ Met: 2; ▲ At risk: 0; ✖ Not met: 2; — No data: 4"))));
    // A table row reads in drawing order (pdftotext otherwise groups a sparse table by column).
    const QString raw = isms::test::withoutSpace(isms::test::pdfText(pdf, 0, true));
    EXPECT_TRUE(raw.contains(isms::test::withoutSpace(QStringLiteral("2025 first half 1 500 7.2 2.6 10 / 6 ✔ Passed"))));
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(QStringLiteral("acknowledged by 4 of 6 (67%)"))));
    const QString screen = page.figure(QStringLiteral("items_overdue"))->text();
    EXPECT_TRUE(screen.contains(QStringLiteral(">3<")));
}
