#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "BackgroundCheck.h"
#include "DatabaseActions.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestFiles.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/SignInDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/AuditLogPage.h"
#include "pages/UsersPage.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocDateEdit.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

const QString kPassword = QStringLiteral("admin password 1");

class SecurityUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = core::Workspace::open(files.path(QStringLiteral("sec.sqlite")));
    }
    void makeAdmin() {
        core::UserService(*db).createFirstAdministrator(QStringLiteral("admin"),
                                                        QStringLiteral("陳美玲"), kPassword);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

// Selects the account's row on the Users page; its row number, or -1.
int selectAccount(ui::UsersPage& page, const QString& username) {
    auto* model = page.list()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() != username) continue;
        page.list()->view()->setCurrentIndex(model->index(r, 1));
        return r;
    }
    return -1;
}

QStringList navigationTitles(ui::MainWindow& w) {
    QStringList out;
    for (int i = 0; i < w.navigation()->count(); ++i) out << w.navigation()->item(i)->text();
    return out;
}

}  // namespace

TEST_F(SecurityUiTest, FirstStartCreatesTheAdministratorAndSignsIn) {
    ui::AccountDialog dialog(*db, ui::AccountDialog::Purpose::FirstAdministrator);
    EXPECT_EQ(dialog.usernameField()->text(), QStringLiteral("admin"));
    EXPECT_FALSE(dialog.roleChooser()->isVisibleTo(&dialog));
    dialog.fullNameField()->setText(QStringLiteral("陳美玲"));
    dialog.passwordField()->setText(kPassword);
    dialog.repeatField()->setText(QStringLiteral("something else"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("The two passwords differ."));
    dialog.passwordField()->setText(QStringLiteral("short"));
    dialog.repeatField()->setText(QStringLiteral("short"));
    dialog.accept();
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("at least 10 characters")));
    EXPECT_FALSE(core::UserService(*db).hasUsers());
    dialog.passwordField()->setText(kPassword);
    dialog.repeatField()->setText(kPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(db->session().signedIn);
    EXPECT_EQ(db->session().role, core::UserRole::Administrator);
    EXPECT_EQ(db->session().displayName, QStringLiteral("陳美玲"));
}

TEST_F(SecurityUiTest, SignInDialogSaysWhatIsWrongAndStaysOpen) {
    makeAdmin();
    ui::SignInDialog dialog(*db, QStringLiteral("admin"));
    dialog.passwordField()->setText(QStringLiteral("not the password"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("Wrong user name or password."));
    EXPECT_TRUE(dialog.passwordField()->text().isEmpty());
    EXPECT_FALSE(db->session().signedIn);
    dialog.passwordField()->setText(kPassword);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(db->session().username, QStringLiteral("admin"));
}

TEST_F(SecurityUiTest, ChangePasswordThroughTheDialog) {
    makeAdmin();
    core::UserService(*db).signIn(QStringLiteral("admin"), kPassword);
    ui::ChangePasswordDialog dialog(*db);
    dialog.currentField()->setText(kPassword);
    dialog.newField()->setText(QStringLiteral("the new password"));
    dialog.repeatField()->setText(QStringLiteral("the new password"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    EXPECT_NO_THROW(
        core::UserService(*db).signIn(QStringLiteral("admin"), QStringLiteral("the new password")));
}

TEST_F(SecurityUiTest, AViewerSeesNoUserAdministrationAndCannotBackUp) {
    makeAdmin();
    core::UserService users(*db);
    users.signIn(QStringLiteral("admin"), kPassword);
    users.createUser(QStringLiteral("viewer1"), QStringLiteral("黃雅婷"), core::UserRole::Viewer,
                     QStringLiteral("viewer password"));
    users.signIn(QStringLiteral("viewer1"), QStringLiteral("viewer password"));
    ui::MainWindow window(std::move(db));
    EXPECT_FALSE(navigationTitles(window).contains(QStringLiteral("Users")));
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("backup"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("restore"))->isEnabled());
    // Even if the menu were reachable, core refuses.
    QString message;
    EXPECT_FALSE(
        window.databaseActions()->backupTo(files.path(QStringLiteral("b.sqlite")), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("may not back up"))) << message.toStdString();
}

TEST_F(SecurityUiTest, AdministratorDisablesAUserOnTheUsersPage) {
    makeAdmin();
    core::UserService users(*db);
    users.signIn(QStringLiteral("admin"), kPassword);
    users.createUser(QStringLiteral("editor1"), QStringLiteral("林志豪"), core::UserRole::Editor,
                     QStringLiteral("editor password"));
    ui::UsersPage page(*db);
    page.show();
    auto* model = page.list()->model();
    ASSERT_EQ(model->rowCount(), 2);
    const int row = selectAccount(page, QStringLiteral("editor1"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, 3).data().toString(), QStringLiteral("Editor"));
    page.toggleDisabled();
    EXPECT_EQ(
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT disabled FROM users WHERE username = 'editor1'"))
            .toInt(),
        1);
    // The list read the account again with its new row_version: the next change goes through.
    page.toggleDisabled();
    EXPECT_EQ(
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT disabled FROM users WHERE username = 'editor1'"))
            .toInt(),
        0);
}

TEST_F(SecurityUiTest, ChangingARoleStartsFromTheAccountsOwnSoOkAloneChangesNothing) {
    makeAdmin();
    core::UserService users(*db);
    users.signIn(QStringLiteral("admin"), kPassword);
    users.createUser(QStringLiteral("viewer1"), QStringLiteral("陳美玲"), core::UserRole::Viewer,
                     QStringLiteral("viewer password"));
    ui::UsersPage page(*db);
    page.show();
    ASSERT_GE(selectAccount(page, QStringLiteral("viewer1")), 0);
    QString offered;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        offered = dialog->textValue();
        dialog->accept();
    });
    page.changeRole();
    EXPECT_EQ(offered, QStringLiteral("Viewer"));
    EXPECT_EQ(core::Sql::scalar(db->connection(),
                                QStringLiteral("SELECT role FROM users WHERE username = 'viewer1'"))
                  .toString(),
              QStringLiteral("viewer"));
}

