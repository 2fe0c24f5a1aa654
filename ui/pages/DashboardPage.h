#pragma once

#include <QWidget>

#include "Page.h"
#include "services/DashboardService.h"

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class DashboardLoader;
class DrillDownView;

// The chair's dashboard for a year: objectives with their status and trend, the action plan,
// reviews due, drills, audit findings and the policy's acknowledgement coverage. Every number and
// chart bar opens the list behind it; Back returns. Print and PDF give the same figures.
class DashboardPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit DashboardPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    // Computes the figures of the chosen year on the page's connection and shows them. (Showing
    // the page computes them on a thread: see DashboardLoader.)
    void refresh();
    // True while figures asked for by showing the page are being computed.
    bool computing() const;
    QComboBox* yearChooser() const { return m_year; }
    const core::DashboardService::Figures& figures() const { return m_figures; }
    // A figure's link label by name ("items_overdue", "reviews_overdue", …).
    QLabel* figure(const QString& name) const;
    void drillDown(const QString& key);
    void back();
    bool drilledDown() const;
    DrillDownView* drillDownView() const { return m_drill; }
    bool exportPdf(const QString& file, QString* message) const;

signals:
    // New figures are shown.
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void computed(int request, const core::DashboardService::Figures& figures,
                  const QString& error);
    void display(const core::DashboardService::Figures& figures);
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
    DashboardLoader* m_loader;
    int m_waitingFor = 0;  // the loader's request whose figures the page will show
    QString m_drillKey;    // the figure whose list is shown (drillDown), shown again on reload
    QList<QPushButton*> m_outputs;
    core::DashboardService::Figures m_figures;
    QHash<QString, QLabel*> m_links;
};

}  // namespace isms::ui
