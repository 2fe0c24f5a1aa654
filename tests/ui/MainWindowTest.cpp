#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "Administrator.h"
#include "BackgroundCheck.h"
#include "DatabaseActions.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/DashboardPage.h"
#include "pages/PolicyPage.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override { core::Language::install(QStringLiteral("en")); }
    void TearDown() override { core::Language::install(QStringLiteral("en")); }

    std::unique_ptr<ui::MainWindow> makeWindow(const QString& name = QStringLiteral("ui.sqlite")) {
        auto window = std::make_unique<ui::MainWindow>(isms::test::demoDatabase(files.path(name)));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    TestFiles files;
};

}  // namespace

TEST_F(MainWindowTest, OpensEveryAreaOfTheDesign) {
    auto window = makeWindow();
    QListWidget* nav = window->navigation();
    ASSERT_EQ(nav->count(), 17);
    EXPECT_FALSE(window->statusBar()->isSizeGripEnabled());  // the window's edges resize it
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i) titles << nav->item(i)->text();
    EXPECT_EQ(titles,
              QStringList({"Dashboard", "Policies", "Objectives", "Action plan", "Organisation",
                           "Responsibilities", "Reviews", "Meetings", "Audits", "Drills",
                           "Communication", "Core systems", "Training", "Incidents", "Audit log", "Users", "Settings"}));
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        QApplication::processEvents();
        QWidget* page = window->pages()->currentWidget();
        ASSERT_NE(page, nullptr);
        EXPECT_NE(page->metaObject()->className(), QByteArray("QWidget"))
            << "built on opening: " << titles[i].toStdString();
        EXPECT_TRUE(page->isVisible()) << titles[i].toStdString();
        // Every list on a page reads without error.
        for (auto* list : page->findChildren<ui::RecordListWidget*>()) {
            EXPECT_FALSE(list->model()->lastError().isValid()) << list->objectName().toStdString();
        }
    }
    QStringList status;
    for (auto* label : window->statusBar()->findChildren<QLabel*>()) status << label->text();
    EXPECT_TRUE(status.join(QLatin1Char(' ')).contains(QStringLiteral("ui.sqlite")));
    EXPECT_TRUE(
        status.join(QLatin1Char(' ')).contains(QStringLiteral("Signed in: test (Administrator)")));
}

TEST_F(MainWindowTest, RecordPagesShowTheDemoRecords) {
    auto window = makeWindow();
    // A page is built when its area is first opened, and a list reads nothing until shown.
    EXPECT_EQ(window->findChild<ui::RecordListWidget*>(QStringLiteral("audit_log")), nullptr);
    EXPECT_EQ(window->pages()->widget(14)->metaObject()->className(), QByteArray("QWidget"));
    for (int row = 0; row < window->navigation()->count(); ++row)
        ASSERT_NE(window->page(row), nullptr);
    EXPECT_EQ(window->pages()->widget(14)->metaObject()->className(),
              QByteArray("isms::ui::AuditLogPage"));
    EXPECT_EQ(window->page(14), window->pages()->widget(14));  // built once
    EXPECT_EQ(window->pages()->count(), window->navigation()->count());
    EXPECT_EQ(window->navigation()->currentRow(), 0);
    EXPECT_EQ(window->pages()->currentIndex(), 0);
    EXPECT_FALSE(
        window->findChild<ui::RecordListWidget*>(QStringLiteral("audit_log"))->model()->loaded());
    auto count = [&](const char* key) {
        auto* list = window->findChild<ui::RecordListWidget*>(QString::fromLatin1(key));
        EXPECT_NE(list, nullptr) << key;
        if (list) list->refresh();
        return list ? list->model()->rowCount() : -1;
    };
    EXPECT_EQ(count("action_items"), 8);
    EXPECT_EQ(count("objectives"), 8);
    EXPECT_EQ(count("people"), 6);
    EXPECT_EQ(count("responsibilities"), 5);
    EXPECT_EQ(count("drills"), 1);
    EXPECT_GT(count("audit_log"), 100);
}

