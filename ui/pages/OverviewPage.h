#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Where governance stands for a plan year: the current policy, objectives measured, action
// items done and overdue, reviews due, open findings and drills.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(core::Database& db, QWidget* parent = nullptr);

    void refresh();
    QComboBox* yearChooser() const { return m_year; }
    // The figure labels by name, for tests and accessibility.
    QLabel* figure(const QString& name) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addFigure(QFormLayout* form, const QString& name, const QString& label);

    core::Database& m_db;
    QComboBox* m_year;
    QLabel* m_policies;
};

}  // namespace isms::ui
