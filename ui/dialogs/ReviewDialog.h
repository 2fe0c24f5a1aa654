#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace isms::ui {

class RocDateEdit;

// Records a review of a policy: when, by whom, the outcome (no change, or revise — which starts
// a new draft) and notes.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    using Work = std::function<bool(const QDate& date, const QString& reviewers, bool revise, const QString& notes,
                                    QString* message)>;

    explicit ReviewDialog(QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }
    void accept() override;

private:
    Work m_work;
    RocDateEdit* m_date;
    QLineEdit* m_reviewers;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
    QLabel* m_message;
};

}  // namespace isms::ui
