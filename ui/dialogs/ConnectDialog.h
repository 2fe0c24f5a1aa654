#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace isms::ui {

// File ▸ Connect to server…: where the shared PostgreSQL database is and who connects. The
// dialog stays open, with the fields as typed, until the connection works or the user cancels;
// the password is used once and never remembered.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    // Connects to address with password: true on success; false with *error empty when the
    // user cancelled the sign-in that follows.
    using Connect = std::function<bool(const QString& address, const QString& password, QString* error)>;

    // lastAddress fills the fields (the last connection, from the settings).
    ConnectDialog(const QString& lastAddress, Connect connect, QWidget* parent = nullptr);

    QLineEdit* hostField() const { return m_host; }
    QSpinBox* portField() const { return m_port; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QComboBox* encryptionField() const { return m_encryption; }
    QLabel* messageLabel() const { return m_message; }
    // The address the fields make, without the password.
    QString address() const;
    void accept() override;

private:
    Connect m_connect;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_encryption;
    QLabel* m_message;
};

}  // namespace isms::ui
