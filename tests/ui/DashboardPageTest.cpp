#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "pages/DashboardLoader.h"
#include "pages/DashboardPage.h"
#include "services/AuditService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/DrillDownView.h"

using namespace isms;
using isms::test::TestFiles;

namespace {
class DashboardPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("d.sqlite")),
                                      2025);  // or on the test server
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

    // A chart bar: the objectives not met (3, 5 and 7), computed rather than listed from a table.
    page.drillDown(QStringLiteral("objectives_status:not_met"));
    ASSERT_TRUE(page.drilledDown());
    ASSERT_NE(page.drillDownView()->rows(), nullptr);
    EXPECT_EQ(page.drillDownView()->count(),
              page.figures().objectiveStatus.value(core::ObjectiveStatus::NotMet));
    EXPECT_EQ(page.drillDownView()->rows()->item(0, 0)->text(), QStringLiteral("3"));
    ASSERT_EQ(page.drillDownView()->count(), 3);
    EXPECT_EQ(page.drillDownView()->rows()->item(1, 0)->text(), QStringLiteral("5"));
    EXPECT_EQ(page.drillDownView()->rows()->item(2, 0)->text(), QStringLiteral("7"));
    page.back();

    // A unit's completion and a drill half-year.
    page.drillDown(QStringLiteral("drills:2025:1"));
    EXPECT_EQ(page.drillDownView()->count(), 1);
    page.back();

    // A computed objective opens the records its value counts (objective 5: the compliance
    // check's two corrective actions); coming back to the page after a change shows the list anew.
    Q_EMIT page.findChild<QTableWidget*>(QStringLiteral("objectives"))->cellClicked(4, 1);
    ASSERT_TRUE(page.drilledDown());
    EXPECT_EQ(page.drillDownView()->count(), 2);
    core::AuditService audits(*db);
    const qint64 audit = audits.addAudit({QStringLiteral("查核"), QDate(2025, 11, 1), {}, {}, QStringLiteral("張淑芬"), {},
                                          QStringLiteral("compliance_check")});
    const qint64 finding = audits.addFinding(audit, {QStringLiteral("minor"), {}, QStringLiteral("缺失"), {}});
    const qint64 person = core::Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people")).toLongLong();
    audits.addCorrectiveAction(finding, {QStringLiteral("原因"), QStringLiteral("矯正"), person, QDate(2025, 11, 20)});
    page.reload();
    ASSERT_TRUE(page.drilledDown());
    EXPECT_EQ(page.drillDownView()->count(), 3);
    EXPECT_TRUE(page.drillDownView()->title().contains(QStringLiteral("33.33%"))) << page.drillDownView()->title().toStdString();
    page.back();
    const auto units = page.figures().units;
    ASSERT_EQ(units.size(), 2);
    QTableWidget* table = page.findChild<QTableWidget*>(QStringLiteral("units"));
    ASSERT_NE(table, nullptr);
    Q_EMIT table->cellClicked(1, 0);
    EXPECT_EQ(page.drillDownView()->count(), units[1].items);
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("drill_verdicts"))
                    ->text()
                    .contains(QStringLiteral("2025 first half: ✔ Passed")));
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
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(
        QStringLiteral("Overdue: 3; the oldest: 執行年度內部稽核並追蹤矯正措施, due 2025-10-31"))));
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(
        QStringLiteral("✔ Met: 5; ▲ At risk: 0; ✖ Not met: 3; — No data: 0"))));
    // A table row reads in drawing order (pdftotext otherwise groups a sparse table by column).
    const QString raw = isms::test::withoutSpace(isms::test::pdfText(pdf, 0, true));
    EXPECT_TRUE(raw.contains(
        isms::test::withoutSpace(QStringLiteral("2025 first half 1 500 7.2 2.6 10 / 6 ✔ Passed"))));
    EXPECT_TRUE(
        text.contains(isms::test::withoutSpace(QStringLiteral("acknowledged by 4 of 6 (67%)"))));
    const QString screen = page.figure(QStringLiteral("items_overdue"))->text();
    EXPECT_TRUE(screen.contains(QStringLiteral(">3<")));
}

