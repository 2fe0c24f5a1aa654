#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "PageActions.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "pages/DashboardPage.h"
#include "pages/Page.h"
#include "storage/Database.h"
#include "widgets/ListMenu.h"

using namespace isms;

namespace {

class PageActionsTest : public ::testing::Test {
protected:
    void SetUp() override { core::Language::install(QStringLiteral("en")); }
    void open(core::UserRole::Value role, const QString& name = QStringLiteral("actions.sqlite")) {
        window.reset();
        auto db = isms::test::demoDatabase(files.path(name));
        db->setSession(
            core::Session::user(7, QStringLiteral("someone"), QStringLiteral("某人"), role));
        window = std::make_unique<ui::MainWindow>(std::move(db));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QWidget* show(const QString& area) {
        for (int row = 0; row < window->navigation()->count(); ++row) {
            if (window->navigation()->item(row)->text() != area) continue;
            window->navigation()->setCurrentRow(row);
            return window->page(row);
        }
        return nullptr;
    }
    QAction* action(const char* name) {
        return window->pageActions()->action(QString::fromLatin1(name));
    }
    // The title of the dialog the action opens (closed again at once), empty for none.
    QString dialogOf(const std::function<void()>& act) {
        QString title;
        isms::test::answerNextModal([&](QWidget* modal) {
            title = modal->windowTitle();
            if (auto* dialog = qobject_cast<QDialog*>(modal)) dialog->reject();
        });
        act();
        return title;
    }

    isms::test::TestFiles files;
    std::unique_ptr<ui::MainWindow> window;
};

}  // namespace

TEST_F(PageActionsTest, TheToolbarActsOnThePageOnScreen) {
    open(core::UserRole::Editor);
    auto* toolbar = window->findChild<QToolBar*>(QStringLiteral("main_toolbar"));
    ASSERT_NE(toolbar, nullptr);
    for (QAction* a : toolbar->actions()) {
        if (!a->isSeparator()) {
            EXPECT_FALSE(a->icon().isNull()) << a->text().toStdString();
        }
    }
    // The dashboard adds nothing, and says so.
    show(QStringLiteral("Dashboard"));
    EXPECT_FALSE(action("page_new")->isEnabled());
    EXPECT_EQ(action("page_new")->toolTip(),
              QStringLiteral("There is nothing to add on this page."));
    // Ctrl+N on the action plan is a new action item, Ctrl+F its search, Enter on a row opens it.
    show(QStringLiteral("Action plan"));
    ASSERT_TRUE(action("page_new")->isEnabled());
    EXPECT_EQ(dialogOf([&] { QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier); }),
              QStringLiteral("New action item"));
    QApplication::setActiveWindow(window.get());  // again, after the dialog
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* page = dynamic_cast<ui::Page*>(window->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), page->searchField());
    QAbstractItemView* list = page->mainList();
    ASSERT_NE(list, nullptr);
    list->setCurrentIndex(list->model()->index(0, 1));
    list->setFocus();
    EXPECT_EQ(dialogOf([&] { QTest::keyClick(list, Qt::Key_Return); }),
              QStringLiteral("Edit action item"));
    EXPECT_EQ(dialogOf([&] { action("page_open")->trigger(); }),
              QStringLiteral("Edit action item"));
    // The meetings list has no double click of its own: Open is Edit meeting… on the row.
    show(QStringLiteral("Meetings"));
    page = dynamic_cast<ui::Page*>(window->pages()->currentWidget());
    list = page->mainList();
    ASSERT_GT(list->model()->rowCount(), 0);
    EXPECT_FALSE(
        dialogOf([&] { Q_EMIT list->doubleClicked(list->model()->index(0, 1)); }).isEmpty());
}

TEST_F(PageActionsTest, WhatARoleCannotDoIsGreyedOutWithItsReason) {
    open(core::UserRole::Viewer);
    show(QStringLiteral("Action plan"));
    EXPECT_FALSE(action("page_new")->isEnabled());
    EXPECT_TRUE(action("page_new")
                    ->toolTip()
                    .contains(QStringLiteral("that is for Administrator or Editor")))
        << action("page_new")->toolTip().toStdString();
    EXPECT_TRUE(action("page_find")->isEnabled());  // everyone may search and print
    EXPECT_TRUE(action("page_print")->isEnabled());
}

// Every list on every page has the list menu; its rows are copied and exported as shown.
TEST_F(PageActionsTest, EveryListHasItsMenu) {
    open(core::UserRole::Administrator);
    for (int row = 0; row < window->navigation()->count(); ++row) {
        auto* page = dynamic_cast<ui::Page*>(window->page(row));
        ASSERT_NE(page, nullptr) << window->navigation()->item(row)->text().toStdString();
        // The dashboard makes its tables anew with each computation: they have menus too.
        if (auto* dashboard = qobject_cast<ui::DashboardPage*>(window->page(row))) {
            QSignalSpy shown(dashboard, &ui::DashboardPage::figuresShown);
            dashboard->reload();
            ASSERT_TRUE(shown.count() > 0 || shown.wait(10000));
        }
        for (QAbstractItemView* list : page->lists()) {
            EXPECT_NE(list->findChild<ui::ListMenu*>(), nullptr)
                << window->navigation()->item(row)->text().toStdString() << " "
                << list->objectName().toStdString();
        }
    }
    show(QStringLiteral("Action plan"));
    auto* page = dynamic_cast<ui::Page*>(window->pages()->currentWidget());
    QAbstractItemView* list = page->mainList();
    ui::ListMenu* menu = list->findChild<ui::ListMenu*>();
    const QModelIndex first = list->model()->index(0, 2);
    QMenu* shown = menu->menuFor(first);
    EXPECT_TRUE(shown->findChild<QAction*>(QStringLiteral("list_open"))->isEnabled());
    shown->findChild<QAction*>(QStringLiteral("list_copy_row"))->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), menu->rowText(0));
    EXPECT_TRUE(menu->rowText(0).contains(first.data().toString()));
    delete shown;
    const QString file = files.path(QStringLiteral("list.csv"));
    QString message;
    ASSERT_TRUE(menu->writeCsv(file, &message)) << message.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), list->model()->rowCount() + 1);
}

