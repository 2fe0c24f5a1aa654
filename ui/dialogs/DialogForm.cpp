#include "DialogForm.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
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
    // The fields scroll when the form is taller than the screen allows (a long form at 200 %):
    // the explanation, the message line and the buttons stay in view.
    m_scroll = new QScrollArea(dialog);
    m_scroll->setObjectName(QStringLiteral("fields_area"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* fields = new QWidget(m_scroll);
    fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(fields);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->addWidget(m_scroll, 1);
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
    // As tall as the fields need, up to what the screen leaves for them beside the rest.
    QWidget* fields = m_scroll->widget();
    const QScreen* screen = m_dialog->screen() ? m_dialog->screen() : QGuiApplication::primaryScreen();
    const int room = screen ? screen->availableGeometry().height() * 3 / 5 : 480;
    m_scroll->setMinimumHeight(qMin(fields->sizeHint().height(), room));
    m_scroll->setMinimumWidth(fields->sizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width());
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