// The dashboard is the first page of every start: showing it does not wait for its figures, which
// are computed on a connection of their own and shown when they are in. Print and PDF wait too.
TEST_F(DashboardPageTest, ShowingThePageComputesTheFiguresBehindIt) {
    ui::DashboardPage page(*db);
    QSignalSpy shown(&page, &ui::DashboardPage::figuresShown);
    page.show();
    ASSERT_TRUE(page.computing());
    ASSERT_NE(page.findChild<QLabel*>(QStringLiteral("computing")), nullptr);
    EXPECT_EQ(page.figure(QStringLiteral("items_overdue")), nullptr);
    const auto buttons = page.findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text() == QStringLiteral("Print…") || b->text() == QStringLiteral("Export PDF…")) {
            EXPECT_FALSE(b->isEnabled());
        }
    }
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_FALSE(page.computing());
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("computing")), nullptr);
    EXPECT_EQ(page.figures().year, QDate::currentDate().year());
    EXPECT_NE(page.figure(QStringLiteral("items_overdue")), nullptr);
    for (QPushButton* b : buttons) EXPECT_TRUE(b->isEnabled()) << b->text().toStdString();
    // The same figures as the page's own connection computes.
    const auto own = core::DashboardService(*db).compute(page.figures().year, page.figures().today);
    EXPECT_EQ(page.figures().itemsOverdue, own.itemsOverdue);
    EXPECT_EQ(page.figures().itemsByStatus, own.itemsByStatus);
    EXPECT_EQ(page.figures().policies.size(), own.policies.size());

    // Shown again (another page, then back), it computes again and keeps the old figures meanwhile.
    page.hide();
    page.show();
    EXPECT_TRUE(page.computing());
    EXPECT_NE(page.figure(QStringLiteral("items_overdue")), nullptr);
    EXPECT_TRUE(shown.wait(10000));
}

// Choosing a year computes at once; figures still coming from showing the page are older and are
// dropped rather than shown over the chosen year's.
TEST_F(DashboardPageTest, AChosenYearIsNotOverwrittenByFiguresComputedBefore) {
    ui::DashboardPage page(*db);
    QSignalSpy shown(&page, &ui::DashboardPage::figuresShown);
    page.show();
    ASSERT_TRUE(page.computing());
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    EXPECT_FALSE(page.computing());
    EXPECT_EQ(page.figures().year, 2025);
    EXPECT_EQ(shown.count(), 1);
    QTest::qWait(300);  // the computation started by showing ends meanwhile
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(page.figures().year, 2025);
}

// When the figures cannot get a connection of their own (here the file is gone; on a server, its
// connection limit), the page's connection computes them.
TEST_F(DashboardPageTest, WithoutAConnectionOfItsOwnThePagesConnectionComputes) {
    if (db->engine() != core::Database::Engine::SQLite) GTEST_SKIP() << "a file is removed";
    ui::DashboardPage page(*db);
    ASSERT_TRUE(QFile::remove(db->path()));
    QSignalSpy shown(&page, &ui::DashboardPage::figuresShown);
    page.show();
    ASSERT_TRUE(shown.wait(10000));
    EXPECT_FALSE(page.computing());
    EXPECT_EQ(page.figures().year, QDate::currentDate().year());
    EXPECT_NE(page.figure(QStringLiteral("items_overdue")), nullptr);
}

// Asked again while computing, the loader computes the newest request next and drops those in
// between; each answer says which request it is.
TEST_F(DashboardPageTest, TheLoaderComputesTheNewestRequest) {
    ui::DashboardLoader loader(db->path(), db->password());
    QList<QPair<int, int>> answers;  // request, year
    QObject::connect(
        &loader, &ui::DashboardLoader::finished,
        [&](int request, const core::DashboardService::Figures& figures, const QString& error) {
            EXPECT_TRUE(error.isEmpty()) << error.toStdString();
            answers.append({request, figures.year});
        });
    const QDate today(2025, 12, 31);
    const int first = loader.request(2023, today);
    loader.request(2024, today);
    const int last = loader.request(2025, today);
    EXPECT_TRUE(loader.isBusy());
    const QDeadlineTimer deadline(10000);
    while (loader.isBusy() && !deadline.hasExpired()) QTest::qWait(10);
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers[0], qMakePair(first, 2023));
    EXPECT_EQ(answers[1], qMakePair(last, 2025));

    ui::DashboardLoader nowhere(files.path(QStringLiteral("missing.sqlite")), {});
    QSignalSpy failed(&nowhere, &ui::DashboardLoader::finished);
    nowhere.request(2025, today);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().at(2).toString().isEmpty());
}
