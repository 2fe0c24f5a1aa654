#pragma once

#include <QWidget>

#include "storage/TrailReading.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// One audit-trail entry in full, as a person reads it: when, who, what happened to which record,
// each changed field "before → after", and the entry's hash; with a button that opens the record
// in its area while it is still on record.
class TrailEntryView : public QWidget {
    Q_OBJECT
public:
    explicit TrailEntryView(core::Database& db, QWidget* parent = nullptr);

    // Shows entry entryId (0: none chosen).
    void showEntry(qint64 entryId);
    qint64 entryId() const { return m_entry.id; }
    QTableWidget* changes() const { return m_changes; }
    QPushButton* openButton() const { return m_open; }
    QString headline() const;

    // The window's area a record of this table is kept in ("" for none).
    static QString areaOf(const QString& table);

Q_SIGNALS:
    void openRecord(const QString& table, qint64 id);

private:
    core::Database& m_db;
    core::TrailReading m_reading;
    core::TrailReading::Entry m_entry;
    QLabel* m_title;
    QLabel* m_facts;
    QTableWidget* m_changes;
    QLabel* m_hash;
    QPushButton* m_open;
};

}  // namespace isms::ui
