#pragma once

#include <QCoreApplication>
#include <QString>

class QDialog;
class QFormLayout;
class QLabel;
class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace isms::ui {

// The shape every small form dialog here shares: an explanation, the fields, a message line for
// what is wrong, and OK/Cancel buttons — so the dialogs look and behave alike.
class DialogForm {
    Q_DECLARE_TR_FUNCTIONS(DialogForm)
public:
    DialogForm(QDialog* dialog, const QString& explanation);
    void addRow(const QString& label, QWidget* field);
    void finish(QLabel* message, const QString& okText);

    static QLabel* messageLabel(QWidget* parent);
    // The message line and OK/Cancel, for a dialog that lays out its own fields. Cancel, Esc
    // and closing the window ask before what was typed is thrown away.
    static void addButtons(QDialog* dialog, QVBoxLayout* layout, QLabel* message,
                           const QString& okText);
    // The record shown to read, not to change, for a role that may not: every field read only,
    // no OK, Cancel turned Close, and why above it (core's refusal, naming who may).
    static void viewOnly(QDialog* dialog, const QString& why);

private:
    QDialog* m_dialog;
    QVBoxLayout* m_layout;
    QFormLayout* m_form;
    QScrollArea* m_scroll;
};

}  // namespace isms::ui
