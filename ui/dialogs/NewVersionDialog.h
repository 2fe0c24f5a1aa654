#pragma once

#include "domain/VersionSummary.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace isms::ui {

// "New version": the next number (2.0 → 2.1 or 3.0, or typed) and what will change. The work is
// handed in, so the dialog stays open with core's reason when it is refused.
class NewVersionDialog : public QDialog {
    Q_OBJECT
public:
    using Work = std::function<bool(const QString& number, const QString& summary, QString* message)>;

    NewVersionDialog(const core::VersionSummary& from, const QStringList& numbers, QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }

    QComboBox* numberChooser() const { return m_number; }
    QPlainTextEdit* summaryField() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    Work m_work;
    QComboBox* m_number;
    QPlainTextEdit* m_summary;
    QLabel* m_message;
};

}  // namespace isms::ui
