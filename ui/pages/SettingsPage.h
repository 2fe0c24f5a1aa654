#pragma once

#include <QWidget>

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The program's preferences (language) and facts about the open database, with a check of it.
class SettingsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit SettingsPage(core::Database& db, QWidget* parent = nullptr);

    QComboBox* languageChooser() const { return m_language; }
    QLabel* checkResult() const { return m_checkResult; }
    QCheckBox* autoBackupChoice() const { return m_autoBackup; }
    QLineEdit* backupFolderField() const { return m_folder; }
    QSpinBox* keepChooser() const { return m_keep; }
    QSpinBox* lockChooser() const { return m_lock; }
    void runCheck();

Q_SIGNALS:
    // The minutes without use before the window locks (0: never), as just chosen.
    void lockMinutesChanged(int minutes);

private:
    QWidget* buildBackupBox();
    void saveBackupSettings();

    core::Database& m_db;
    QComboBox* m_language;
    QLabel* m_checkResult;
    QCheckBox* m_autoBackup;
    QLineEdit* m_folder;
    QSpinBox* m_keep;
    QSpinBox* m_lock;
};

}  // namespace isms::ui
