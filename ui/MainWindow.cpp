#include "MainWindow.h"

#include "services/ExportRecord.h"
#include "services/UserService.h"
#include "widgets/ExportFile.h"
#include "widgets/TrailEntryView.h"
#include "models/RecordListModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QTabWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScreen>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "DatabaseActions.h"
#include "IdleLock.h"
#include "PageActions.h"
#include "PolicyPrinting.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/ManualDialog.h"
#include "dialogs/PolicyImportDialog.h"
#include "dialogs/VerifyDialog.h"
#include "storage/PolicyRepository.h"
#include "domain/Error.h"
#include "pages/ActionPlanPage.h"
#include "pages/AuditLogPage.h"
#include "pages/AuditsPage.h"
#include "pages/CoreSystemsPage.h"
#include "pages/TrainingPage.h"
#include "pages/IncidentsPage.h"
#include "pages/CommunicationPage.h"
#include "pages/DashboardPage.h"
#include "pages/DrillsPage.h"
#include "pages/MeetingsPage.h"
#include "pages/ObjectivesPage.h"
#include "pages/OrganisationPage.h"
#include "pages/Page.h"
#include "pages/PolicyPage.h"
#include "pages/ResponsibilitiesPage.h"
#include "pages/ReviewsPage.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "services/BackupService.h"
#include "services/Workspace.h"
#include "storage/ChangeNotices.h"
#include "storage/Database.h"
#include "widgets/Availability.h"
#include "widgets/Icons.h"
#include "widgets/LockCover.h"
#include "widgets/RecordPage.h"

namespace isms::ui {

namespace {
template <typename Page>
std::function<QWidget*()> pageOf(core::Database& db) {
    return [&db] { return new Page(db); };
}
}  // namespace

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget* parent)
    : QMainWindow(parent),
      m_db(std::move(db)),
      m_signIn([this](core::Database& d, const QString& account) {
          // After a lock too, the name is there chosen: the same person goes on to the
          // password, and the next person's name replaces it instead of going into it.
          return SignInFlow::run(
              this, d, account,
              account.isEmpty() ? SignInDialog::Turn::SomeoneElse : SignInDialog::Turn::LastUser);
      }),
      m_actions(new DatabaseActions(this)),
      m_idle(new IdleLock(this)),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_notice(new QLabel(this)),
      m_databaseLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)) {
    setWindowTitle(tr("ISMS Desk"));
    // Every export of the window is on the trail of the database it was made from.
    ExportFile::setRecorder([this](const QString& what, const QString& file) {
        if (m_db) core::ExportRecord::note(*m_db, what, file);
    });
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_notice);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    // The window's edges resize it; on X11 showing the status bar's size grip took about 17 ms of
    // every start (measured under Xvfb), for a decoration.
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_databaseLabel, 1);
    // A message takes the database's place while it shows (Qt hides the label only when it was
    // visible at that moment; a page shown meanwhile could bring it back under the message).
    connect(statusBar(), &QStatusBar::messageChanged, m_databaseLabel,
            [this](const QString& message) { m_databaseLabel->setVisible(message.isEmpty()); });
    m_userLabel->setObjectName(QStringLiteral("user_label"));
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showArea);
    m_idle->setMinutes(Settings::open()->value(Settings::kLockMinutes, 0).toInt());
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lock);

    buildMenus();
    m_pageActions = new PageActions(this);
    m_pageActions->toolBar()->addSeparator();
    m_pageActions->toolBar()->addAction(findChild<QAction*>(QStringLiteral("refresh")));
    m_pageActions->toolBar()->addAction(findChild<QAction*>(QStringLiteral("sign_out")));
    if (m_db) DatabaseActions::remember(m_db->path());
    buildPages();
    startCheck();
    watchChanges();
    if (!restoreGeometry(Settings::open()->value(Settings::kWindowGeometry).toByteArray())) {
        // Never larger than the screen it opens on (1366 × 768, or any at 200 %).
        QSize size = kDefaultSize;
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        }
        resize(size);
    }
}

MainWindow::~MainWindow() {
    ExportFile::setRecorder({});
    // Pages and the change notices hold references to the database: they go first.
    m_notices.reset();
    clearPages();
    m_check.reset();
}

void MainWindow::stopCheck() {
    if (!m_check) return;
    // The check may be what is closing the database: it is deleted once its signal has returned.
    m_check->disconnect(this);
    m_check->stop();  // its connection must be gone before the file is replaced or reopened
    m_check.release()->deleteLater();
}

