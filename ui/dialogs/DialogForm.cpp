#include "DialogForm.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

#include "widgets/TypedWorkGuard.h"

namespace isms::ui {

DialogForm::DialogForm(QDialog* dialog, const QString& explanation)
    : m_dialog(dialog), m_layout(new QVBoxLayout(dialog)), m_form(new QFormLayout) {
    if (!explanation.isEmpty()) {
        auto* text = new QLabel(explanation, dialog);
        text->setWordWrap(true);
        m_layout->addWidget(text);
    }
    m_layout->addLayout(m_form);
}

void DialogForm::addRow(const QString& label, QWidget* field) {
    m_form->addRow(label, field);
}

QLabel* DialogForm::messageLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    // A refusal may quote what was typed: shown as typed, never as markup.
    label->setTextFormat(Qt::PlainText);
    // Red, and bold so that it also reads in grey and for colour-blind users.
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    return label;
}

void DialogForm::finish(QLabel* message, const QString& okText) {
    addButtons(m_dialog, m_layout, message, okText);
    m_dialog->setMinimumWidth(420);
}

void DialogForm::addButtons(QDialog* dialog, QVBoxLayout* layout, QLabel* message,
                            const QString& okText) {
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("dialog_buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    auto* guard = TypedWorkGuard::install(dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, [dialog, guard] {
        if (guard->mayDiscard()) dialog->reject();
    });
    layout->addWidget(buttons);
}

void DialogForm::viewOnly(QDialog* dialog, const QString& why) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("dialog_buttons"));
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setReadOnly(true);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            plain->setReadOnly(true);
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            rich->setReadOnly(true);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            spin->setReadOnly(true);
        else if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)) {
            if (!buttons || !buttons->isAncestorOf(w)) w->setEnabled(false);
        }
    }
    if (buttons) {
        buttons->button(QDialogButtonBox::Ok)->hide();
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    auto* note = new QLabel(why, dialog);
    note->setObjectName(QStringLiteral("view_only"));
    note->setWordWrap(true);
    if (auto* layout = qobject_cast<QVBoxLayout*>(dialog->layout())) layout->insertWidget(0, note);
    dialog->setWindowTitle(tr("%1 (read only)").arg(dialog->windowTitle()));
}

}  // namespace isms::ui
