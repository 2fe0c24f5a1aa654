#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The signed-in user changes their own password, knowing the current one.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(core::Database& db, QWidget* parent = nullptr);

    QLineEdit* currentField() const { return m_current; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    core::Database& m_db;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

}  // namespace isms::ui
