#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/ActionItemDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/ActionPlanPage.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocDateEdit.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class ActionPlanPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("plan.sqlite")), 2025);
    }
    int rows(ui::ActionPlanPage& page) { return page.list()->model()->matchingRows(); }
    void choose(ui::ActionPlanPage& page, const char* filter, const QVariant& value) {
        QComboBox* box = page.filter(QString::fromLatin1(filter));
        box->setCurrentIndex(box->findData(value));
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(ActionPlanPageTest, FiltersMatchTheFigures) {
    ui::ActionPlanPage page(*db);
    page.show();
    EXPECT_EQ(rows(page), 8);
    choose(page, "year", 2025);
    EXPECT_EQ(rows(page), 8);
    choose(page, "status", QStringLiteral("done"));
    EXPECT_EQ(rows(page), 5);
    choose(page, "status", QVariant());
    choose(page, "objective", 3);
    EXPECT_EQ(rows(page), 1);
    choose(page, "objective", QVariant());
    const qint64 chen =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM people WHERE name = '陳美玲'"))
            .toLongLong();
    choose(page, "owner", chen);
    EXPECT_EQ(rows(page), 4);
    choose(page, "owner", QVariant());
    const qint64 military =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM org_units WHERE name = '兵役處'"))
            .toLongLong();
    choose(page, "unit", military);
    EXPECT_EQ(rows(page), 1);
    choose(page, "unit", QVariant());
    page.overdueFilter()->setChecked(
        true);  // past due, not done or cancelled: items 2, 3 and 5 of 2025
    EXPECT_EQ(rows(page), 3);
    // Each owner shows with unit and the role they hold.
    auto* model = page.list()->model();
    const int last = model->columnCount() - 1;
    EXPECT_EQ(model->headerData(last, Qt::Horizontal).toString(), QStringLiteral("Owner's role"));
    bool executive = false;
    for (int r = 0; r < model->rowCount(); ++r)
        executive |= model->index(r, last).data().toString() == QStringLiteral("資通安全執行小組");
    EXPECT_TRUE(executive);
}

TEST_F(ActionPlanPageTest, BulkStatusCopyImportAndExport) {
    ui::ActionPlanPage page(*db);
    page.show();
    QTableView* view = page.list()->view();
    view->selectionModel()->select(page.list()->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(page.list()->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(page.selectedIds().size(), 2);
    QString message;
    ASSERT_TRUE(page.setStatus(QStringLiteral("cancelled"), QStringLiteral("預算刪減"), &message))
        << message.toStdString();
    EXPECT_EQ(core::Sql::scalar(
                  db->connection(),
                  QStringLiteral("SELECT COUNT(*) FROM action_items WHERE status = 'cancelled'"))
                  .toInt(),
              2);

    ASSERT_TRUE(page.copyYear(2025, &message));
    EXPECT_EQ(message,
              QStringLiteral("6 items copied into 2026."));  // the cancelled two stay behind

    const QString bad = files.write(QStringLiteral("bad.csv"),
                                    "plan_year,title,owner,due_date\n2025,,陳美玲,2025-01-01\n");
    EXPECT_FALSE(page.importCsv(bad, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("Nothing was imported")));
    EXPECT_TRUE(message.contains(QStringLiteral("Line 2: Say what will be done.")));
    const QString good =
        files.write(QStringLiteral("good.csv"),
                    "plan_year,title,owner,due_date\n2025,盤點資產,陳美玲,114/12/01\n");
    ASSERT_TRUE(page.importCsv(good, &message)) << message.toStdString();
    EXPECT_EQ(message, QStringLiteral("1 item imported."));

    const QString out = files.path(QStringLiteral("out.csv"));
    ASSERT_TRUE(page.exportCsv(2025, out, &message));
    EXPECT_EQ(message, QStringLiteral("9 items written."));
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(out)).contains(QStringLiteral("盤點資產")));
}

TEST_F(ActionPlanPageTest, TheFormSaysWhatIsWrongNextToTheField) {
    core::ActionItem item;
    item.planYear = 2025;
    item.dueDate = QDate(2026, 2, 1);
    ui::ActionItemDialog dialog(*db, item);
    dialog.titleField()->setText(QStringLiteral("建立弱點掃描排程"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.messageFor(QStringLiteral("owner")),
              QStringLiteral("Name the person responsible."));
    EXPECT_EQ(dialog.messageFor(QStringLiteral("due_reason")),
              QStringLiteral("The due date is outside the plan year: give the reason."));
    EXPECT_TRUE(dialog.messageFor(QStringLiteral("title")).isEmpty());
    dialog.ownerChooser()->setCurrentIndex(1);
    dialog.dueField()->setDate(QDate(2025, 11, 1));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_GT(dialog.savedId(), 0);
    EXPECT_EQ(core::ActionPlanService(*db).load(dialog.savedId()).title,
              QStringLiteral("建立弱點掃描排程"));
}

// An action item whose words no font has still prints, as a visible replacement, and the export
// says which characters those were, for the window to tell.
TEST_F(ActionPlanPageTest, TheActionPlanExportNamesCharactersNoFontHas) {
    db->setSession(isms::test::administrator(QStringLiteral("t")));
    core::ActionPlanService service(*db);
    const qint64 id =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT MIN(id) FROM action_items WHERE plan_year = 2025"))
            .toLongLong();
    core::ActionItem item = service.load(id);
    item.title =
        QStringLiteral("與𠮟𡘙里長") + QString::fromUcs4(U"\U000F0001", 1) + QStringLiteral("會談");
    service.save(item);
    ui::ActionPlanPage page(*db);
    QString message;
    ASSERT_TRUE(page.writeReport(2025, files.path(QStringLiteral("plan.pdf")), &message))
        << message.toStdString();
    EXPECT_EQ(message, QStringLiteral("1 character no font has, printed as \uFFFD: U+F0001."));
    ASSERT_TRUE(page.writeReport(2024, files.path(QStringLiteral("empty.pdf")), &message));
    EXPECT_TRUE(message.isEmpty()) << message.toStdString();
}