TEST_F(MainWindowTest, MenusOfADesktopApplication) {
    auto window = makeWindow();
    QStringList menus;
    for (QAction* a : window->menuBar()->actions()) menus << a->text();
    EXPECT_EQ(menus, QStringList({"&File", "&View", "&Tools", "&Help"}));
    QStringList file;
    for (QAction* a : window->menuBar()->actions().first()->menu()->actions()) {
        if (!a->isSeparator()) file << a->text();
    }
    EXPECT_EQ(file, QStringList({"&Open database…", "Open read onl&y…", "Open &recent",
                                 "&New database…", "Co&nnect to server…", "&Back up…", "&Restore…",
                                 "Print pre&view…", "&Print…", "&Export PDF…", "&Import policy…", "&Change password…",
                                 "Switch &user…", "Sign &out", "Sign &in…", "&Quit"}));
    // On the Policies page printing is of the version shown; elsewhere the menu does what the
    // page's own Print and Export buttons do, greyed with their reason when they are.
    window->navigation()->setCurrentRow(1);
    EXPECT_TRUE(window->printAction(QStringLiteral("pdf"))->isEnabled());
    for (int row = 0; row < window->navigation()->count(); ++row) {
        window->navigation()->setCurrentRow(row);
        for (const char* name : {"preview", "print", "pdf"}) {
            QAction* a = window->printAction(QString::fromLatin1(name));
            QAbstractButton* b = window->pageButtonFor(QString::fromLatin1(name));
            if (row != 1) EXPECT_EQ(a->isEnabled(), b && b->isEnabled()) << row << name;
            if (!a->isEnabled()) EXPECT_FALSE(a->toolTip().isEmpty()) << row << name;
        }
    }
}

