#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include "IdleLock.h"
#include "MainWindow.h"
#include "PageActions.h"
#include "Settings.h"
#include "TestFiles.h"
#include "dialogs/SignInDialog.h"
#include "i18n/Language.h"
#include "pages/SettingsPage.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

const QString kAdminPassword = QStringLiteral("admin password 1");
const QString kChairPassword = QStringLiteral("chair password 1");

// A database with two real accounts, an administrator (signed in) and the committee chair,
// shown in a window whose sign-in is scripted: each call records the name it was started with
// and signs in whoever `next` names (nobody when it is empty).
class SessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        auto db = core::Workspace::open(files.path(QStringLiteral("session.sqlite")));
        core::UserService users(*db);
        users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("陳美玲"),
                                       kAdminPassword);
        users.signIn(QStringLiteral("admin"), kAdminPassword);
        users.createUser(QStringLiteral("chair"), QStringLiteral("林主委"), core::UserRole::Chair,
                         kChairPassword);
        window = std::make_unique<ui::MainWindow>(std::move(db));
        window->setSignIn([this](core::Database& d, const QString& account) {
            startedWith << account;
            if (next.isEmpty()) return false;
            core::UserService(d).signIn(
                next, next == QLatin1String("chair") ? kChairPassword : kAdminPassword);
            return true;
        });
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override { ui::Settings::open()->remove(ui::Settings::kLockMinutes); }

    QAction* action(const char* name) const {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    QStringList areas() const {
        QStringList out;
        for (int i = 0; i < window->navigation()->count(); ++i)
            out << window->navigation()->item(i)->text();
        return out;
    }

    TestFiles files;
    std::unique_ptr<ui::MainWindow> window;
    QString next;
    QStringList startedWith;
};

}  // namespace

TEST_F(SessionTest, SwitchUserSignsSomeoneElseInWithoutARestart) {
    ASSERT_TRUE(areas().contains(QStringLiteral("Users")));
    EXPECT_TRUE(window->userLabel()->text().contains(QStringLiteral("陳美玲")));
    next = QStringLiteral("chair");
    action("switch_user")->trigger();
    EXPECT_EQ(startedWith, QStringList{QString()});  // someone else's turn: no name filled in
    EXPECT_EQ(window->database().session().username, QStringLiteral("chair"));
    EXPECT_TRUE(window->userLabel()->text().contains(QStringLiteral("林主委")));
    EXPECT_TRUE(window->userLabel()->text().contains(QStringLiteral("Chair")));
    // The chair's window: no Users area, and what the pages offer is the chair's.
    EXPECT_FALSE(areas().contains(QStringLiteral("Users")));
    EXPECT_GT(window->navigation()->count(), 10);
    EXPECT_FALSE(action("backup")->isEnabled());
    EXPECT_EQ(window->database().session().role, core::UserRole::Chair);
}

TEST_F(SessionTest, ACancelledSwitchLeavesTheSessionAsItWas) {
    window->navigation()->setCurrentRow(3);
    const QStringList before = areas();
    next.clear();
    action("switch_user")->trigger();
    EXPECT_EQ(window->database().session().username, QStringLiteral("admin"));
    EXPECT_EQ(areas(), before);
    EXPECT_EQ(window->navigation()->currentRow(), 3);
    EXPECT_TRUE(action("sign_out")->isEnabled());
}