// F1 opens the manual shipped with the program, in the program's language.
TEST_F(PageActionsTest, F1OpensTheManualInTheUsersLanguage) {
    for (const QString& language : {QStringLiteral("zh_TW"), QStringLiteral("en")}) {
        ASSERT_TRUE(core::Language::install(language));
        open(core::UserRole::Viewer, language + QStringLiteral(".sqlite"));
        QString shown;
        isms::test::answerNextModal([&](QWidget* modal) {
            if (auto* browser = modal->findChild<QTextBrowser*>()) shown = browser->toPlainText();
            if (auto* dialog = qobject_cast<QDialog*>(modal)) dialog->reject();
        });
        QApplication::setActiveWindow(window.get());
        QTest::keyClick(window.get(), Qt::Key_F1);
        const bool chinese = language == QLatin1String("zh_TW");
        EXPECT_TRUE(shown.contains(chinese ? QStringLiteral("資通安全委員會召集人")
                                           : QStringLiteral("The committee's convener")))
            << language.toStdString() << shown.left(200).toStdString();
        // The three users' journeys, each named as the window names its steps.
        EXPECT_TRUE(
            shown.contains(chinese ? QStringLiteral("「核定…」") : QStringLiteral("Approve…")));
    }
    core::Language::install(QStringLiteral("en"));
}

// Find goes to a list that is shown: on the Policies page only the controlled copies' tab has one.
TEST_F(PageActionsTest, FindFollowsTheTabShown) {
    open(core::UserRole::Editor);
    QWidget* policies = show(QStringLiteral("Policies"));
    ASSERT_NE(policies, nullptr);
    EXPECT_FALSE(action("page_find")->isEnabled());
    EXPECT_EQ(action("page_find")->toolTip(), QStringLiteral("This page has no list to search."));
    auto* tabs = policies->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(tabs->count() - 1);  // Controlled copies
    EXPECT_TRUE(action("page_find")->isEnabled());
    // Its toolbar words are the action's, without the menu's mnemonic.
    QAction* refresh = window->findChild<QAction*>(QStringLiteral("refresh"));
    EXPECT_EQ(refresh->iconText(), QStringLiteral("Refresh"));
}

// Double click opens a record everywhere: a policy version (a draft in the editor, another in
// its print preview), an audit entry in full; Delete removes where the page removes.
TEST_F(PageActionsTest, DoubleClickAndDeleteOpenAndRemoveEverywhere) {
    open(core::UserRole::Administrator);
    auto* policies = dynamic_cast<ui::Page*>(show(QStringLiteral("Policies")));
    QAbstractItemView* versions = policies->mainList();
    ASSERT_NE(versions, nullptr);
    EXPECT_EQ(dialogOf([&] { Q_EMIT versions->doubleClicked(versions->model()->index(0, 0)); }),
              QStringLiteral("Print preview"));

    auto* log = dynamic_cast<ui::Page*>(show(QStringLiteral("Audit log")));
    QAbstractItemView* entries = log->mainList();
    ASSERT_NE(entries, nullptr);
    entries->model()->index(0, 0).data();  // the first rows are read
    ASSERT_GT(entries->model()->rowCount(), 0);
    QStringList fields;
    isms::test::answerNextModal([&](QWidget* modal) {
        if (modal->objectName() == QLatin1String("trail_entry_dialog")) {
            for (QLabel* l : modal->findChildren<QLabel*>()) fields << l->text();
        }
        if (auto* d = qobject_cast<QDialog*>(modal)) d->reject();
    });
    Q_EMIT entries->doubleClicked(entries->model()->index(0, 1));
    // The entry in full: what happened, when and by whom, and its hash.
    EXPECT_GE(fields.size(), 3) << fields.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(fields.join(QLatin1Char('|')).contains(QStringLiteral("Entry hash")))
        << fields.join(QLatin1Char('|')).toStdString();

    auto* organisation = show(QStringLiteral("Organisation"));
    auto* tree = organisation->findChild<QTreeWidget*>(QStringLiteral("units"));
    ASSERT_NE(tree, nullptr);
    QTreeWidgetItem* unit = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !unit; ++it)
        if ((*it)->data(0, Qt::UserRole).toLongLong() != 0) unit = *it;
    ASSERT_NE(unit, nullptr);
    tree->setCurrentItem(unit);
    tree->setFocus();
    QString question;
    isms::test::pressInNextBox(QMessageBox::No, &question);
    QTest::keyClick(tree, Qt::Key_Delete);
    EXPECT_TRUE(question.startsWith(QStringLiteral("Remove “"))) << question.toStdString();
}

// Delete on a list whose records are never deleted says so, rather than doing nothing.
TEST_F(PageActionsTest, DeleteWhereNothingIsDeletedSaysWhy) {
    open(core::UserRole::Administrator);
    auto* plan = dynamic_cast<ui::Page*>(show(QStringLiteral("Action plan")));
    ASSERT_NE(plan, nullptr);
    QAbstractItemView* items = plan->mainList();
    ASSERT_GT(items->model()->rowCount(), 0);
    items->setCurrentIndex(items->model()->index(0, 1));
    items->setFocus();
    QTest::keyClick(items, Qt::Key_Delete);
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Records of this list are not deleted")))
        << window->statusBar()->currentMessage().toStdString();
}
