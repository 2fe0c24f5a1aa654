#pragma once

#include <QHash>
#include <QVariant>
#include <QWidget>

#include "Page.h"

class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class FieldsDialog;
class RecordPage;

// Security incidents and weaknesses (資安事件通報, objectives 4 and 7): the open incidents' clocks
// — reporting, damage control or recovery, the investigation report — above the register;
// recording an incident as it becomes known and each step as it is taken, a weakness report from
// staff, linking a corrective action, the deadlines, and the register report (PDF, CSV, print).
class IncidentsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit IncidentsPage(core::Database& db, QWidget* parent = nullptr);

    RecordPage* lists() const { return m_lists; }
    QTableWidget* clocks() const { return m_clocks; }
    qint64 selected() const;
    // The form of a step ("incident", "weakness", "edit", "link", "deadlines"), filled from the
    // chosen record for an edit; run() does the step with the form's values.
    FieldsDialog* form(const QString& step);
    bool run(const QString& step, const QHash<QString, QVariant>& values, QString* message);
    // The register of the year, PDF or (by the name) CSV.
    bool writeReport(const QString& file, int year, QString* message);
    // Reads the open incidents' clocks again (the page does every quarter minute while shown).
    void showClocks();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ask(const QString& step);

    core::Database& m_db;
    QTableWidget* m_clocks;
    RecordPage* m_lists;
};

}  // namespace isms::ui
