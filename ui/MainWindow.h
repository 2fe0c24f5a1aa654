#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The frame: a navigation list of the program's areas, the page of the chosen area, menus and
// a status bar naming the database. Pages do the work; this class only wires them in.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::Database& database() const { return *m_db; }
    QListWidget* navigation() const { return m_navigation; }
    QStackedWidget* pages() const { return m_pages; }
    // Replaces the open database; on failure keeps the current one and says why in *error.
    bool openDatabase(const QString& path, bool demoContentIfNew, QString* error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void clearPages();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void openOrExplain(const QString& path, bool demoContentIfNew);
    void showAbout();

    std::unique_ptr<core::Database> m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
};

}  // namespace isms::ui
