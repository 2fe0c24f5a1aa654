#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Signs a user in to a database; a wrong password or a locked account is said in the dialog,
// which stays open for another try. Started with a user name, the cursor waits in the password;
// without one (someone else's turn), in the user name.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(core::Database& db, const QString& username, QWidget* parent = nullptr);

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    core::Database& m_db;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_message;
};

}  // namespace isms::ui
