#pragma once

#include <QWidget>

#include "Page.h"
#include "services/DrillService.h"

class QLabel;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// Social-engineering drills: the list with each drill's verdict, half-years that ended without a
// drill, and recording a drill.
class DrillsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit DrillsPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    RecordListWidget* list() const { return m_list; }
    QLabel* missingLabel() const { return m_missing; }
    bool record(const core::DrillService::Drill& drill, QString* message);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askDrill();

    core::Database& m_db;
    RecordListWidget* m_list;
    QLabel* m_missing;
};

}  // namespace isms::ui