TEST_F(SessionTest, SignedOutTheWindowShowsNothingOfTheDatabase) {
    next.clear();  // nobody takes the seat
    action("sign_out")->trigger();
    EXPECT_FALSE(window->database().session().signedIn);
    EXPECT_EQ(window->navigation()->count(), 0);
    EXPECT_EQ(window->pages()->count(), 0);
    EXPECT_TRUE(window->userLabel()->text().isEmpty());
    EXPECT_TRUE(window->databaseLabel()->text().contains(QStringLiteral("Signed out")));
    for (const char* name : {"preview", "print", "pdf"})
        EXPECT_FALSE(window->printAction(QString::fromLatin1(name))->isEnabled()) << name;
    for (const char* name :
         {"switch_user", "sign_out", "change_password", "verify", "backup", "restore"})
        EXPECT_FALSE(action(name)->isEnabled()) << name;
    ASSERT_TRUE(action("sign_in")->isEnabled());

    // The next person signs in from the menu; the dialog starts with the last name used.
    ui::Settings::open()->setValue(ui::Settings::kLastUser, QStringLiteral("admin"));
    next = QStringLiteral("chair");
    action("sign_in")->trigger();
    EXPECT_EQ(startedWith.last(), QStringLiteral("admin"));
    EXPECT_EQ(window->database().session().username, QStringLiteral("chair"));
    EXPECT_GT(window->navigation()->count(), 10);
    EXPECT_FALSE(action("sign_in")->isEnabled());
    EXPECT_TRUE(action("sign_out")->isEnabled());
}

TEST_F(SessionTest, AnIdleWindowLocksForTheSamePerson) {
    window->idleLock()->setInterval(std::chrono::milliseconds(80));
    next = QStringLiteral("admin");
    for (int i = 0; i < 50 && startedWith.isEmpty(); ++i) QTest::qWait(20);
    ASSERT_EQ(startedWith, QStringList{QStringLiteral("admin")});
    EXPECT_EQ(window->database().session().username, QStringLiteral("admin"));
    EXPECT_GT(window->navigation()->count(), 10);

    // Someone at work keeps it open: each key restarts the count (long enough for a page to be
    // built on the way, on a loaded machine too).
    window->idleLock()->setInterval(std::chrono::milliseconds(400));
    startedWith.clear();
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(window->navigation(), Qt::Key_Down);
        QTest::qWait(30);
    }
    EXPECT_TRUE(startedWith.isEmpty());
    window->idleLock()->setInterval(std::chrono::milliseconds(0));
}

// An open dialog does not keep the window from locking: it is covered with the pages while the
// sign-in waits, and the same person finds it again with what was typed, on the same page.
TEST_F(SessionTest, TheLockCoversAnOpenDialogAndTheSamePersonFindsItsTyping) {
    window->navigation()->setCurrentRow(3);
    window->idleLock()->setInterval(std::chrono::milliseconds(60));
    next = QStringLiteral("admin");
    QDialog dialog(window.get());
    auto* field = new QLineEdit(&dialog);
    bool covered = false;
    window->setSignIn([&](core::Database& d, const QString& account) {
        startedWith << account;
        covered = !window->pageActions()->toolBar()->isEnabled() &&
                  dialog.findChild<QWidget*>(QStringLiteral("lock_cover")) != nullptr &&
                  dialog.findChild<QWidget*>(QStringLiteral("lock_cover"))->isVisible() &&
                  !d.session().signedIn;
        window->idleLock()->setInterval(std::chrono::milliseconds(0));  // once is enough here
        core::UserService(d).signIn(next, kAdminPassword);
        return true;
    });
    QTimer::singleShot(0, &dialog, [&] {
        field->setText(QStringLiteral("半途的文字"));
        QTimer::singleShot(400, &dialog, [&] { dialog.accept(); });
    });
    dialog.exec();
    EXPECT_EQ(startedWith, QStringList{QStringLiteral("admin")})
        << "locked while the dialog was open";
    EXPECT_TRUE(covered) << "the dialog was out of sight and nobody signed in meanwhile";
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(field->text(), QStringLiteral("半途的文字"));
    EXPECT_EQ(dialog.findChild<QWidget*>(QStringLiteral("lock_cover")), nullptr);
    EXPECT_EQ(window->navigation()->currentRow(), 3) << "back where the person was";
    EXPECT_TRUE(window->pageActions()->toolBar()->isEnabled());
    const QString user = window->findChild<QLabel*>(QStringLiteral("user_label"))
                             ? window->findChild<QLabel*>(QStringLiteral("user_label"))->text()
                             : QString();
    EXPECT_TRUE(user.contains(QStringLiteral("陳美玲")))
        << "the status bar names who is signed in: " << user.toStdString();
    window->idleLock()->setInterval(std::chrono::milliseconds(0));
}

