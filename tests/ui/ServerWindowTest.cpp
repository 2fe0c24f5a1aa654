// Issue #10: the window on a shared database hears of changes saved on other workstations. Run
// against PostgreSQL (the suite's postgres: tests) it is a server session; on a file there are
// no notices and Refresh is the way.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QListWidget>
#include <QStatusBar>
#include <QTest>

#include "Administrator.h"
#include "BackgroundCheck.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/SettingsPage.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"

using namespace isms;
using isms::test::TestFiles;

TEST(ServerWindow, AChangeFromAnotherWorkstationShowsWhenTheWindowIsActiveAgain) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.database(QStringLiteral("shared.sqlite"));
    ui::MainWindow window(isms::test::demoDatabase(location));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setCurrentRow(3);  // Action plan
    auto* items = window.findChild<ui::RecordListWidget*>(QStringLiteral("action_items"));
    ASSERT_NE(items, nullptr);
    const int before = items->model()->rowCount();
    {
        auto other = core::Database::open(location);
        other->setSession(isms::test::administrator(QStringLiteral("other-workstation")));
        other->begin();
        const int year =
            core::Sql::scalar(other->connection(),
                              QStringLiteral("SELECT MAX(plan_year) FROM action_items"))
                .toInt();
        core::RecordWriter(*other, isms::test::everything(*other))
            .insert(QStringLiteral("action_items"),
                    {{QStringLiteral("plan_year"), year},
                     {QStringLiteral("title"), QStringLiteral("另一台電腦")},
                     {QStringLiteral("status"), QStringLiteral("planned")}});
        other->commit();
    }
    // Automatic backups copy files: on a server the Settings page says where backups are made.
    const bool onServer = window.database().engine() == core::Database::Engine::PostgreSQL;
    auto* settings = qobject_cast<ui::SettingsPage*>(window.page(window.navigation()->count() - 1));
    ASSERT_NE(settings, nullptr);
    EXPECT_EQ(settings->findChildren<QCheckBox*>().value(0)->isEnabled(), !onServer);
    if (!onServer) {
        QTest::qWait(200);
        EXPECT_EQ(items->model()->rowCount(), before);  // no notice from a file: Refresh shows it
        return;
    }
    // The notice arrives while someone works in another window: nothing moves under them…
    QWidget elsewhere;
    elsewhere.show();
    QApplication::setActiveWindow(&elsewhere);
    const QDeadlineTimer deadline(2000);
    while (!deadline.hasExpired() && items->model()->rowCount() == before) QTest::qWait(50);
    EXPECT_EQ(items->model()->rowCount(), before);
    // …and coming back to the window shows it.
    QApplication::setActiveWindow(&window);
    QTest::qWait(100);
    EXPECT_EQ(items->model()->rowCount(), before + 1);
}

TEST(ServerWindow, AfterTheServerDroppedTheConnectionComingBackReadsThePageAgain) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.database(QStringLiteral("dropped.sqlite"));
    ui::MainWindow window(isms::test::demoDatabase(location));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setCurrentRow(3);  // Action plan
    auto* items = window.findChild<ui::RecordListWidget*>(QStringLiteral("action_items"));
    ASSERT_NE(items, nullptr);
    const int before = items->model()->rowCount();
    ASSERT_GT(before, 0);
    if (window.database().engine() == core::Database::Engine::SQLite) {
        EXPECT_FALSE(window.database().reconnectIfLost());
        return;
    }
    auto other = core::Database::open(location);
    other->setSession(isms::test::administrator(QStringLiteral("other-workstation")));
    const qint64 pid =
        core::Sql::scalar(window.database().connection(), QStringLiteral("SELECT pg_backend_pid()"))
            .toLongLong();
    core::Sql::run(other->connection(), QStringLiteral("SELECT pg_terminate_backend(:pid)"),
                   {{QStringLiteral("pid"), pid}});
    // Meanwhile (unannounced: the window was not connected) another workstation adds an item.
    other->begin();
    core::Sql::run(
        other->connection(),
        QStringLiteral("INSERT INTO action_items (plan_year, title, status) "
                       "SELECT MAX(plan_year), '重新連線', 'planned' FROM action_items"));
    other->commit();
    QTest::qWait(200);
    QWidget elsewhere;
    elsewhere.show();
    QApplication::setActiveWindow(&elsewhere);
    QApplication::setActiveWindow(&window);
    QTest::qWait(100);
    EXPECT_EQ(items->model()->rowCount(), before + 1);
    EXPECT_NE(
        core::Sql::scalar(window.database().connection(), QStringLiteral("SELECT pg_backend_pid()"))
            .toLongLong(),
        pid);
}

TEST(ServerWindow, ABackgroundCheckThatCannotConnectDoesNotCloseTheDatabase) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.database(QStringLiteral("limited.sqlite"));
    auto owner = isms::test::demoDatabase(location);
    if (owner->engine() == core::Database::Engine::SQLite) {
        // A file's check reads the file itself: there is no second connection to be refused.
        ui::MainWindow window(std::move(owner));
        ASSERT_NE(window.backgroundCheck(), nullptr);
        window.backgroundCheck()->wait();
        QCoreApplication::processEvents();
        EXPECT_TRUE(window.hasDatabase());
        return;
    }
    // A login the server lets in only once: the window's own connection, not its check's.
    static int counter = 0;
    const QString login =
        QStringLiteral("one_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    core::Sql::execDirect(
        owner->connection(),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'login-password-1' CONNECTION LIMIT 1")
            .arg(login));
    core::Sql::execDirect(
        owner->connection(),
        QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(login));
    core::Sql::execDirect(
        owner->connection(),
        QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(login));
    auto address = core::ServerAddress::parse(location);
    address.user = login;
    auto db = core::Database::open(address.toString(), core::Database::Check::Deferred,
                                   QStringLiteral("login-password-1"));
    db->setSession(isms::test::administrator(login));
    ui::MainWindow window(std::move(db));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NE(window.backgroundCheck(), nullptr);
    window.backgroundCheck()->wait();
    QTest::qWait(50);  // its outcome arrives through the event loop
    EXPECT_TRUE(window.hasDatabase());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("could not connect")))
        << window.statusBar()->currentMessage().toStdString();
}