TEST_F(MainWindowTest, OpeningABadFileKeepsTheCurrentDatabase) {
    auto window = makeWindow();
    const QString before = window->database().path();
    const QString bad = files.write(QStringLiteral("bad.sqlite"), "not a database");
    QString error;
    EXPECT_FALSE(window->openDatabase(bad, false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an ISMS Desk database")));
    EXPECT_EQ(window->database().path(), before);
    EXPECT_EQ(window->navigation()->count(), 17);
}

TEST_F(MainWindowTest, CancellingTheSignInKeepsTheCurrentDatabase) {
    auto window = makeWindow();
    const QString before = window->database().path();
    window->setSignIn([](core::Database&, const QString&) { return false; });
    QString error = QStringLiteral("unchanged");
    EXPECT_FALSE(window->openDatabase(files.path(QStringLiteral("other.sqlite")), false, &error));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(window->database().path(), before);
}

TEST_F(MainWindowTest, SwitchesToAnotherDatabase) {
    auto window = makeWindow();
    window->navigation()->setCurrentRow(3);
    window->setSignIn([](core::Database& d, const QString&) {
        d.setSession(isms::test::administrator(QStringLiteral("switcher")));
        return true;
    });
    QString error;
    ASSERT_TRUE(window->openDatabase(files.path(QStringLiteral("second.sqlite")), false, &error))
        << error.toStdString();
    EXPECT_TRUE(window->database().path().endsWith(QStringLiteral("second.sqlite")));
    EXPECT_EQ(window->navigation()->currentRow(), 3);
    auto* list = window->findChild<ui::RecordListWidget*>(QStringLiteral("action_items"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->model()->rowCount(), 0);  // the new one was created empty
}

TEST_F(MainWindowTest, TraditionalChineseWithRocDates) {
    ASSERT_TRUE(core::Language::install(QStringLiteral("zh_TW")));
    auto window = makeWindow();
    EXPECT_EQ(window->navigation()->item(0)->text(), QStringLiteral("儀表板"));
    EXPECT_EQ(window->navigation()->item(3)->text(), QStringLiteral("年度行動計畫"));
    window->page(3);
    auto* list = window->findChild<ui::RecordListWidget*>(QStringLiteral("action_items"));
    ASSERT_NE(list, nullptr);
    list->refresh();
    list->model()->sort(7, Qt::AscendingOrder);
    EXPECT_EQ(list->model()->data(list->model()->index(0, 7)).toString(),
              QStringLiteral("114/06/30"));
    EXPECT_EQ(list->model()->data(list->model()->index(0, 1)).toString(), QStringLiteral("114"));
    EXPECT_EQ(list->model()->data(list->model()->index(0, 10)).toString(),
              QStringLiteral("已完成"));
    auto* dashboard = window->findChild<ui::DashboardPage*>();
    ASSERT_NE(dashboard, nullptr);
    QSignalSpy shown(dashboard,
                     &ui::DashboardPage::figuresShown);  // computed behind the shown page
    if (dashboard->computing()) {
        EXPECT_TRUE(shown.wait(10000));
    }
    bool rocDate = false;
    for (QLabel* label : dashboard->findChildren<QLabel*>())
        rocDate = rocDate || label->text().contains(QStringLiteral("民國114年9月11日"));
    EXPECT_TRUE(rocDate);
}

// Accepts the message boxes the window shows, remembering their texts.
class BoxCatcher {
public:
    BoxCatcher() {
        QTimer::singleShot(0, &m_context, [this] { poll(); });
    }
    QStringList texts;

private:
    void poll() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            texts << box->text();
            box->accept();
        }
        QTimer::singleShot(10, &m_context, [this] { poll(); });
    }
    QObject m_context;
};

// Opening reads only the header and schema; the main window checks the whole file behind it.
TEST_F(MainWindowTest, TheBackgroundCheckClosesADamagedDatabaseWithAMessage) {
    const QString path = files.path(QStringLiteral("damaged.sqlite"));
    int page = 0;
    {
        auto db = isms::test::demoDatabase(path);
        page = core::Sql::scalar(
                   db->connection(),
                   QStringLiteral(
                       "SELECT rootpage FROM sqlite_master WHERE name = 'legal_references'"))
                   .toInt();
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(qint64(page - 1) * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }
    auto db = core::Workspace::open(path, false, core::Database::Check::Deferred);
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    BoxCatcher boxes;
    ui::MainWindow window(std::move(db));
    window.show();
    ASSERT_NE(window.backgroundCheck(), nullptr);
    window.backgroundCheck()->wait();
    for (int i = 0; i < 200 && boxes.texts.isEmpty(); ++i) QTest::qWait(10);
    ASSERT_EQ(boxes.texts.size(), 1);
    EXPECT_TRUE(boxes.texts[0].contains(QStringLiteral("damaged"))) << boxes.texts[0].toStdString();
    EXPECT_FALSE(window.hasDatabase());
    EXPECT_EQ(window.navigation()->count(), 0);
}

TEST_F(MainWindowTest, TheBackgroundCheckOfASoundDatabaseSaysNothing) {
    BoxCatcher boxes;
    auto window = makeWindow();
    ASSERT_NE(window->backgroundCheck(), nullptr);
    window->backgroundCheck()->wait();
    QTest::qWait(100);
    EXPECT_TRUE(boxes.texts.isEmpty()) << boxes.texts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(window->hasDatabase());
}

// The window's check starts by itself a moment after the window, so as not to slow its first
// paint; nobody has to ask for it.
TEST_F(MainWindowTest, TheBackgroundCheckStartsByItselfAfterTheWindowIsShown) {
    auto window = makeWindow();
    ASSERT_NE(window->backgroundCheck(), nullptr);
    EXPECT_TRUE(window->backgroundCheck()->isRunning());  // waiting for its moment, or running
    QSignalSpy done(window->backgroundCheck(), &ui::BackgroundCheck::finished);
    ASSERT_TRUE(done.wait(30000));
    EXPECT_TRUE(done.at(0).at(0).value<ui::BackgroundCheck::Outcome>().sound());
    EXPECT_FALSE(window->backgroundCheck()->isRunning());
}

TEST_F(MainWindowTest, ACheckStoppedBeforeItsMomentNeverRuns) {
    const QString path = files.path(QStringLiteral("stopped.sqlite"));
    isms::test::demoDatabase(path);
    ui::BackgroundCheck check(path);
    QSignalSpy done(&check, &ui::BackgroundCheck::finished);
    check.start(std::chrono::milliseconds(50));
    EXPECT_TRUE(check.isRunning());
    check.stop();
    EXPECT_FALSE(check.isRunning());
    check.wait();  // nothing to wait for: a stopped check is not started by waiting
    QTest::qWait(200);
    EXPECT_TRUE(done.isEmpty());
}

TEST_F(MainWindowTest, RefreshShowsWhatAnotherWorkstationSaved) {
    auto window = makeWindow();
    window->navigation()->setCurrentRow(3);  // Action plan
    auto* items = window->findChild<ui::RecordListWidget*>(QStringLiteral("action_items"));
    ASSERT_NE(items, nullptr);
    const int before = items->model()->rowCount();
    {
        // Another program on the same database adds an item.
        auto other = core::Database::open(window->database().path());
        core::Sql::run(other->connection(),
                       QStringLiteral("INSERT INTO action_items (plan_year, title, status) SELECT "
                                      "MAX(plan_year), '另一台電腦', 'planned' "
                                      "FROM action_items"));
    }
    EXPECT_EQ(items->model()->rowCount(), before);  // nothing is re-read under the user's hands
    window->findChild<QAction*>(QStringLiteral("refresh"))->trigger();
    EXPECT_EQ(items->model()->rowCount(), before + 1);
}

TEST_F(MainWindowTest, ConnectingRemembersTheAddressButNeverThePassword) {
    auto window = makeWindow();
    window->setSignIn([](core::Database& d, const QString&) {
        d.setSession(isms::test::administrator(QStringLiteral("connector")));
        return true;
    });
    // The same path the dialog takes; a file stands in for the server here (the engines' own
    // connections are tested in core, against a real server).
    const QString address = files.path(QStringLiteral("shared.sqlite"));
    QString error;
    ASSERT_TRUE(
        window->databaseActions()->connectTo(address, QStringLiteral("server-secret-1"), &error))
        << error.toStdString();
    EXPECT_EQ(window->database().path(), address);
    auto settings = ui::Settings::open();
    EXPECT_EQ(settings->value(ui::Settings::kLastServer).toString(), address);
    settings->sync();
    QFile file(settings->fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("server-secret-1"));

    // A failed connection changes neither the window nor the remembered address.
    EXPECT_FALSE(window->databaseActions()->connectTo(
        files.write(QStringLiteral("bad.sqlite"), "not a database"), QString(), &error));
    EXPECT_EQ(window->database().path(), address);
    EXPECT_EQ(ui::Settings::open()->value(ui::Settings::kLastServer).toString(), address);
}

namespace {
// Counts the pages that are shown (and so read their records) while it watches.
class ShowCounter : public QObject {
public:
    int shown = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Show) ++shown;
        return false;
    }
};
}  // namespace

