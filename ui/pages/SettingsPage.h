#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The program's preferences (language) and facts about the open database, with a check of it.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(core::Database& db, QWidget* parent = nullptr);

    QComboBox* languageChooser() const { return m_language; }
    QLabel* checkResult() const { return m_checkResult; }
    void runCheck();

private:
    core::Database& m_db;
    QComboBox* m_language;
    QLabel* m_checkResult;
};

}  // namespace isms::ui
