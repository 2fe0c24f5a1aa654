#include "SignInDialog.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

#include "DialogForm.h"
#include "domain/Error.h"
#include "services/UserService.h"
#include "storage/Database.h"

namespace isms::ui {

SignInDialog::SignInDialog(core::Database& db, const QString& username, QWidget* parent, Turn turn)
    : QDialog(parent),
      m_db(db),
      m_username(new QLineEdit(username, this)),
      m_password(new QLineEdit(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Sign in"));
    m_password->setEchoMode(QLineEdit::Password);
    DialogForm form(this, tr("Sign in to %1.")
                              .arg(db.engine() == core::Database::Engine::SQLite
                                       ? QFileInfo(db.path()).fileName()
                                       : db.path()));
    form.addRow(tr("User name:"), m_username);
    form.addRow(tr("Password:"), m_password);
    form.finish(m_message, tr("Sign in"));
    Q_UNUSED(turn);  // either way the cursor starts in the name, chosen when there is one
    {
        m_username->setFocus();
        m_username->selectAll();
        // Chosen again once shown: showing the dialog puts the cursor at the name's end.
        QTimer::singleShot(0, m_username, [field = m_username] {
            if (field->hasFocus()) field->selectAll();
        });
    }
}

void SignInDialog::accept() {
    // An empty field is not a try: Enter pressed too early is never counted as a failed sign-in.
    for (QLineEdit* field : {m_username, m_password}) {
        if (!field->text().trimmed().isEmpty()) continue;
        m_message->setText(field == m_username ? tr("Type your user name.")
                                               : tr("Type your password."));
        field->setFocus();
        return;
    }
    try {
        core::UserService(m_db).signIn(m_username->text().trimmed(), m_password->text());
    } catch (const core::Error& e) {
        m_message->setText(e.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
