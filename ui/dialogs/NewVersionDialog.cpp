#include "NewVersionDialog.h"

#include "DialogForm.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace isms::ui {

NewVersionDialog::NewVersionDialog(const core::VersionSummary& from, const QStringList& numbers, QWidget* parent)
    : QDialog(parent), m_number(new QComboBox(this)), m_summary(new QPlainTextEdit(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("New version"));
    m_number->setEditable(true);
    m_number->addItems(numbers);
    m_summary->setPlaceholderText(tr("What changes, and why"));
    m_summary->setTabChangesFocus(true);
    DialogForm form(this, tr("The new version starts as a draft copy of %1 version %2.").arg(from.code, from.version));
    form.addRow(tr("Version number:"), m_number);
    form.addRow(tr("Change summary:"), m_summary);
    form.finish(m_message, tr("Create draft"));
}

void NewVersionDialog::accept() {
    QString message;
    if (m_work && !m_work(m_number->currentText().trimmed(), m_summary->toPlainText(), &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
