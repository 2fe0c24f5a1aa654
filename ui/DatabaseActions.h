#pragma once

#include <QObject>

#include "storage/Database.h"

class QMenu;

namespace isms::ui {

class MainWindow;

// The File menu's work on whole databases: open another, create one, back up, restore. Each
// new database is signed in to before the window switches to it.
class DatabaseActions : public QObject {
    Q_OBJECT
public:
    explicit DatabaseActions(MainWindow* window);

    void addTo(QMenu* file);
    // For tests and scripts: the same work without file dialogs.
    bool backupTo(const QString& file, QString* message);
    bool restoreFrom(const QString& file, QString* message);
    // Opens the server database and remembers the address (never the password) on success.
    bool connectTo(const QString& address, const QString& password, QString* error);
    // File ▸ Open recent: the databases opened lately, the latest first (at most kRecent).
    static constexpr int kRecent = 8;
    static void remember(const QString& location);
    static QStringList recent();

private:
    // Where the file dialogs start: the open database's folder.
    QString startFolder() const;
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseServer();
    void chooseBackupFile();
    void chooseRestoreFile();
    void chooseDatabaseToRead();
    void fillRecent(QMenu* menu);
    void openOrExplain(const QString& path, bool demoContentIfNew,
                       core::Database::Access access = core::Database::Access::ReadWrite);

    MainWindow* m_window;
};

}  // namespace isms::ui