void MainWindow::startCheck() {
    stopCheck();
    if (!m_db) return;
    m_check = std::make_unique<BackgroundCheck>(m_db->path(), BackgroundCheck::Scope::Whole,
                                                m_db->password());
    connect(m_check.get(), &BackgroundCheck::finished, this, &MainWindow::reportCheck);
    // A second after the window: on two cores, the check (0.8 s at scale 1) running at once
    // slowed the first paint by about 10 ms and the dashboard's figures by about 25 ms.
    m_check->start(std::chrono::seconds(1));
}

void MainWindow::reportCheck(const BackgroundCheck::Outcome& outcome) {
    if (outcome.sound() || !m_db) return;
    const QString report = outcome.lines.join(QLatin1Char('\n'));
    if (!outcome.opened && m_db->engine() == core::Database::Engine::PostgreSQL) {
        // A second connection to a server can fail for the server's own reasons (too many
        // connections, a restart): that says nothing about the records.
        statusBar()->showMessage(tr("The background check could not connect: %1").arg(report),
                                 30000);
        return;
    }
    if (outcome.damaged()) {
        // Refused as it would have been before opening, now that the whole file has been read.
        const QString path = QDir::toNativeSeparators(m_db->path());
        closeDatabase();
        QMessageBox::critical(
            this, tr("Database check"),
            tr("“%1” is damaged and has been closed:\n\n%2\n\nRestore it from a backup "
               "(File ▸ Restore…) or open another database.")
                .arg(path, report));
        return;
    }
    QMessageBox::warning(
        this, tr("Database check"),
        tr("The quick check of this database found problems:\n\n%1\n\nBack it up, then run "
           "the full check (isms-desk check) and tell the administrator.")
            .arg(report));
}

void MainWindow::watchChanges() {
    m_notices.reset();
    m_stale = false;
    if (!m_db) return;
    m_notices = std::make_unique<core::ChangeNotices>(*m_db);
    connect(m_notices.get(), &core::ChangeNotices::changedElsewhere, this,
            &MainWindow::changedElsewhere);
}

