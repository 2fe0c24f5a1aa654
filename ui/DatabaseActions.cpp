#include "DatabaseActions.h"

#include "widgets/ExportFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include "MainWindow.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "dialogs/ConnectDialog.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "widgets/FileDialogs.h"

namespace isms::ui {

DatabaseActions::DatabaseActions(MainWindow* window) : QObject(window), m_window(window) {}

void DatabaseActions::addTo(QMenu* file) {
    file->addAction(tr("&Open database…"), QKeySequence::Open, this,
                    &DatabaseActions::chooseDatabaseToOpen);
    file->addAction(tr("Open read onl&y…"), this, &DatabaseActions::chooseDatabaseToRead)
        ->setObjectName(QStringLiteral("open_read_only"));
    QMenu* recentMenu = file->addMenu(tr("Open &recent"));
    recentMenu->setObjectName(QStringLiteral("recent_menu"));
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] { fillRecent(recentMenu); });
    fillRecent(recentMenu);
    // Ctrl+N is the page's: a new record where the page has records to add.
    file->addAction(tr("&New database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &DatabaseActions::chooseDatabaseToCreate);
    file->addAction(tr("Co&nnect to server…"), this, &DatabaseActions::chooseServer)
        ->setObjectName(QStringLiteral("connect"));
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back up…"), this, &DatabaseActions::chooseBackupFile);
    QAction* restore = file->addAction(tr("&Restore…"), this, &DatabaseActions::chooseRestoreFile);
    backup->setObjectName(QStringLiteral("backup"));
    restore->setObjectName(QStringLiteral("restore"));
}

void DatabaseActions::remember(const QString& location) {
    auto settings = Settings::open();
    QStringList list = settings->value(Settings::kRecentDatabases).toStringList();
    list.removeAll(location);
    list.prepend(location);
    settings->setValue(Settings::kRecentDatabases, list.mid(0, kRecent));
}

QStringList DatabaseActions::recent() {
    return Settings::open()->value(Settings::kRecentDatabases).toStringList();
}

void DatabaseActions::fillRecent(QMenu* menu) {
    menu->clear();
    const QStringList list = recent();
    for (int i = 0; i < list.size(); ++i) {
        const QString& location = list[i];
        const bool server = core::ServerAddress::isServer(location);
        // &1 … &8: chosen from the keyboard as in other programs.
        QAction* a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            server ? location : QDir::toNativeSeparators(location)));
        if (!server && !QFileInfo::exists(location)) {
            a->setEnabled(false);
            a->setToolTip(tr("The file is no longer there."));
            a->setStatusTip(a->toolTip());
            continue;
        }
        connect(a, &QAction::triggered, this, [this, location] { openOrExplain(location, false); });
    }
    if (list.isEmpty()) {
        QAction* none = menu->addAction(tr("No database opened yet"));
        none->setEnabled(false);
        none->setToolTip(tr("The databases you open are listed here."));
        none->setStatusTip(none->toolTip());
    }
}

void DatabaseActions::openOrExplain(const QString& path, bool demoContentIfNew,
                                    core::Database::Access access) {
    QString error;
    if (!m_window->openDatabase(path, demoContentIfNew, &error, {}, access) && !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot open the database"), error);
    }
}

QString DatabaseActions::startFolder() const {
    // After a damaged file was closed there is no database, only the window.
    return m_window->hasDatabase() ? QFileInfo(m_window->database().path()).absolutePath()
                                   : QString();
}

