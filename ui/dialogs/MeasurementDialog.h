#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace isms::ui {

class RocDateEdit;

// Records a measurement of an objective's indicator: which objective, the period it covers, the
// value and the evidence. Core's reason for a refusal is shown in the dialog, which stays open.
class MeasurementDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        qint64 objectiveId;
        QString label;
        QString unit;
    };
    using Work = std::function<bool(qint64 objectiveId, const QDate& from, const QDate& to, double value,
                                    const QString& evidence, QString* message)>;

    MeasurementDialog(const QList<Choice>& objectives, qint64 preselected, QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }

    QComboBox* objectiveChooser() const { return m_objective; }
    RocDateEdit* fromField() const { return m_from; }
    RocDateEdit* toField() const { return m_to; }
    QLineEdit* valueField() const { return m_value; }
    QLineEdit* evidenceField() const { return m_evidence; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    Work m_work;
    QComboBox* m_objective;
    RocDateEdit* m_from;
    RocDateEdit* m_to;
    QLineEdit* m_value;
    QLineEdit* m_evidence;
    QLabel* m_unit;
    QLabel* m_message;
};

}  // namespace isms::ui
