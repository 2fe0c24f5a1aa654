#pragma once

#include <QDialog>
#include <functional>

#include "domain/VersionSummary.h"

class QLabel;
class QLineEdit;

namespace isms::ui {

// The approval, as a signature: it names the document, the version, the day it takes effect
// and the fingerprint of the text approved, and asks the approver's title and password. The
// work is handed in, so that on a refusal the dialog stays open with core's reason and what was
// typed (a wrong password is selected, to be typed over).
class ApprovalDialog : public QDialog {
    Q_OBJECT
public:
    using Work =
        std::function<bool(const QString& title, const QString& password, QString* message)>;

    ApprovalDialog(const core::VersionSummary& version, const QString& fingerprint,
                   const QString& signer, QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* passwordField() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    Work m_work;
    QLineEdit* m_title;
    QLineEdit* m_password;
    QLabel* m_message;
};

}  // namespace isms::ui
