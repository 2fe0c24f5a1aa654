#include "ConnectDialog.h"

#include "DialogForm.h"
#include "domain/Error.h"
#include "storage/ServerAddress.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace isms::ui {

ConnectDialog::ConnectDialog(const QString& lastAddress, Connect connect, QWidget* parent)
    : QDialog(parent), m_connect(std::move(connect)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_encryption(new QComboBox(this)), m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Connect to server"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    // libpq's sslmode values, from the least to the most careful.
    m_encryption->addItem(tr("Encrypt if the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_encryption->addItem(tr("Always encrypt and verify the server's certificate"), QStringLiteral("verify-full"));
    try {
        const core::ServerAddress last = core::ServerAddress::parse(lastAddress);
        m_host->setText(last.host);
        m_port->setValue(last.port);
        m_database->setText(last.database);
        m_user->setText(last.user);
        const QString mode = last.options.section(QStringLiteral("sslmode="), 1).section(QLatin1Char(';'), 0, 0);
        if (const int index = m_encryption->findData(mode); index >= 0) m_encryption->setCurrentIndex(index);
    } catch (const core::Error&) {
        // No last connection (or not a server address): the fields start empty.
    }
    DialogForm form(this, tr("Connect to the organisation's shared ISMS Desk database on a PostgreSQL server."));
    form.addRow(tr("Server:"), m_host);
    form.addRow(tr("Port:"), m_port);
    form.addRow(tr("Database:"), m_database);
    form.addRow(tr("User:"), m_user);
    form.addRow(tr("Password:"), m_password);
    form.addRow(tr("Encryption:"), m_encryption);
    form.finish(m_message, tr("Connect"));
    // Asked again for the same server, what is missing is usually the password.
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ConnectDialog::address() const {
    core::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.options = QStringLiteral("sslmode=") + m_encryption->currentData().toString();
    return a.toString();
}

void ConnectDialog::accept() {
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        m_message->setText(tr("Fill in the server, the database and the user."));
        return;
    }
    QString error;
    try {
        core::ServerAddress::parse(address());
    } catch (const core::Error& e) {
        m_message->setText(e.message());
        return;
    }
    if (m_connect(address(), m_password->text(), &error)) {
        QDialog::accept();
    } else if (!error.isEmpty()) {
        m_message->setText(error);
    } else {
        QDialog::reject();  // the sign-in was cancelled
    }
}

}  // namespace isms::ui
