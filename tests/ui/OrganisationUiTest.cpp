// Issue #6 in the window: editing a RACI cell, recording a signed sheet, the staff-list import
// and the gaps, offscreen on the demo database.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTreeWidget>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/SignedSheetDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/CommunicationPage.h"
#include "pages/OrganisationPage.h"
#include "pages/ResponsibilitiesPage.h"
#include "services/RaciService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RaciWidget.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocDateEdit.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class OrganisationUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("org-ui.sqlite")));
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(OrganisationUiTest, EditingARaciCellSavesItAndShowsTheRules) {
    ui::ResponsibilitiesPage page(*db);
    page.show();
    QTableWidget* grid = page.raci()->grid();
    ASSERT_EQ(grid->rowCount(), 6);
    EXPECT_EQ(grid->item(0, 0)->text(), QStringLiteral("建立及審查資通安全政策"));
    // The committee (first role) is A on the first activity; the user chooses R instead.
    auto* cell = page.raci()->cell(0, 1);
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->currentText(), QStringLiteral("A"));
    cell->setCurrentIndex(cell->findData(QStringLiteral("R")));
    emit cell->activated(cell->currentIndex());
    const auto matrix = core::RaciService(*db).matrix();
    EXPECT_EQ(matrix.activities[0].cells.value(matrix.roles[0].roleId).value, QStringLiteral("R"));
    EXPECT_TRUE(
        page.raci()->problemsLabel()->text().contains(QStringLiteral("has nobody accountable (A)")))
        << page.raci()->problemsLabel()->text().toStdString();
    // The grid was read again: the cell shows what was saved.
    EXPECT_EQ(page.raci()->cell(0, 1)->currentText(), QStringLiteral("R"));
    // A cell changed elsewhere since the grid was read is refused, and the grid shows the other
    // change.
    {
        core::RaciService other(*db);
        const auto fresh = other.matrix();
        other.setCell(fresh.activities[0].id, fresh.roles[0].roleId, QStringLiteral("A"),
                      fresh.activities[0].cells.value(fresh.roles[0].roleId));
    }
    QString message;
    EXPECT_FALSE(page.raci()->setCell(0, 1, QStringLiteral("C"), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
    EXPECT_EQ(page.raci()->cell(0, 1)->currentText(), QStringLiteral("A"));
    // Roles, who holds them, and the gaps.
    EXPECT_EQ(page.roles()->rowCount(), 6);
    QStringList gaps;
    for (int i = 0; i < page.gaps()->count(); ++i) gaps << page.gaps()->item(i)->text();
    EXPECT_TRUE(gaps.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("苓雅區戶政事務所 has no “資訊安全專責人員”")))
        << gaps.join(QLatin1Char('\n')).toStdString();
}

TEST_F(OrganisationUiTest, RecordingASignedSheetRaisesTheCoverage) {
    ui::CommunicationPage page(*db);
    page.show();
    ASSERT_NE(page.versionId(), 0);
    EXPECT_TRUE(page.summary()->text().startsWith(QStringLiteral("Acknowledged by 4 of 6 (67%).")))
        << page.summary()->text().toStdString();
    EXPECT_EQ(page.missing()->rowCount(), 2);
    EXPECT_EQ(page.byUnit()->rowCount(), 4);

    ui::SignedSheetDialog dialog(*db, page.versionId());
    // It opens on the first unit with names still to tick (the bureau has all signed).
    EXPECT_EQ(dialog.unitChooser()->currentText(), QStringLiteral("殯葬管理處"));
    dialog.unitChooser()->setCurrentIndex(
        dialog.unitChooser()->findText(QStringLiteral("殯葬管理處")));
    ASSERT_EQ(dialog.names()->count(), 1);
    // Nothing ticked: the dialog says so and stays open.
    dialog.accept();
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    dialog.names()->item(0)->setCheckState(Qt::Checked);
    dialog.dateEdit()->setDate(QDate::currentDate());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    EXPECT_EQ(dialog.recorded(), 1);
    page.refresh();
    EXPECT_TRUE(page.summary()->text().startsWith(QStringLiteral("Acknowledged by 5 of 6 (83%).")))
        << page.summary()->text().toStdString();
    EXPECT_EQ(page.missing()->rowCount(), 1);
    EXPECT_EQ(core::Sql::scalar(
                  db->connection(),
                  QStringLiteral("SELECT method FROM acknowledgements a JOIN people p ON p.id = "
                                 "a.person_id WHERE p.name = '李建國'"))
                  .toString(),
              QStringLiteral("sign_in_sheet"));
}