TEST_F(MainWindowTest, ClosingTheDatabaseReadsNoPage) {
    auto window = makeWindow();
    window->navigation()->setCurrentRow(2);
    ShowCounter counter;
    for (int i = 0; i < window->pages()->count(); ++i)
        window->pages()->widget(i)->installEventFilter(&counter);
    window->closeDatabase();
    EXPECT_EQ(counter.shown, 0);
    EXPECT_EQ(window->pages()->count(), 0);
}

TEST_F(MainWindowTest, AFirstWindowFitsTheScreenItOpensOn) {
    ui::Settings::open()->remove(ui::Settings::kWindowGeometry);
    auto window = makeWindow();
    const QSize available = window->screen()->availableGeometry().size();
    EXPECT_LE(window->frameGeometry().width(), available.width());
    EXPECT_LE(window->frameGeometry().height(), available.height());
    EXPECT_EQ(window->size(), ui::MainWindow::kDefaultSize.boundedTo(available * 0.95));
}

// File ▸ Open recent: the databases opened lately, latest first; one chosen is opened (signed in
// to again), one no longer there is shown greyed out, saying so.
TEST_F(MainWindowTest, RecentDatabasesOpenAgain) {
    auto window = makeWindow(QStringLiteral("first.sqlite"));
    const QString first = window->database().path();
    window->setSignIn([](core::Database& d, const QString&) {
        d.setSession(isms::test::administrator(QStringLiteral("again")));
        return true;
    });
    const QString second = files.path(QStringLiteral("second.sqlite"));
    QString error;
    ASSERT_TRUE(window->openDatabase(second, false, &error)) << error.toStdString();
    const QStringList recent = ui::DatabaseActions::recent();
    ASSERT_GE(recent.size(), 2);
    EXPECT_EQ(recent[0], second);
    EXPECT_EQ(recent[1], first);
    ui::DatabaseActions::remember(files.path(QStringLiteral("gone.sqlite")));
    auto* menu = window->findChild<QMenu*>(QStringLiteral("recent_menu"));
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    QList<QAction*> entries = menu->actions();
    ASSERT_GE(entries.size(), 3);
    EXPECT_FALSE(entries[0]->isEnabled());  // gone.sqlite
    EXPECT_FALSE(entries[0]->toolTip().isEmpty());
    EXPECT_TRUE(entries[2]->text().endsWith(QStringLiteral("first.sqlite")));
    entries[2]->trigger();
    EXPECT_EQ(window->database().path(), first);
    EXPECT_EQ(ui::DatabaseActions::recent().first(), first);
}
