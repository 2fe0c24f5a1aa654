#pragma once

#include <QWidget>

#include "Page.h"

class QCheckBox;
class QComboBox;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// The yearly action plan: every item with the clause-6.2 fields, filtered by year, objective,
// owner, unit, status and "overdue" (all in SQL), with adding and editing items, changing the
// status of many at once, copying a year into the next, and CSV in and out.
class ActionPlanPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit ActionPlanPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    RecordListWidget* list() const { return m_list; }
    QComboBox* filter(const QString& key) const;
    QCheckBox* overdueFilter() const { return m_overdue; }
    QList<qint64> selectedIds() const;
    // The work behind the buttons, without their dialogs; false with *message when refused.
    bool setStatus(const QString& status, const QString& reason, QString* message);
    bool copyYear(int year, QString* message);
    bool importCsv(const QString& file, QString* message);
    bool exportCsv(int year, const QString& file, QString* message);
    bool writeReport(int year, const QString& file, QString* message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QComboBox* addFilter(const QString& key, const QString& anyText);
    void fillChoices();
    void applyFilters();
    void edit(qint64 id);
    void askStatus();
    void askCopy();
    void askImport();
    void askExport();
    void askReport();

    core::Database& m_db;
    RecordListWidget* m_list;
    QList<QComboBox*> m_filters;
    QCheckBox* m_overdue;
};

}  // namespace isms::ui