TEST_F(OrganisationUiTest, TheStaffListImportReportsEveryBadLineAndAddsNothing) {
    ui::OrganisationPage page(*db);
    page.show();
    // The tree: "All units", the bureau with its offices, the vendors and the agencies.
    ASSERT_EQ(page.tree()->topLevelItemCount(), 4);
    const int before = page.people()->model()->matchingRows();
    QString report = page.importStaffList("name,unit\r\n周小華,兵役處\r\n吳明德,沒有這個單位\r\n");
    EXPECT_TRUE(report.contains(QStringLiteral("Line 3: there is no unit called 沒有這個單位")))
        << report.toStdString();
    EXPECT_EQ(page.people()->model()->matchingRows(), before);
    report = page.importStaffList(
        "name,unit,category\r\n周小華,兵役處,contract\r\n吳明德,兵役處,temporary\r\n");
    EXPECT_EQ(report, QStringLiteral("Imported 2 people."));
    EXPECT_EQ(page.people()->model()->matchingRows(), before + 2);
    // The unit's count in the tree follows.
    const auto found =
        page.tree()->findItems(QStringLiteral("兵役處"), Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first()->text(1), QStringLiteral("3"));
    // Choosing the unit lists its people only.
    page.tree()->setCurrentItem(found.first());
    EXPECT_EQ(page.people()->model()->matchingRows(), 3);
}

// The forms behind New person…, Assign… and New event…, filled in as a user would.
TEST_F(OrganisationUiTest, ThePersonFormSavesAndAnEmptyActiveToStaysEmpty) {
    ui::OrganisationPage page(*db);
    page.show();
    auto form = page.personForm(true);
    ASSERT_NE(form, nullptr);
    const qint64 military =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM org_units WHERE name = '兵役處'"))
            .toLongLong();
    form->setValue(QStringLiteral("unit"), military);
    form->accept();  // no name
    EXPECT_TRUE(form->messageLabel()->text().contains(QStringLiteral("needs a name")))
        << form->messageLabel()->text().toStdString();
    form->setValue(QStringLiteral("name"), QStringLiteral("周小華"));
    form->setValue(QStringLiteral("category"), QStringLiteral("contract"));
    form->setValue(QStringLiteral("active_from"), QDate(2025, 2, 1));
    EXPECT_FALSE(form->values().value(QStringLiteral("active_to")).toDate().isValid());  // "(none)"
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Accepted) << form->messageLabel()->text().toStdString();
    QSqlQuery q = core::Sql::run(
        db->connection(),
        QStringLiteral(
            "SELECT unit_id, category, active_from, active_to FROM people WHERE name = '周小華'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), military);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("contract"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("2025-02-01"));
    EXPECT_TRUE(q.value(3).isNull());
    // An end before the start is refused in the form, with core's reason.
    q.finish();
    page.people()->model()->setSearch(QStringLiteral("周小華"));
    page.people()->view()->setCurrentIndex(page.people()->model()->index(0, 0));
    auto edit = page.personForm(false);
    ASSERT_NE(edit, nullptr);
    edit->setValue(QStringLiteral("active_to"), QDate(2025, 1, 1));
    edit->accept();
    EXPECT_TRUE(edit->messageLabel()->text().contains(QStringLiteral("comes before")))
        << edit->messageLabel()->text().toStdString();
}

TEST_F(OrganisationUiTest, TheAssignFormAssignsTheChosenRole) {
    ui::ResponsibilitiesPage page(*db);
    page.show();
    page.roles()->setCurrentCell(0, 0);  // the committee, held by nobody
    auto form = page.assignForm();
    ASSERT_NE(form, nullptr);
    const qint64 chen =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM people WHERE name = '陳美玲'"))
            .toLongLong();
    form->setValue(QStringLiteral("person"), chen);
    form->setValue(QStringLiteral("start"), QDate::currentDate().addDays(-1));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Accepted) << form->messageLabel()->text().toStdString();
    EXPECT_EQ(page.roles()->item(0, 1)->text(), QStringLiteral("陳美玲"));  // held for no unit
    EXPECT_EQ(page.assignments()->rowCount(), 1);
}

TEST_F(OrganisationUiTest, TheEventFormRecordsWhoWasAddressed) {
    ui::CommunicationPage page(*db);
    page.show();
    auto form = page.eventForm();
    ASSERT_NE(form, nullptr);
    const qint64 funeral =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM org_units WHERE name = '殯葬管理處'"))
            .toLongLong();
    form->setValue(QStringLiteral("channel"), QStringLiteral("posting"));
    form->setValue(QStringLiteral("units"), QVariantList{funeral});
    form->setValue(QStringLiteral("categories"), QVariantList{QStringLiteral("full_time")});
    form->setValue(QStringLiteral("material"), QStringLiteral("公告"));
    form->accept();
    EXPECT_EQ(form->result(), QDialog::Accepted) << form->messageLabel()->text().toStdString();
    ASSERT_EQ(page.events()->rowCount(), 2);
    EXPECT_EQ(page.events()->item(1, 2)->text(), QStringLiteral("殯葬管理處, Full-time staff"));
}
