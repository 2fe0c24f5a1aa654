#pragma once

#include <QWidget>
#include <memory>

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace isms::core {
class Database;
}

namespace isms::ui {

class BackgroundCheck;
class RecordListWidget;
class RocDateEdit;
class TrailEntryView;

// The audit trail: every change and event with who and when, read in the users' terms (what
// happened, to which record, each field before and after), filtered by user, record type and
// dates, exported as CSV (readable columns and the stored values), and with the chain's state and
// head hash to compare elsewhere. The entry chosen is shown in full below the list, and opens in
// a window of its own on Enter or a double click.
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
    RocDateEdit* fromDate() const { return m_from; }
    RocDateEdit* untilDate() const { return m_until; }
    TrailEntryView* entryView() const { return m_entry; }
    // The entry in full in a dialog of its own.
    void openEntry(qint64 entryId);
    QLabel* chainLabel() const { return m_chain; }
    // The verification of the chain started when the page was last shown (or null).
    BackgroundCheck* chainCheck() const { return m_check.get(); }
    // Writes what the filters show; returns the rows written.
    qint64 exportCsv(const QString& file);

Q_SIGNALS:
    // Show this record in the area it is kept in.
    void openRecord(const QString& table, qint64 id);

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
    RocDateEdit* m_from;
    RocDateEdit* m_until;
    TrailEntryView* m_entry;
    QLabel* m_chain;
    // Verifying the chain reads every entry (seconds on a decade of records): in the background.
    std::unique_ptr<BackgroundCheck> m_check;
};

}  // namespace isms::ui