TEST_F(SecurityUiTest, AuditLogFiltersAndExport) {
    makeAdmin();
    core::UserService(*db).signIn(QStringLiteral("admin"), kPassword);
    ui::AuditLogPage page(*db);
    page.show();
    const int all = page.list()->model()->matchingRows();
    EXPECT_GT(all, 100);
    page.userFilter()->setCurrentIndex(page.userFilter()->findData(QStringLiteral("admin")));
    // The administrator's person and account, and the sign-in.
    EXPECT_EQ(page.list()->model()->matchingRows(), 3);
    page.userFilter()->setCurrentIndex(0);
    page.entityFilter()->setCurrentIndex(
        page.entityFilter()->findData(QStringLiteral("objectives")));
    EXPECT_EQ(page.list()->model()->matchingRows(), 16);  // 8 imported, 8 given their KPIs
    page.entityFilter()->setCurrentIndex(0);
    page.dateFilter()->setChecked(true);
    page.fromDate()->setDate(QDate::currentDate().addDays(1));
    page.untilDate()->setDate(QDate::currentDate().addDays(2));
    EXPECT_EQ(page.list()->model()->matchingRows(), 0);
    page.fromDate()->setDate(QDate::currentDate());
    EXPECT_EQ(page.list()->model()->matchingRows(), all);
    page.userFilter()->setCurrentIndex(page.userFilter()->findData(QStringLiteral("admin")));
    const QString csv = files.path(QStringLiteral("audit.csv"));
    EXPECT_EQ(page.exportCsv(csv), 3);
    const QByteArray bytes = TestFiles::read(csv);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));  // so that spreadsheets read it as UTF-8
    const QString text = QString::fromUtf8(bytes);
    // The readable columns, then the values as stored.
    EXPECT_TRUE(text.contains(QStringLiteral("No.,Time,User,What happened,Record type,Record,Changes,"
                                             "Action (as stored)")))
        << text.left(120).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",Signed in,Sign-in or sign-out,")))
        << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 4);
    // The chain is verified in the background; the label says so until it is done.
    ASSERT_NE(page.chainCheck(), nullptr);
    page.chainCheck()->wait();
    for (int i = 0; i < 100 && !page.chainLabel()->text().contains(QStringLiteral("intact")); ++i)
        QTest::qWait(10);
    EXPECT_TRUE(page.chainLabel()->text().contains(QStringLiteral("intact")))
        << page.chainLabel()->text().toStdString();
}

TEST_F(SecurityUiTest, RestoreFromTheWindowSignsInAgain) {
    makeAdmin();
    core::UserService(*db).signIn(QStringLiteral("admin"), kPassword);
    const QString path = db->path();
    ui::MainWindow window(std::move(db));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    QString message;
    ASSERT_TRUE(window.databaseActions()->backupTo(copy, &message)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("SHA-256")));
    int signIns = 0;
    window.setSignIn([&](core::Database& d, const QString&) {
        ++signIns;
        core::UserService(d).signIn(QStringLiteral("admin"), kPassword);
        return true;
    });
    ASSERT_TRUE(window.databaseActions()->restoreFrom(copy, &message)) << message.toStdString();
    EXPECT_EQ(signIns, 1);
    EXPECT_EQ(window.database().path(), path);
    EXPECT_EQ(QDir(files.path(QString()))
                  .entryList({QStringLiteral("sec.sqlite.replaced-*")}, QDir::Files)
                  .size(),
              1);
    const QString junk = files.write(QStringLiteral("junk.sqlite"), "junk");
    EXPECT_FALSE(window.databaseActions()->restoreFrom(junk, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("not an ISMS Desk database")));
    EXPECT_EQ(signIns, 1);  // refused before anything was closed
}

TEST_F(SecurityUiTest, AutomaticBackupWhenTheWindowCloses) {
    makeAdmin();
    core::UserService(*db).signIn(QStringLiteral("admin"), kPassword);
    const QString folder = files.path(QStringLiteral("auto"));
    {
        auto settings = ui::Settings::open();
        settings->setValue(ui::Settings::kAutoBackup, true);
        settings->setValue(ui::Settings::kAutoBackupFolder, folder);
        settings->setValue(ui::Settings::kAutoBackupKeep, 3);
    }
    {
        ui::MainWindow window(std::move(db));
        window.show();
        window.close();
    }
    ui::Settings::open()->setValue(ui::Settings::kAutoBackup, false);
    EXPECT_EQ(
        QDir(folder).entryList({QStringLiteral("isms-desk-auto-*.sqlite")}, QDir::Files).size(), 1);
}
