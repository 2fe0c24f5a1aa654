#pragma once

#include <QHash>
#include <QVariant>
#include <QWidget>

#include "Page.h"

namespace isms::core {
class Database;
}

namespace isms::ui {

class FieldsDialog;
class RecordPage;

// Core systems (核心資通系統, objective 6) and their outages: adding and editing a system (its
// service hours and availability target), recording an outage as it starts or once it is over,
// ending one still going on, and the availability report of a year (PDF, CSV, print).
class CoreSystemsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit CoreSystemsPage(core::Database& db, QWidget* parent = nullptr);

    RecordPage* lists() const { return m_lists; }
    // The record chosen in a list ("core_systems", "outages"); 0: none.
    qint64 selected(const QString& list) const;
    // Its row_version as the list read it: what a change made from it hands core.
    int selectedRowVersion(const QString& list) const;
    // The form of a step ("system", "edit_system", "outage", "edit_outage"), filled from the chosen
    // record for an edit; run() does the step with the form's values.
    FieldsDialog* form(const QString& step);
    bool run(const QString& step, const QHash<QString, QVariant>& values, QString* message);
    // The availability report of the year, PDF or (by the name) CSV.
    bool writeReport(const QString& file, int year, QString* message);

private:
    void ask(const QString& step);

    core::Database& m_db;
    RecordPage* m_lists;
};

}  // namespace isms::ui
