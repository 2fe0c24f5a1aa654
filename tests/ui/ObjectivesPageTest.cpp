#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/IndicatorDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "i18n/Language.h"
#include "pages/ObjectivesPage.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace isms;
using isms::test::TestFiles;

namespace {

class ObjectivesPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("obj.sqlite")), 2025);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(ObjectivesPageTest, ShowsEachObjectivesStandingAndRecordsAMeasurement) {
    ui::ObjectivesPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    QTableWidget* table = page.standings();
    ASSERT_EQ(table->rowCount(), 8);
    EXPECT_EQ(table->item(5, 1)->text(), QStringLiteral("關鍵核心系統可用率"));
    EXPECT_EQ(table->item(5, 2)->text(), QStringLiteral("At least 99.5%"));
    EXPECT_EQ(table->item(5, 5)->text(), QStringLiteral("✖ Not met"));
    EXPECT_EQ(table->item(6, 5)->text(), QStringLiteral("✔ Met"));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("— No data"));
    QString message;
    // Objective 6 gets a good October: met again.
    const qint64 six = core::ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2025)[5].objectiveId;
    ASSERT_TRUE(page.recordMeasurement(six, QDate(2025, 10, 1), QDate(2025, 10, 31), 99.9, QStringLiteral("月報"), &message))
        << message.toStdString();
    EXPECT_EQ(table->item(5, 5)->text(), QStringLiteral("✔ Met"));
    EXPECT_TRUE(table->item(5, 3)->text().startsWith(QStringLiteral("99.9%")));
    EXPECT_EQ(table->item(5, 4)->text(), QStringLiteral("4"));
}

TEST_F(ObjectivesPageTest, TheFormRefusesWhatIsNotANumberAndShowsCoresReason) {
    ui::MeasurementDialog dialog({{1, QStringLiteral("6. 可用率"), QStringLiteral("%")}}, 1);
    int calls = 0;
    dialog.setWork([&](qint64, const QDate&, const QDate&, double value, const QString&, QString* message) {
        ++calls;
        EXPECT_DOUBLE_EQ(value, 99.5);
        *message = QStringLiteral("refused by core");
        return false;
    });
    dialog.valueField()->setText(QStringLiteral("ninety"));
    dialog.accept();
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("The value must be a number."));
    dialog.valueField()->setText(QStringLiteral("99,5"));
    dialog.accept();
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("refused by core"));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(ObjectivesPageTest, TheEffectivenessReportAsPdfOrCsv) {
    ui::ObjectivesPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    QString message;
    ASSERT_TRUE(page.writeReport(files.path(QStringLiteral("o.pdf")), &message)) << message.toStdString();
    EXPECT_TRUE(TestFiles::read(files.path(QStringLiteral("o.pdf"))).startsWith("%PDF-"));
    ASSERT_TRUE(page.writeReport(files.path(QStringLiteral("o.csv")), &message)) << message.toStdString();
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(files.path(QStringLiteral("o.csv")))).contains(QStringLiteral("99.41")));
}

TEST_F(ObjectivesPageTest, EditingAnIndicatorFromThePage) {
    ui::ObjectivesPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    const qint64 one = core::ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2025)[0].objectiveId;
    core::ObjectiveService::Indicator i = core::ObjectiveService(*db).indicator(one, nullptr);
    i.name = QStringLiteral("法規檢核完成件數");
    i.direction = QStringLiteral("at_least");
    i.target = 2;
    i.unit = QStringLiteral("件");
    QString message;
    ASSERT_TRUE(page.setIndicator(one, i, &message)) << message.toStdString();
    EXPECT_EQ(page.standings()->item(0, 1)->text(), QStringLiteral("法規檢核完成件數"));
    EXPECT_EQ(page.standings()->item(0, 2)->text(), QStringLiteral("At least 2 件"));
    i.name.clear();
    EXPECT_FALSE(page.setIndicator(one, i, &message));
    EXPECT_EQ(message, QStringLiteral("Name the indicator that measures the objective."));
    ui::IndicatorDialog dialog(*db, QStringLiteral("1."), core::ObjectiveService(*db).indicator(one, nullptr));
    EXPECT_EQ(dialog.nameField()->text(), QStringLiteral("法規檢核完成件數"));
    EXPECT_DOUBLE_EQ(dialog.indicator().target, 2);
}