// Another person signs in at the lock: the locked person's forms close, and the pages are
// rebuilt for the new role once the forms are gone.
TEST_F(SessionTest, AnotherPersonAtTheLockClosesTheLockedPersonsForms) {
    window->idleLock()->setInterval(std::chrono::milliseconds(60));
    next = QStringLiteral("chair");
    window->setSignIn([&](core::Database& d, const QString& account) {
        startedWith << account;
        window->idleLock()->setInterval(std::chrono::milliseconds(0));
        core::UserService(d).signIn(next, kChairPassword);
        return true;
    });
    QDialog dialog(window.get());
    auto* field = new QLineEdit(&dialog);
    QTimer::singleShot(0, &dialog, [&] { field->setText(QStringLiteral("管理者的草稿")); });
    QTimer::singleShot(3000, &dialog, [&] { dialog.accept(); });  // never reached: closed before
    dialog.exec();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    window->idleLock()->setInterval(std::chrono::milliseconds(0));
    for (int i = 0; i < 50 && areas().contains(QStringLiteral("Users")); ++i) QTest::qWait(20);
    EXPECT_EQ(window->database().session().username, QStringLiteral("chair"));
    EXPECT_FALSE(areas().contains(QStringLiteral("Users"))) << "the pages are the chair's";
    EXPECT_GT(window->navigation()->count(), 10);
}

TEST_F(SessionTest, TheLockIsSetOnTheSettingsPage) {
    const int row = int(areas().indexOf(QStringLiteral("Settings")));
    ASSERT_GE(row, 0);
    auto* page = qobject_cast<ui::SettingsPage*>(window->page(row));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->lockChooser()->value(), 0);
    EXPECT_FALSE(window->idleLock()->isOn());
    page->lockChooser()->setValue(15);
    EXPECT_TRUE(window->idleLock()->isOn());
    EXPECT_EQ(ui::Settings::open()->value(ui::Settings::kLockMinutes).toInt(), 15);
    page->lockChooser()->setValue(0);
    EXPECT_FALSE(window->idleLock()->isOn());
}

TEST_F(SessionTest, AnEmptyFieldIsNeverCountedAsAFailedSignIn) {
    core::Database& db = window->database();
    const auto failures = [&db] {
        QSqlQuery q = core::Sql::run(
            db.connection(),
            QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'chair'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    // At the start the last user's name is there, chosen: another person's name replaces it
    // instead of going into the password field.
    {
        ui::SignInDialog last(db, QStringLiteral("chair"));
        last.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&last));
        EXPECT_EQ(QApplication::focusWidget(), last.usernameField());
        EXPECT_EQ(last.usernameField()->selectedText(), QStringLiteral("chair"));
    }
    // An early Enter, the password not typed yet, is not a try.
    ui::SignInDialog named(db, QStringLiteral("chair"));
    named.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&named));
    named.accept();
    EXPECT_EQ(named.messageLabel()->text(), QStringLiteral("Type your password."));
    EXPECT_EQ(failures(), 0);
    named.passwordField()->setText(QStringLiteral("wrong password 9"));
    named.accept();
    EXPECT_EQ(failures(), 1);  // a real try counts
    EXPECT_EQ(named.result(), QDialog::Rejected);

    ui::SignInDialog anyone(db, QString());
    anyone.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&anyone));
    EXPECT_EQ(QApplication::focusWidget(), anyone.usernameField());
    anyone.passwordField()->setText(kChairPassword);
    anyone.accept();
    EXPECT_EQ(anyone.messageLabel()->text(), QStringLiteral("Type your user name."));
    EXPECT_EQ(failures(), 1);
}