void MainWindow::changedElsewhere() {
    // A page is never re-read under the user's hands (a half-typed search, a selection): the
    // change shows on Refresh, on coming back to the window, or on opening another page.
    m_stale = true;
    if (isActiveWindow()) {
        statusBar()->showMessage(
            tr("Another workstation saved a change: View ▸ Refresh (F5) shows it."), 15000);
    }
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_db) {
        // A connection the server dropped meanwhile (a restart) is made again; what changed
        // while it was lost was not announced, so the page is read again.
        if (reconnect()) m_stale = true;
        if (m_stale) refreshPage();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::reconnect() {
    try {
        return m_db->reconnectIfLost();
    } catch (const core::Error& e) {
        statusBar()->showMessage(e.message());
        return false;
    }
}

void MainWindow::refreshPage() {
    m_stale = false;
    statusBar()->clearMessage();
    if (!m_db) return;
    reconnect();
    if (auto* page = dynamic_cast<Page*>(m_pages->currentWidget())) page->reload();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // What the page's buttons allow now (a selection may have changed it).
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updatePrintActions);
    m_actions->addTo(file);
    file->addSeparator();
    const auto addPrint = [&](const QString& name, const QString& text, const QKeySequence& key,
                              void (PolicyPrinting::*step)(qint64)) {
        QAction* a = file->addAction(text, key, this, [this, step, name] {
            // On the Policies page, the version shown; elsewhere what the page prints, as the
            // toolbar's Print and Export do.
            if (!qobject_cast<PolicyPage*>(m_pages->currentWidget())) {
                if (QAbstractButton* b = pageButtonFor(name); b && b->isEnabled()) b->click();
                return;
            }
            if (const qint64 version = shownPolicyVersion())
                (PolicyPrinting(*m_db, this).*step)(version);
        });
        a->setObjectName(name);
        m_printActions << a;
    };
    addPrint(QStringLiteral("preview"), tr("Print pre&view…"), QKeySequence(),
             &PolicyPrinting::preview);
    // Ctrl+P is the toolbar's Print, which on the Policies page prints the version shown too.
    addPrint(QStringLiteral("print"), tr("&Print…"), QKeySequence(), &PolicyPrinting::print);
    addPrint(QStringLiteral("pdf"), tr("&Export PDF…"), QKeySequence(),
             &PolicyPrinting::chooseExportFile);
    file->addSeparator();
    m_importPolicy = file->addAction(tr("&Import policy…"), this, [this] {
        if (const qint64 version = PolicyImportDialog::run(*m_db, this)) {
            openArea(QStringLiteral("policies"));
            if (auto* page = qobject_cast<PolicyPage*>(m_pages->currentWidget())) page->showVersionById(version);
            const auto v = core::PolicyRepository(*m_db).version(version);
            statusBar()->showMessage(tr("Imported %1 version %2 as a draft.").arg(v.code, v.version));
        }
    });
    m_importPolicy->setObjectName(QStringLiteral("import_policy"));
    file->addSeparator();
    file->addAction(tr("&Change password…"), this, &MainWindow::changePassword)
        ->setObjectName(QStringLiteral("change_password"));
    file->addAction(tr("Switch &user…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this,
                    &MainWindow::switchUser)
        ->setObjectName(QStringLiteral("switch_user"));
    QAction* signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("sign_out"));
    signOutAction->setIcon(Icons::get(Icons::SignOut));
    signOutAction->setIconText(tr("Sign out"));
    file->addAction(tr("Sign &in…"), this, &MainWindow::signIn)
        ->setObjectName(QStringLiteral("sign_in"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh =
        view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshPage);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setIcon(Icons::get(Icons::Refresh));
    refresh->setIconText(tr("Refresh"));  // the toolbar's words, without the menu's (&R)
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Verify a printed copy…"), this, &MainWindow::verifyCopy)
        ->setObjectName(QStringLiteral("verify"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("User &manual"), QKeySequence::HelpContents, this, [this] {
        ManualDialog dialog(this);
        dialog.exec();
    });
    manual->setObjectName(QStringLiteral("manual"));
    manual->setIcon(Icons::get(Icons::Help));
    help->addAction(tr("&About ISMS Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    // A greyed item says why when the pointer rests on it, as buttons do.
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) menu->setToolTipsVisible(true);
}

void MainWindow::clearPages() {
    {
        // Emptying the list would otherwise show, and so refresh, one page after another.
        const QSignalBlocker block(m_navigation);
        m_navigation->clear();
    }
    if (m_pageActions) m_pageActions->follow(nullptr);
    m_factories.clear();
    m_areaKeys.clear();
    // Removing the shown page makes the stack show the next one, which would read its records
    // just to be deleted (closing the window read every page once): the stack is hidden while
    // it empties.
    const bool visible = m_pages->isVisibleTo(this);
    m_pages->hide();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_pages->setVisible(visible);
}

void MainWindow::buildPages() {
    const int current = qMax(0, m_navigation->currentRow());
    clearPages();
    core::Database& db = *m_db;
    const bool administrator = db.session().role == core::UserRole::Administrator;
    // A page is built when its area is first opened: building all fourteen took about 40 ms of
    // every start, for pages a session may never open.
    struct Area {
        QString key;  // as ReviewsPage::openArea names it
        QString title;
        std::function<QWidget*()> make;
    };
    QList<Area> areas{
        {QStringLiteral("dashboard"), tr("Dashboard"), pageOf<DashboardPage>(db)},
        {QStringLiteral("policies"), tr("Policies"), pageOf<PolicyPage>(db)},
        {QStringLiteral("objectives"), tr("Objectives"), pageOf<ObjectivesPage>(db)},
        {QStringLiteral("action_plan"), tr("Action plan"), pageOf<ActionPlanPage>(db)},
        {QStringLiteral("organisation"), tr("Organisation"), pageOf<OrganisationPage>(db)},
        {QStringLiteral("responsibilities"), tr("Responsibilities"),
         pageOf<ResponsibilitiesPage>(db)},
        {QStringLiteral("reviews"), tr("Reviews"),
         [this, &db] {
             auto* reviews = new ReviewsPage(db);
             // An agenda item opens the area its record is kept in.
             connect(reviews, &ReviewsPage::openArea, this, &MainWindow::openArea);
             return reviews;
         }},
        {QStringLiteral("meetings"), tr("Meetings"), pageOf<MeetingsPage>(db)},
        {QStringLiteral("audits"), tr("Audits"), pageOf<AuditsPage>(db)},
        {QStringLiteral("drills"), tr("Drills"), pageOf<DrillsPage>(db)},
        {QStringLiteral("communication"), tr("Communication"), pageOf<CommunicationPage>(db)},
        {QStringLiteral("core_systems"), tr("Core systems"), pageOf<CoreSystemsPage>(db)},
        {QStringLiteral("training"), tr("Training"), pageOf<TrainingPage>(db)},
        {QStringLiteral("incidents"), tr("Incidents"), pageOf<IncidentsPage>(db)},
        {QStringLiteral("audit_log"), tr("Audit log"),
         [this, &db] {
             auto* log = new AuditLogPage(db);
             connect(log, &AuditLogPage::openRecord, this, &MainWindow::openRecord);
             return log;
         }},
    };
    // The page is a convenience; the refusal that counts is in core.
    if (administrator) areas.append({QStringLiteral("users"), tr("Users"), pageOf<UsersPage>(db)});
    areas.append({QStringLiteral("settings"), tr("Settings"), [this, &db] {
                      auto* settings = new SettingsPage(db);
                      connect(settings, &SettingsPage::lockMinutesChanged, m_idle,
                              &IdleLock::setMinutes);
                      return settings;
                  }});
    for (const Area& area : areas) {
        m_navigation->addItem(area.title);
        m_areaKeys.append(area.key);
        m_factories.append(area.make);
        m_pages->addWidget(new QWidget);  // stands in until the page is built
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setCurrentRow(qMin(current, m_navigation->count() - 1));
    updatePrintActions();
    showSession();
    updateDatabaseActions();
}

void MainWindow::showSession() {
    const core::Database& db = *m_db;
    const bool file = db.engine() == core::Database::Engine::SQLite;
    const QString where = file ? tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path()))
                               : tr("Server: %1").arg(m_db->path());
    m_databaseLabel->setText(db.isReadOnly() ? tr("%1 (read only)").arg(where) : where);
    const QString notice = db.isReadOnly() ? db.readOnlyReason() : db.trailProblem();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_userLabel->setText(
        tr("Signed in: %1 (%2)")
            .arg(db.session().displayName, core::UserRole::label(db.session().role)));
}

void MainWindow::updateDatabaseActions() {
    const bool open = m_db != nullptr;
    const bool signedIn = open && m_db->session().signedIn;
    m_idle->setActive(signedIn);
    const QString closed = tr("No database is open: File ▸ Open database… opens one.");
    const QString signInFirst = open ? tr("Nobody is signed in: File ▸ Sign in… first.") : closed;
    const auto set = [this](const char* name, const QString& why) {
        if (auto* action = findChild<QAction*>(QString::fromLatin1(name)))
            Availability::set(action, why);
    };
    for (const char* name : {"switch_user", "sign_out", "change_password", "verify"})
        set(name, signedIn ? QString() : signInFirst);
    set("sign_in", !open      ? closed
                   : signedIn ? tr("%1 is signed in: Switch user… lets someone else sign in.")
                                    .arg(m_db->session().displayName)
                              : QString());
    // A server database is backed up on the server (or copied with isms-desk copy).
    const QString backups =
        !signedIn ? signInFirst
        : m_db->engine() != core::Database::Engine::SQLite
            ? tr("A database on a server is backed up on the server (pg_dump), or copied to a "
                 "file with isms-desk copy.")
            : m_db->refusal(core::UserRole::Permission::ManageBackups);
    for (const char* name : {"backup", "restore"}) set(name, backups);
    if (signedIn) return;
    for (QAction* a : std::as_const(m_printActions)) Availability::set(a, signInFirst);
    m_databaseLabel->setText(
        open ? tr("Signed out of %1: File ▸ Sign in… lets the next person sign in.")
                   .arg(QDir::toNativeSeparators(m_db->path()))
             : tr("No database is open: File ▸ Open database… opens one."));
    m_userLabel->clear();
    m_notice->hide();
}

void MainWindow::endSession() {
    core::UserService(*m_db).signOut();
    clearPages();
    updateDatabaseActions();
}

void MainWindow::signInNext(const QString& account) {
    if (!m_signIn(*m_db, account)) return;
    buildPages();
}

void MainWindow::signOut() {
    if (!m_db || !m_db->session().signedIn) return;
    endSession();
    signInNext(QString());
}

void MainWindow::switchUser() {
    if (!m_db || !m_db->session().signedIn) return;
    // Nobody else signed in: the one signed in goes on, with the pages as they were.
    if (!m_signIn(*m_db, QString())) return;
    buildPages();
}

void MainWindow::signIn() {
    if (!m_db || m_db->session().signedIn) return;
    signInNext(Settings::open()->value(Settings::kLastUser).toString());
}

void MainWindow::lock() {
    if (!m_db || !m_db->session().signedIn || m_locked) return;
    const core::Session locked = m_db->session();
    // Every modal dialog open runs an event loop of its own, on top of the window's.
    const int level = QThread::currentThread()->loopLevel();
    LockCover cover(this);
    // The toolbar acts on the covered page: it waits with it.
    m_pageActions->toolBar()->setEnabled(false);
    const auto toolbarBack = qScopeGuard([this] { m_pageActions->toolBar()->setEnabled(true); });
    m_locked = true;
    m_db->setSession(core::Session{});
    updateDatabaseActions();
    m_databaseLabel->setText(tr("Locked: %1 or the next person signs in.").arg(locked.displayName));
    const bool in = m_signIn(*m_db, locked.username);
    m_locked = false;
    if (in && m_db->session().userId == locked.userId) {
        // The same person: everything as it was, the typed text in its dialog too.
        showSession();
        updatePrintActions();
        updateDatabaseActions();
        statusBar()->clearMessage();
        return;
    }
    // Someone else, or nobody: the locked person's forms close, and the pages are rebuilt for
    // whoever comes next once those forms' event loops have ended (their pages are below them).
    const QList<QDialog*> open = cover.dialogs();
    const bool forms = !open.isEmpty();
    const int base = level - int(std::count_if(open.cbegin(), open.cend(), [](const QDialog* d) {
                         return d->windowModality() != Qt::NonModal || d->isModal();
                     }));
    cover.closeDialogs();
    const auto rebuild = [this, in] {
        if (in) {
            buildPages();
            statusBar()->clearMessage();
        } else {
            endSession();
        }
    };
    if (!forms) {
        rebuild();
        return;
    }
    auto* wait = new QTimer(this);
    wait->setInterval(0);
    connect(wait, &QTimer::timeout, this, [wait, base, rebuild] {
        if (QThread::currentThread()->loopLevel() > base) return;
        wait->deleteLater();
        rebuild();
    });
    wait->start();
}

bool MainWindow::openDatabase(const QString& path, bool demoContentIfNew, QString* error,
                              const QString& password, core::Database::Access access) {
    std::unique_ptr<core::Database> db;
    try {
        db = core::Workspace::open(path, demoContentIfNew, core::Database::Check::Deferred,
                                   password, access);
    } catch (const core::Error& e) {
        if (error) *error = e.message();
        return false;
    }
    if (!m_signIn(*db, Settings::open()->value(Settings::kLastUser).toString())) {
        if (error) error->clear();
        return false;
    }
    setDatabase(std::move(db));
    Settings::open()->setValue(Settings::kLastDatabase, m_db->path());
    DatabaseActions::remember(m_db->path());
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<core::Database> db) {
    const int current = m_navigation->currentRow();
    m_notices.reset();
    clearPages();  // pages refer to the old database, which goes when db leaves this scope
    m_db.swap(db);
    buildPages();
    startCheck();
    watchChanges();
    m_navigation->setCurrentRow(qMax(0, qMin(current, m_navigation->count() - 1)));
}

void MainWindow::closeDatabase() {
    m_notices.reset();
    clearPages();
    stopCheck();
    m_db.reset();
    updateDatabaseActions();
}

QAction* MainWindow::printAction(const QString& name) const {
    for (QAction* a : m_printActions) {
        if (a->objectName() == name) return a;
    }
    return nullptr;
}

QWidget* MainWindow::page(int row) {
    if (row < 0 || row >= m_factories.size()) return nullptr;
    QWidget* inStack = m_pages->widget(row);
    if (!m_factories[row]) return inStack;  // the page, built already
    // Until now the stack held an empty stand-in, never shown: showArea builds before showing.
    QWidget* built = m_factories[row]();
    m_factories[row] = nullptr;
    // The page takes the stand-in's place without the stack ever showing another page (which
    // would read its records): it goes in before the stand-in, which is then not current.
    const bool current = m_pages->currentWidget() == inStack;
    PageActions::prepare(built);
    m_pages->insertWidget(row, built);
    if (current) m_pages->setCurrentIndex(row);
    m_pages->removeWidget(inStack);
    delete inStack;
    return built;
}

void MainWindow::showArea(int row) {
    QWidget* shown = page(row);
    if (shown) m_pages->setCurrentWidget(shown);
    if (m_pageActions) m_pageActions->follow(shown);
    updatePrintActions();
}

void MainWindow::openArea(const QString& area) {
    const int row = m_areaKeys.indexOf(area);
    if (row >= 0) m_navigation->setCurrentRow(row);
}

void MainWindow::openRecord(const QString& table, qint64 id) {
    openArea(TrailEntryView::areaOf(table));
    auto* page = dynamic_cast<Page*>(m_pages->currentWidget());
    if (!page) return;
    for (QAbstractItemView* list : page->lists()) {
        auto* model = qobject_cast<RecordListModel*>(list->model());
        if (!model || model->listQuery().definition().key != table) continue;
        if (!model->loaded()) model->refresh();
        const QModelIndexList found =
            model->match(model->index(0, 0), Qt::EditRole, id, 1, Qt::MatchExactly);
        if (found.isEmpty()) continue;
        // A list on a tab not shown: its tab first.
        for (QWidget* w = list; w && w != m_pages; w = w->parentWidget()) {
            QWidget* stack = w->parentWidget();
            if (auto* tabs = qobject_cast<QTabWidget*>(stack ? stack->parentWidget() : nullptr))
                tabs->setCurrentWidget(w);
        }
        list->setCurrentIndex(found.first());
        list->scrollTo(found.first());
        list->setFocus();
        return;
    }
}

qint64 MainWindow::shownPolicyVersion() const {
    const auto* page = qobject_cast<PolicyPage*>(m_pages->currentWidget());
    return page ? page->currentVersionId() : 0;
}

QAbstractButton* MainWindow::pageButtonFor(const QString& printAction) const {
    auto* page = dynamic_cast<Page*>(m_pages->currentWidget());
    if (!page) return nullptr;
    return page->button(printAction == QStringLiteral("pdf") ? Page::kExport : Page::kPrint);
}

void MainWindow::updatePrintActions() {
    if (m_db) Availability::follow(m_importPolicy, *m_db, core::UserRole::Permission::EditPolicy);
    const bool policy = qobject_cast<PolicyPage*>(m_pages->currentWidget()) != nullptr;
    // Anyone may print an uncontrolled copy of the policy version the Policies page shows;
    // another page prints and exports what its own buttons do, and says why when they cannot.
    for (QAction* a : std::as_const(m_printActions)) {
        if (m_db && !m_db->session().signedIn) continue;  // said by updateDatabaseActions
        QString why;
        if (!policy) {
            QAbstractButton* b = pageButtonFor(a->objectName());
            why = !b               ? tr("This page has nothing to print or export.")
                  : b->isEnabled() ? QString()
                                   : (b->toolTip().isEmpty() ? b->statusTip() : b->toolTip());
        }
        Availability::set(a, why);
    }
}

void MainWindow::verifyCopy() {
    VerifyDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::changePassword() {
    ChangePasswordDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        QMessageBox::information(this, tr("Change password"), tr("Your password was changed."));
    }
}

void MainWindow::runAutomaticBackup() {
    auto settings = Settings::open();
    // Automatic backups copy a file; a server's are the server administrator's.
    // Nor of a database opened read only: its register of backups cannot take the copy.
    if (!m_db || m_db->engine() != core::Database::Engine::SQLite || m_db->isReadOnly() ||
        !settings->value(Settings::kAutoBackup, false).toBool()) {
        return;
    }
    try {
        core::BackupService(*m_db).automaticBackup(
            settings->value(Settings::kAutoBackupFolder, Settings::defaultBackupFolder())
                .toString(),
            settings->value(Settings::kAutoBackupKeep, 10).toInt());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Automatic backup"),
                             tr("The automatic backup failed: %1").arg(e.message()));
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About ISMS Desk"),
        tr("<h3>ISMS Desk %1</h3><p>Keeps an organisation's information-security governance "
           "records: the security policy under document control, objectives and yearly action "
           "plans, responsibilities, and review cycles.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::open()->setValue(Settings::kWindowGeometry, saveGeometry());
    runAutomaticBackup();
    event->accept();
}

}  // namespace isms::ui
