#include "ByHand.h"
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
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>

#include "models/RecordListModel.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"

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
    // The demo computes objective 7 from its incidents; this agency measures it by hand.
    const qint64 seven = isms::test::measuredByHand(*db, 7, 2025);
    ui::ObjectivesPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    QTableWidget* table = page.standings();
    ASSERT_EQ(table->rowCount(), 8);
    EXPECT_EQ(table->item(5, 1)->text(), QStringLiteral("關鍵核心系統可用率"));
    EXPECT_EQ(table->item(5, 2)->text(), QStringLiteral("At least 99.5%"));
    // Objective 6 is computed from the core systems' outages: December's 100 % so far.
    EXPECT_EQ(table->item(5, 5)->text(), QStringLiteral("✔ Met"));
    EXPECT_TRUE(table->item(5, 3)->text().contains(QStringLiteral("so far"))) << table->item(5, 3)->text().toStdString();
    EXPECT_EQ(table->item(6, 5)->text(), QStringLiteral("— No data"));
    // Objective 1 is computed from the compliance check's findings: none unresolved, computed now.
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("✔ Met"));
    EXPECT_TRUE(table->item(0, 3)->text().contains(QStringLiteral("so far"))) << table->item(0, 3)->text().toStdString();
    // Objective 4 from the incidents: none of unauthorised access in the fourth quarter so far.
    EXPECT_EQ(table->item(3, 5)->text(), QStringLiteral("✔ Met"));
    QString message;
    // Objective 7, measured by hand, gets a late fourth quarter: not met.
    ASSERT_TRUE(page.recordMeasurement(seven, QDate(2025, 10, 1), QDate(2025, 12, 31), 90, QStringLiteral("通報統計"), &message))
        << message.toStdString();
    EXPECT_EQ(table->item(6, 5)->text(), QStringLiteral("✖ Not met"));
    EXPECT_TRUE(table->item(6, 3)->text().startsWith(QStringLiteral("90%")));
    EXPECT_EQ(table->item(6, 4)->text(), QStringLiteral("1"));
    // A computed one refuses a typed value, with core's reason.
    const qint64 six = core::ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2025)[5].objectiveId;
    EXPECT_FALSE(page.recordMeasurement(six, QDate(2025, 10, 1), QDate(2025, 10, 31), 99.9, QStringLiteral("月報"), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("computed from the records"))) << message.toStdString();
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
    int seen = 0;
    core::ObjectiveService::Indicator i = core::ObjectiveService(*db).indicator(one, &seen);
    i.name = QStringLiteral("法規檢核完成件數");
    i.direction = QStringLiteral("at_least");
    i.target = 2;
    i.unit = QStringLiteral("件");
    QString message;
    ASSERT_TRUE(page.setIndicator(one, seen, i, &message)) << message.toStdString();
    // The dialog's save is judged against what it read: a second save from the same reading is stale.
    EXPECT_FALSE(page.setIndicator(one, seen, i, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("changed"))) << message.toStdString();
    core::ObjectiveService(*db).indicator(one, &seen);
    EXPECT_EQ(page.standings()->item(0, 1)->text(), QStringLiteral("法規檢核完成件數"));
    EXPECT_EQ(page.standings()->item(0, 2)->text(), QStringLiteral("At least 2 件"));
    i.name.clear();
    EXPECT_FALSE(page.setIndicator(one, seen, i, &message));
    EXPECT_EQ(message, QStringLiteral("Name the indicator that measures the objective."));
    ui::IndicatorDialog dialog(*db, QStringLiteral("1."), core::ObjectiveService(*db).indicator(one, nullptr));
    EXPECT_EQ(dialog.nameField()->text(), QStringLiteral("法規檢核完成件數"));
    EXPECT_DOUBLE_EQ(dialog.indicator().target, 2);
}

// Issue #24: the indicator's source is chosen in the dialog; a computed source gives its unit and
// direction, and a recorded period opens the records it was computed from.
TEST_F(ObjectivesPageTest, AComputedSourceIsChosenAndItsRecordsOpen) {
    const auto standings = core::ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2025);
    const qint64 two = standings[1].objectiveId;
    ui::IndicatorDialog dialog(*db, QStringLiteral("2."), core::ObjectiveService(*db).indicator(two, nullptr));
    EXPECT_EQ(dialog.sourceField()->currentData().toString(), QStringLiteral("senior_attendance"));
    int checked = 0;
    for (int row = 0; row < dialog.rolesField()->count(); ++row) checked += dialog.rolesField()->item(row)->checkState() == Qt::Checked;
    EXPECT_EQ(checked, 2);  // the convener and the executive team
    EXPECT_TRUE(dialog.rolesField()->isEnabled());
    EXPECT_EQ(dialog.indicator().roleIds.size(), 2);
    dialog.sourceField()->setCurrentIndex(dialog.sourceField()->findData(QString()));  // by hand
    EXPECT_FALSE(dialog.rolesField()->isEnabled());
    EXPECT_TRUE(dialog.indicator().roleIds.isEmpty());
    dialog.sourceField()->setCurrentIndex(dialog.sourceField()->findData(QStringLiteral("corrective_on_time")));
    EXPECT_EQ(dialog.indicator().unit, QStringLiteral("%"));
    EXPECT_EQ(dialog.indicator().direction, QStringLiteral("at_least"));
    EXPECT_DOUBLE_EQ(dialog.targetField()->value(), 100);

    ui::ObjectivesPage page(*db);
    page.yearChooser()->setCurrentIndex(page.yearChooser()->findData(2025));
    QString message;
    ASSERT_TRUE(page.recordEndedPeriods(&message)) << message.toStdString();
    // Objectives 1, 2, 3 and 5 for 2025; objective 6 for each month from January 2025 to November
    // 2026; objective 4 for each quarter to the third of 2026, objective 7 for the two with an
    // incident (2025's second and third).
    EXPECT_EQ(message, QStringLiteral("36 measurement(s) recorded from the records."));
    EXPECT_FALSE(page.standings()->item(1, 3)->text().contains(QStringLiteral("so far")));
    const qint64 recorded = core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM measurements WHERE objective_id = :o AND source <> ''"),
                                              {{QStringLiteral("o"), standings[4].objectiveId}})
                                .toLongLong();
    ASSERT_TRUE(page.showRecords(recorded, &message)) << message.toStdString();
    ASSERT_NE(page.recordsDialog(), nullptr);
    auto* list = page.recordsDialog()->findChild<ui::RecordListWidget*>();
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->model()->matchingRows(), 2);  // the compliance check's two corrective actions
    page.recordsDialog()->close();
    const qint64 typed = core::Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM measurements WHERE source = ''")).toLongLong();
    EXPECT_FALSE(page.showRecords(typed, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("not computed from records"))) << message.toStdString();
    EXPECT_FALSE(page.showRecords(0, &message));
}