void DatabaseActions::chooseDatabaseToOpen() {
    const QString path =
        FileDialogs::openFile(m_window, tr("Open database"), startFolder(),
                              tr("ISMS Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openOrExplain(path, false);
}

void DatabaseActions::chooseDatabaseToRead() {
    const QString path =
        FileDialogs::openFile(m_window, tr("Open database read only"), startFolder(),
                              tr("ISMS Desk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openOrExplain(path, false, core::Database::Access::ReadOnly);
}

void DatabaseActions::chooseDatabaseToCreate() {
    QString path = FileDialogs::saveFile(m_window, tr("New database"), startFolder(),
                                         tr("ISMS Desk databases (*.sqlite)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New database"),
                             tr("“%1” already exists. Choose a new file name.").arg(path));
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("New database"),
        tr("Start the new database with the demo policy ISMS-01-01 and sample records?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    openOrExplain(path, answer == QMessageBox::Yes);
}

bool DatabaseActions::connectTo(const QString& address, const QString& password, QString* error) {
    if (!m_window->openDatabase(address, false, error, password)) return false;
    Settings::open()->setValue(Settings::kLastServer, address);
    return true;
}

void DatabaseActions::chooseServer() {
    ConnectDialog dialog(
        Settings::open()->value(Settings::kLastServer).toString(),
        [this](const QString& address, const QString& password, QString* error) {
            return connectTo(address, password, error);
        },
        m_window);
    dialog.exec();
}

bool DatabaseActions::backupTo(const QString& file, QString* message) {
    try {
        const auto copy = core::BackupService(m_window->database()).backup(file);
        *message = tr("The database was copied to %1 and the copy verified.\n\nSHA-256: %2\nAudit "
                      "trail head: %3")
                       .arg(copy.file, copy.sha256, copy.auditHead);
        return true;
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
}

void DatabaseActions::chooseBackupFile() {
    // Named with the day as the language writes it, like every export (isms-desk_115-12-07).
    const QString suggested = ExportFile::dated(QStringLiteral("isms-desk")) + QStringLiteral(".sqlite");
    const QString file = FileDialogs::saveFile(m_window, tr("Back up the database"), suggested,
                                               tr("ISMS Desk databases (*.sqlite)"));
    if (file.isEmpty()) return;
    QString message;
    if (backupTo(file, &message)) {
        // The page on screen (Settings lists the backups) shows the one just taken.
        m_window->refreshPage();
        QMessageBox::information(m_window, tr("Back up"), message);
    } else {
        QMessageBox::warning(m_window, tr("Back up"), message);
    }
}

bool DatabaseActions::restoreFrom(const QString& file, QString* message) {
    core::Database& db = m_window->database();
    try {
        db.require(core::UserRole::Permission::ManageBackups);
        core::BackupService::verify(file);  // before anything is closed or replaced
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    const QString target = db.path();
    const QString actor = db.actor();
    m_window->closeDatabase();
    QString aside;
    QString restoredText;
    try {
        const auto restored = core::BackupService::restore(file, target, actor);
        aside = restored.aside;
        restoredText = core::BackupService::describe(restored);
    } catch (const core::Error& e) {
        *message = e.message();
    }
    // Whatever happened, the window gets a database again: the restored one, or the old one put
    // back by restore(); its accounts are its own, so someone signs in anew.
    QString error;
    if (!m_window->openDatabase(target, false, &error)) {
        // Nobody signed in to the database now in place: the window has nothing to show.
        *message += QLatin1Char('\n') + error;
        m_window->close();
        return false;
    }
    if (aside.isEmpty()) return false;
    *message = tr("The database was restored from %1. The database it replaced is kept as %2.")
                   .arg(file, aside) +
               QStringLiteral("\n\n") + restoredText;
    return true;
}

void DatabaseActions::chooseRestoreFile() {
    const QString file =
        FileDialogs::openFile(m_window, tr("Restore from a backup"), QString(),
                              tr("ISMS Desk databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty()) return;
    const auto answer =
        QMessageBox::question(m_window, tr("Restore"),
                              tr("Replace the open database with the copy “%1”? Changes made since "
                                 "that copy are kept only in the "
                                 "replaced file, which is set aside.")
                                  .arg(file));
    if (answer != QMessageBox::Yes) return;
    QString message;
    if (restoreFrom(file, &message)) {
        QMessageBox::information(m_window, tr("Restore"), message);
    } else if (!message.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore"), message);
    }
}

}  // namespace isms::ui
