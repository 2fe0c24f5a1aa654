// Form dialogs keep typed work and show a record to a role that may only read it.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/DialogForm.h"
#include "domain/Session.h"
#include "i18n/Language.h"
#include "pages/ActionPlanPage.h"
#include "storage/Database.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"

using namespace isms;

namespace {

class FormDialogsTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("forms.sqlite")), 2025);
    }
    isms::test::TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

// A chair opens an action item (Enter, a double click, the list menu's Open): the form shows it
// to read, saying why, with nothing to save.
TEST_F(FormDialogsTest, AChairOpensAnActionItemToReadIt) {
    db->setSession(
        core::Session::user(2, QStringLiteral("c"), QStringLiteral("C"), core::UserRole::Chair));
    ui::ActionPlanPage page(*db);
    page.show();
    QTableView* view = page.list()->view();
    ASSERT_GT(view->model()->rowCount(), 0);
    view->setCurrentIndex(view->model()->index(0, 1));
    bool seen = false;
    isms::test::answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::ActionItemDialog*>(modal);
        if (!dialog) return;
        seen = true;
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("dialog_buttons"));
        EXPECT_FALSE(buttons->button(QDialogButtonBox::Ok)->isVisibleTo(dialog));
        EXPECT_EQ(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Close"));
        auto* note = dialog->findChild<QLabel*>(QStringLiteral("view_only"));
        ASSERT_NE(note, nullptr);
        EXPECT_TRUE(note->text().contains(QStringLiteral("Administrator or Editor")))
            << note->text().toStdString();
        for (auto* line : dialog->findChildren<QLineEdit*>()) EXPECT_TRUE(line->isReadOnly());
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    ui::ListMenu::install(view, page.button(ui::Page::kOpen));  // as the window does
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(seen) << "Enter opens the item";
}

// Esc, Cancel or closing the window with typed text asks first; keeping it keeps the text, and
// discarding closes the form.
TEST_F(FormDialogsTest, EscWithTypedTextAsksBeforeDiscarding) {
    db->setSession(core::Session::user(1, QStringLiteral("a"), QStringLiteral("A"),
                                       core::UserRole::Administrator));
    core::ActionItem item;
    item.planYear = 2025;
    ui::ActionItemDialog dialog(*db, item);
    dialog.show();
    QApplication::processEvents();
    auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
    ASSERT_NE(title, nullptr);
    title->setText(QStringLiteral("Temp item"));
    QString asked;
    isms::test::answerNextModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box) return;
        asked = box->text();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == QStringLiteral("Keep editing")) b->click();
        }
    });
    QTest::keyClick(title, Qt::Key_Escape);
    EXPECT_EQ(asked, QStringLiteral("Discard what you typed in this form?"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(title->text(), QStringLiteral("Temp item"));
    isms::test::answerNextModal([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            for (QAbstractButton* b : box->buttons()) {
                if (b->text() == QStringLiteral("Discard")) b->click();
            }
        }
    });
    dialog.findChild<QDialogButtonBox*>(QStringLiteral("dialog_buttons"))
        ->button(QDialogButtonBox::Cancel)
        ->click();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    // Nothing typed: Esc closes without a question.
    ui::ActionItemDialog untouched(*db, item);
    untouched.show();
    QApplication::processEvents();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    EXPECT_FALSE(untouched.isVisible());
}

// The plan year reads as the list shows it: 民國115年 in Chinese, the Gregorian year kept.
TEST_F(FormDialogsTest, ThePlanYearIsARocYearInChinese) {
    core::Language::install(QStringLiteral("zh_TW"));
    db->setSession(core::Session::user(1, QStringLiteral("a"), QStringLiteral("A"),
                                       core::UserRole::Administrator));
    core::ActionItem item;
    item.planYear = 2026;
    ui::ActionItemDialog dialog(*db, item);
    auto* year = dialog.findChild<QSpinBox*>(QStringLiteral("plan_year"));
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(year->text(), QStringLiteral("民國115年"));
    EXPECT_EQ(year->value(), 2026);
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("116"));
    year->interpretText();
    EXPECT_EQ(year->value(), 2027);
    core::Language::install(QStringLiteral("en"));
}
