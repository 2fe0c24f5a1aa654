#pragma once

#include "domain/UserRole.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace isms::core {
class Database;
}

namespace isms::ui {

// A new account: the first administrator of a database (who is signed in at once), or any
// account an administrator adds.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { FirstAdministrator, NewAccount };

    AccountDialog(core::Database& db, Purpose purpose, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* fullNameField() const { return m_fullName; }
    QComboBox* roleChooser() const { return m_role; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    core::Database& m_db;
    Purpose m_purpose;
    QLineEdit* m_username;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

}  // namespace isms::ui
