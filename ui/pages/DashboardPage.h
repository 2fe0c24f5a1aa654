#pragma once

#include "services/DashboardService.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class DrillDownView;

// The chair's dashboard for a year: objectives with their status and trend, the action plan,
// reviews due, drills, audit findings and the policy's acknowledgement coverage. Every number and
// chart bar opens the list behind it; Back returns. Print and PDF give the same figures.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(core::Database& db, QWidget* parent = nullptr);

    void refresh();
    QComboBox* yearChooser() const { return m_year; }
    const core::DashboardService::Figures& figures() const { return m_figures; }
    // A figure's link label by name ("items_overdue", "reviews_overdue", …).
    QLabel* figure(const QString& name) const;
    void drillDown(const QString& key);
    void back();
    bool drilledDown() const;
    DrillDownView* drillDownView() const { return m_drill; }
    bool exportPdf(const QString& file, QString* message) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* build();
    QGroupBox* objectivesBox();
    QGroupBox* planBox();
    QGroupBox* reviewsBox();
    QGroupBox* drillsBox();
    QGroupBox* auditsBox();
    QGroupBox* policyBox();
    QLabel* link(const QString& key, const QString& text);
    QString titleOf(const QString& key) const;
    void print();
    void askExport();

    core::Database& m_db;
    QComboBox* m_year;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    DrillDownView* m_drill;
    core::DashboardService::Figures m_figures;
    QHash<QString, QLabel*> m_links;
};

}  // namespace isms::ui
