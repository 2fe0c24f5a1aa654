#pragma once

#include <QWidget>
#include <memory>

#include "Page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace isms::core {
class Database;
}

namespace isms::ui {

class BackgroundCheck;
class RecordListWidget;

// The audit trail: every change with who, when, before and after; filtered by user, record type
// and dates, exported as CSV, and with the chain's state and head hash to compare elsewhere.
class AuditLogPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit AuditLogPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;
    ~AuditLogPage() override;

    RecordListWidget* list() const { return m_list; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* entityFilter() const { return m_entity; }
    QCheckBox* dateFilter() const { return m_useDates; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* untilDate() const { return m_until; }
    QLabel* chainLabel() const { return m_chain; }
    // The verification of the chain started when the page was last shown (or null).
    BackgroundCheck* chainCheck() const { return m_check.get(); }
    // Writes what the filters show; returns the rows written.
    qint64 exportCsv(const QString& file);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void reloadChoices();
    void chooseExportFile();

    core::Database& m_db;
    RecordListWidget* m_list;
    QComboBox* m_user;
    QComboBox* m_entity;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_until;
    QLabel* m_chain;
    // Verifying the chain reads every entry (seconds on a decade of records): in the background.
    std::unique_ptr<BackgroundCheck> m_check;
};

}  // namespace isms::ui
