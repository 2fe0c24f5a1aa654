#include "AccountDialog.h"

#include "DialogForm.h"
#include "domain/Error.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace isms::ui {

AccountDialog::AccountDialog(core::Database& db, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_db(db), m_purpose(purpose), m_username(new QLineEdit(this)), m_fullName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_message(DialogForm::messageLabel(this)) {
    const bool first = purpose == Purpose::FirstAdministrator;
    setWindowTitle(first ? tr("Set up the administrator") : tr("New user account"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(core::UserService::kMinimumPasswordLength));
    for (auto role : core::UserRole::all()) m_role->addItem(core::UserRole::label(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(core::UserRole::Viewer)));
    if (first) m_username->setText(QStringLiteral("admin"));

    DialogForm form(this, first ? tr("This database has no user accounts yet. Create the administrator, "
                                     "who can then add everyone else.")
                                : tr("The new user signs in with this name and password."));
    form.addRow(tr("User name:"), m_username);
    form.addRow(tr("Full name:"), m_fullName);
    if (first) {
        m_role->hide();
    } else {
        form.addRow(tr("Role:"), m_role);
    }
    form.addRow(tr("Password:"), m_password);
    form.addRow(tr("Repeat password:"), m_repeat);
    form.finish(m_message, first ? tr("Create and sign in") : tr("Create"));
    (first ? m_fullName : m_username)->setFocus();
}

void AccountDialog::accept() {
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        core::UserService users(m_db);
        const QString username = m_username->text().trimmed();
        if (m_purpose == Purpose::FirstAdministrator) {
            users.createFirstAdministrator(username, m_fullName->text(), m_password->text());
            users.signIn(username, m_password->text());
        } else {
            users.createUser(username, m_fullName->text(), core::UserRole::Value(m_role->currentData().toInt()),
                             m_password->text());
        }
    } catch (const core::Error& e) {
        m_message->setText(e.message());
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
