#pragma once

#include "services/DrillService.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace isms::ui {

class RocDateEdit;

// Records a social-engineering drill: half-year, date, e-mails sent, opened, clicked and
// reported, with the pass thresholds; the verdict shows as the numbers are typed.
class DrillDialog : public QDialog {
    Q_OBJECT
public:
    using Work = std::function<bool(const core::DrillService::Drill& drill, QString* message)>;

    // units: (id, name) of the units a drill can be recorded for; the first choice is everyone.
    explicit DrillDialog(const QList<QPair<qint64, QString>>& units = {}, QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }

    core::DrillService::Drill drill() const;
    QSpinBox* sentField() const { return m_sent; }
    QSpinBox* openedField() const { return m_opened; }
    QSpinBox* clickedField() const { return m_clicked; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    void updateVerdict();

    Work m_work;
    QComboBox* m_period;
    QComboBox* m_unit;
    RocDateEdit* m_date;
    QSpinBox* m_sent;
    QSpinBox* m_opened;
    QSpinBox* m_clicked;
    QSpinBox* m_reported;
    QDoubleSpinBox* m_openThreshold;
    QDoubleSpinBox* m_clickThreshold;
    QLabel* m_verdict;
    QLabel* m_message;
};

}  // namespace isms::ui
