#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QVariantList>

class QDialog;

namespace isms::ui {

// Keeps a form dialog from throwing away what was typed into it: Cancel, Esc and closing the
// window ask first when a field differs from what the dialog showed when it opened.
class TypedWorkGuard : public QObject {
    Q_OBJECT
public:
    static TypedWorkGuard* install(QDialog* dialog);
    // True when nothing was typed, or the person chose to discard it.
    bool mayDiscard();
    bool changed() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit TypedWorkGuard(QDialog* dialog);
    QVariantList values() const;

    QDialog* m_dialog;
    QVariantList m_shown;
    bool m_taken = false;
    bool m_leaving = false;  // discarding was chosen, or there was nothing to discard
};

}  // namespace isms::ui
