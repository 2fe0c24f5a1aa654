#include "DialogForm.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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

void DialogForm::addRow(const QString& label, QWidget* field) { m_form->addRow(label, field); }

QLabel* DialogForm::messageLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    // Red, and bold so that it also reads in grey and for colour-blind users.
    label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    return label;
}

void DialogForm::finish(QLabel* message, const QString& okText) {
    addButtons(m_dialog, m_layout, message, okText);
    m_dialog->setMinimumWidth(420);
}

void DialogForm::addButtons(QDialog* dialog, QVBoxLayout* layout, QLabel* message, const QString& okText) {
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace isms::ui
