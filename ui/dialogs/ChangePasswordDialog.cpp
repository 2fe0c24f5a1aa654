#include "ChangePasswordDialog.h"

#include "DialogForm.h"
#include "domain/Error.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>

namespace isms::ui {

ChangePasswordDialog::ChangePasswordDialog(core::Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Change password"));
    for (QLineEdit* field : {m_current, m_new, m_repeat}) field->setEchoMode(QLineEdit::Password);
    m_new->setPlaceholderText(tr("at least %1 characters").arg(core::UserService::kMinimumPasswordLength));
    DialogForm form(this, tr("Change the password of %1.").arg(db.session().username));
    form.addRow(tr("Current password:"), m_current);
    form.addRow(tr("New password:"), m_new);
    form.addRow(tr("Repeat new password:"), m_repeat);
    form.finish(m_message, tr("Change"));
}

void ChangePasswordDialog::accept() {
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        m_repeat->clear();
        return;
    }
    try {
        core::UserService(m_db).changeOwnPassword(m_current->text(), m_new->text());
    } catch (const core::Error& e) {
        m_message->setText(e.message());
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
