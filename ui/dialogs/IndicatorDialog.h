#pragma once

#include "services/ObjectiveService.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// How an objective is measured: the indicator's name and unit, where its values come from (typed
// in, the drills, or computed from the records: IndicatorSource), whether the value must be at
// least, at most or equal to the target, how often it is measured, and the role responsible.
// A computed source fixes the unit and direction (what the computation gives).
class IndicatorDialog : public QDialog {
    Q_OBJECT
public:
    using Work = std::function<bool(const core::ObjectiveService::Indicator&, QString* message)>;

    IndicatorDialog(core::Database& db, const QString& objective, const core::ObjectiveService::Indicator& current,
                    QWidget* parent = nullptr);
    void setWork(Work work) { m_work = std::move(work); }

    core::ObjectiveService::Indicator indicator() const;
    QLineEdit* nameField() const { return m_name; }
    QDoubleSpinBox* targetField() const { return m_target; }
    QComboBox* sourceField() const { return m_source; }
    QListWidget* rolesField() const { return m_roles; }
    QListWidget* systemsField() const { return m_systems; }
    QLabel* messageLabel() const { return m_message; }
    void accept() override;

private:
    void sourceChanged();

    Work m_work;
    QComboBox* m_source;
    QLabel* m_explanation;
    QListWidget* m_roles;
    QListWidget* m_systems;
    QLineEdit* m_name;
    QLineEdit* m_unit;
    QComboBox* m_direction;
    QDoubleSpinBox* m_target;
    QComboBox* m_frequency;
    QComboBox* m_role;
    QComboBox* m_person;
    QLabel* m_message;
};

}  // namespace isms::ui
