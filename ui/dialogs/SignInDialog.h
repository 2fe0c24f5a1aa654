#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Signs a user in to a database; a wrong password or a locked account is said in the dialog,
// which stays open for another try (Turn says where the cursor starts).
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    // Whose turn it is. Another person: no name. The last user (the program starts, or the
    // window locked): the name is there, chosen, so that another person's typing replaces it
    // rather than going into the password.
    enum class Turn { SomeoneElse, LastUser };

    SignInDialog(core::Database& db, const QString& username, QWidget* parent = nullptr,
                 Turn turn = Turn::LastUser);

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
