#include "TypedWorkGuard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace isms::ui {

TypedWorkGuard* TypedWorkGuard::install(QDialog* dialog) {
    if (auto* existing = dialog->findChild<TypedWorkGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new TypedWorkGuard(dialog);
}

TypedWorkGuard::TypedWorkGuard(QDialog* dialog) : QObject(dialog), m_dialog(dialog) {
    dialog->installEventFilter(this);
}

QVariantList TypedWorkGuard::values() const {
    QVariantList out;
    for (QWidget* w : m_dialog->findChildren<QWidget*>()) {
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            if (!line->isReadOnly() && !qobject_cast<QAbstractSpinBox*>(line->parent()))
                out << line->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            out << plain->toPlainText();
        } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
            out << rich->toPlainText();
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            out << spin->text();
        } else if (auto* box = qobject_cast<QComboBox*>(w)) {
            out << box->currentIndex() << box->currentText();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w);
                   button && button->isCheckable()) {
            out << button->isChecked();
        }
    }
    return out;
}

bool TypedWorkGuard::changed() const {
    return m_taken && values() != m_shown;
}

bool TypedWorkGuard::mayDiscard() {
    if (m_leaving || !changed() || m_dialog->property("isms_closed_by_lock").toBool())
        return m_leaving = true;
    QMessageBox box(QMessageBox::Question, m_dialog->windowTitle(),
                    tr("Discard what you typed in this form?"), QMessageBox::NoButton, m_dialog);
    box.setObjectName(QStringLiteral("discard_question"));
    QAbstractButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.exec();
    m_leaving = box.clickedButton() == discard;
    return m_leaving;
}

bool TypedWorkGuard::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_dialog) {
        if (event->type() == QEvent::Show && !m_taken) {
            // What the dialog shows when it opens, filled in by its maker.
            m_shown = values();
            m_taken = true;
        } else if (event->type() == QEvent::KeyPress &&
                   static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
                   static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
            if (mayDiscard()) m_dialog->reject();
            return true;
        } else if (event->type() == QEvent::Show) {
            m_leaving = false;  // shown again: a new chance to type
        } else if (event->type() == QEvent::Close && m_dialog->result() != QDialog::Accepted) {
            if (!mayDiscard()) {
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace isms::ui
