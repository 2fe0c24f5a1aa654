#pragma once

class QAbstractButton;

#include <QMainWindow>
#include <functional>
#include <memory>

#include "BackgroundCheck.h"
#include "storage/Database.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace isms::core {
class ChangeNotices;
}

namespace isms::ui {

class DatabaseActions;
class IdleLock;
class PageActions;

// The frame: a navigation list of the program's areas, the page of the chosen area, menus and
// a status bar naming the database and who is signed in. Pages do the work; this class only
// wires them in.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // How someone signs in (dialogs by default): to a database the window switches to, after
    // Sign out, Switch user or a lock. account: the name to start with, empty when it is
    // someone else's turn. false: nobody (else) signed in.
    using SignIn = std::function<bool(core::Database&, const QString& account)>;

    // Its size the first time (afterwards, the size it was closed at).
    static constexpr QSize kDefaultSize{1200, 780};

    // db must be signed in to.
    explicit MainWindow(std::unique_ptr<core::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::Database& database() const { return *m_db; }
    bool hasDatabase() const { return m_db != nullptr; }
    QListWidget* navigation() const { return m_navigation; }
    QStackedWidget* pages() const { return m_pages; }
    // The page of the area in that row of the navigation, built if it has not been yet (an area's
    // page is built when first opened).
    QWidget* page(int row);
    DatabaseActions* databaseActions() const { return m_actions; }
    QAction* printAction(const QString& name) const;
    // The current page's button that a File menu print action stands for.
    QAbstractButton* pageButtonFor(const QString& printAction) const;
    QLabel* userLabel() const { return m_userLabel; }
    QLabel* databaseLabel() const { return m_databaseLabel; }
    void setSignIn(SignIn signIn) { m_signIn = std::move(signIn); }

    // Opens, signs in and switches; on failure keeps the current database and says why in
    // *error (left empty when the user cancelled the sign-in).
    // password: for a server (empty: PGPASSWORD or ~/.pgpass).
    bool openDatabase(const QString& path, bool demoContentIfNew, QString* error,
                      const QString& password = {},
                      core::Database::Access access = core::Database::Access::ReadWrite);
    // Above the pages, why nothing can be saved into the database (read only, or its audit
    // trail no longer holds what this workstation saw); hidden when changes can be saved.
    QLabel* notice() const { return m_notice; }
    // Reads the shown page again (View ▸ Refresh): pages read what they show when shown.
    void refreshPage();
    void setDatabase(std::unique_ptr<core::Database> db);
    // Removes the pages and closes the database, e.g. so that a restore can replace its file.
    void closeDatabase();
    // The full check of the open database, running or done since it was opened (or null).
    BackgroundCheck* backgroundCheck() const { return m_check.get(); }
    IdleLock* idleLock() const { return m_idle; }
    PageActions* pageActions() const { return m_pageActions; }

    // File ▸ Sign out: the pages go, and the next person may sign in; until someone does, the
    // window shows nothing of the database.
    void signOut();
    // File ▸ Switch user…: someone else signs in without the program restarting; cancelled,
    // the session goes on.
    void switchUser();
    // File ▸ Sign in…, after a sign-out that nobody followed.
    void signIn();
    // After the set minutes without use (Settings): as Sign out, the dialog starting with the
    // name of whoever was signed in. Not while a dialog is open, so that its typing is kept.
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Coming back to the window shows what other workstations saved meanwhile.
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    // The status bar's database, notice and signed-in person.
    void showSession();
    void clearPages();
    void showArea(int row);
    // Opens an area by key ("policies", "objectives", …), as an agenda item asks.
    void openArea(const QString& area);
    // The area a record of table is kept in, with the record chosen in its list when the list
    // shows it.
    void openRecord(const QString& table, qint64 id);
    void changePassword();
    void verifyCopy();
    // The policy version the print actions work on: the one shown on the Policies page.
    qint64 shownPolicyVersion() const;
    void updatePrintActions();
    // What needs an open database (backup, restore, a password, verifying a copy) follows it.
    void updateDatabaseActions();
    void endSession();
    void signInNext(const QString& account);
    void runAutomaticBackup();
    void showAbout();
    // A file is opened after a light check (see Database::Check); the full one runs here.
    void startCheck();
    void stopCheck();
    void reportCheck(const BackgroundCheck::Outcome& outcome);
    // Listens for changes saved on other workstations (a server database).
    void watchChanges();
    void changedElsewhere();
    // Makes a server connection lost meanwhile again (a status message if it cannot): true if
    // it had been lost.
    bool reconnect();

    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<BackgroundCheck> m_check;
    std::unique_ptr<core::ChangeNotices> m_notices;
    bool m_stale = false;  // another workstation saved a change not yet shown
    SignIn m_signIn;
    DatabaseActions* m_actions;
    IdleLock* m_idle;
    PageActions* m_pageActions = nullptr;
    bool m_locked = false;  // the sign-in after a lock: the same person's turn
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<std::function<QWidget*()>> m_factories;  // per row: empty once the page is built
    QStringList m_areaKeys;
    QLabel* m_notice;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    QList<QAction*> m_printActions;
    QAction* m_importPolicy = nullptr;
};

}  // namespace isms::ui
