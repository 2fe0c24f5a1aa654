#include "ApprovalDialog.h"

#include <QLabel>
#include <QLineEdit>

#include "DialogForm.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"

namespace isms::ui {

namespace {

QLabel* fact(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

}  // namespace

ApprovalDialog::ApprovalDialog(const core::VersionSummary& version, const QString& fingerprint,
                               const QString& signer, QWidget* parent)
    : QDialog(parent),
      m_title(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Approve version %1").arg(version.version));
    m_title->setPlaceholderText(tr("for example 局長"));
    m_password->setEchoMode(QLineEdit::Password);
    DialogForm form(this, tr("You approve this text in your name: your password signs the "
                             "approval. Text changed after this dialog opened is not approved."));
    form.addRow(tr("Document:"), fact(version.code + QLatin1Char(' ') + version.title, this));
    form.addRow(tr("Version:"), fact(version.version, this));
    form.addRow(tr("Takes effect:"), fact(core::Language::longDate(version.effectiveDate), this));
    auto* print = fact(core::PolicyFingerprint::shortForm(fingerprint), this);
    print->setToolTip(fingerprint);
    print->setObjectName(QStringLiteral("fingerprint"));
    form.addRow(tr("Content fingerprint:"), print);
    form.addRow(tr("Signed by:"), fact(signer, this));
    form.addRow(tr("Your title:"), m_title);
    form.addRow(tr("Your password:"), m_password);
    form.finish(m_message, tr("Approve and sign"));
    m_title->setFocus();
}

void ApprovalDialog::accept() {
    // Each field is asked for here first; core asks again (the rule is there).
    if (m_title->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give your title for the signature block."));
        m_title->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Type your password to sign."));
        m_password->setFocus();
        return;
    }
    QString message;
    if (m_work && !m_work(m_title->text().trimmed(), m_password->text(), &message)) {
        m_message->setText(message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
