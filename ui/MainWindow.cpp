#include "MainWindow.h"

#include "Settings.h"
#include "domain/Error.h"
#include "pages/OverviewPage.h"
#include "pages/PolicyPage.h"
#include "pages/RecordPage.h"
#include "pages/SettingsPage.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace isms::ui {

MainWindow::MainWindow(std::unique_ptr<core::Database> db, QWidget* parent)
    : QMainWindow(parent),
      m_db(std::move(db)),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_databaseLabel(new QLabel(this)) {
    setWindowTitle(tr("ISMS Desk"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_databaseLabel, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    buildMenus();
    buildPages();
    if (!restoreGeometry(Settings::open()->value(Settings::kWindowGeometry).toByteArray())) resize(1200, 780);
}

MainWindow::~MainWindow() {
    // Pages hold references to the database: they go first.
    clearPages();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::chooseDatabaseToOpen);
    file->addAction(tr("&New database…"), QKeySequence::New, this, &MainWindow::chooseDatabaseToCreate);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ISMS Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::clearPages() {
    m_navigation->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::buildPages() {
    const int current = qMax(0, m_navigation->currentRow());
    clearPages();
    core::Database& db = *m_db;
    const QList<QPair<QString, QWidget*>> areas{
        {tr("Dashboard"), new OverviewPage(db)},
        {tr("Policies"), new PolicyPage(db)},
        {tr("Objectives"), new RecordPage(db, {QStringLiteral("objectives"), QStringLiteral("measurements")})},
        {tr("Action plan"), new RecordPage(db, {QStringLiteral("action_items")})},
        {tr("Responsibilities"),
         new RecordPage(db, {QStringLiteral("roles"), QStringLiteral("role_assignments"),
                             QStringLiteral("responsibilities"), QStringLiteral("people"),
                             QStringLiteral("org_units"), QStringLiteral("scope_items")})},
        {tr("Reviews"),
         new RecordPage(db, {QStringLiteral("review_cycles"), QStringLiteral("reviews"), QStringLiteral("meetings")})},
        {tr("Audits"),
         new RecordPage(db, {QStringLiteral("audits"), QStringLiteral("findings"), QStringLiteral("corrective_actions")})},
        {tr("Drills"), new RecordPage(db, {QStringLiteral("drills")})},
        {tr("Communication"),
         new RecordPage(db, {QStringLiteral("communications"), QStringLiteral("acknowledgements"),
                             QStringLiteral("policy_statements"), QStringLiteral("legal_references")})},
        {tr("Audit log"), new RecordPage(db, {QStringLiteral("audit_log")})},
        {tr("Settings"), new SettingsPage(db)},
    };
    for (const auto& [title, page] : areas) {
        m_navigation->addItem(title);
        m_pages->addWidget(page);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setCurrentRow(current);
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
}

bool MainWindow::openDatabase(const QString& path, bool demoContentIfNew, QString* error) {
    std::unique_ptr<core::Database> db;
    try {
        db = core::Workspace::open(path, demoContentIfNew);
    } catch (const core::Error& e) {
        if (error) *error = e.message();
        return false;
    }
    const int current = m_navigation->currentRow();
    clearPages();  // pages refer to the old database, which goes when db leaves this scope
    m_db.swap(db);
    buildPages();
    m_navigation->setCurrentRow(current);
    Settings::open()->setValue(Settings::kLastDatabase, m_db->path());
    return true;
}

void MainWindow::chooseDatabaseToOpen() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("ISMS Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openOrExplain(path, false);
}

void MainWindow::openOrExplain(const QString& path, bool demoContentIfNew) {
    QString error;
    if (!openDatabase(path, demoContentIfNew, &error)) {
        QMessageBox::warning(this, tr("Cannot open the database"), error);
    }
}

void MainWindow::chooseDatabaseToCreate() {
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_db->path()).absolutePath(),
                                                tr("ISMS Desk databases (*.sqlite)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"), tr("“%1” already exists. Choose a new file name.").arg(path));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("New database"), tr("Start the new database with the demo policy ISMS-01-01 and sample records?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    openOrExplain(path, answer == QMessageBox::Yes);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About ISMS Desk"),
                       tr("<h3>ISMS Desk %1</h3><p>Keeps an organisation's information-security governance "
                          "records: the security policy under document control, objectives and yearly action "
                          "plans, responsibilities, and review cycles.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::open()->setValue(Settings::kWindowGeometry, saveGeometry());
    event->accept();
}

}  // namespace isms::ui
