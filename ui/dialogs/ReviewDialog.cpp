#include "ReviewDialog.h"

#include "DialogForm.h"
#include "domain/Clock.h"
#include "widgets/RocDateEdit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace isms::ui {

ReviewDialog::ReviewDialog(QWidget* parent)
    : QDialog(parent), m_date(new RocDateEdit(core::Clock::today(), this)), m_reviewers(new QLineEdit(this)),
      m_outcome(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Record a review"));
    m_outcome->addItem(tr("No change needed"), false);
    m_outcome->addItem(tr("Revise: start a new draft"), true);
    m_notes->setTabChangesFocus(true);
    DialogForm form(this, tr("The policy is reviewed every year, and whenever something significant changes."));
    form.addRow(tr("Date:"), m_date);
    form.addRow(tr("Reviewed by:"), m_reviewers);
    form.addRow(tr("Outcome:"), m_outcome);
    form.addRow(tr("Notes:"), m_notes);
    form.finish(m_message, tr("Record"));
}

void ReviewDialog::accept() {
    QString message;
    if (m_work && !m_work(m_date->date(), m_reviewers->text(), m_outcome->currentData().toBool(), m_notes->toPlainText(),
                          &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
