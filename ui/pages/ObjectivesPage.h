#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include "Page.h"
#include "services/ObjectiveService.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordPage;

// The objectives of the policy in force and how each stands in a year — indicator, target,
// latest value, status — with the way to record a measurement; the full lists below.
class ObjectivesPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit ObjectivesPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    QComboBox* yearChooser() const { return m_year; }
    QTableWidget* standings() const { return m_table; }
    // Which version's objectives these are, and the one that takes over next, if any.
    QLabel* versionNote() const { return m_version; }
    void refresh();
    // The work behind "Record measurement…"; false with *message on refusal.
    bool recordMeasurement(qint64 objectiveId, const QDate& from, const QDate& to, double value,
                           const QString& evidence, QString* message);
    // The objective effectiveness report of the chosen year, PDF or (by the name) CSV.
    bool writeReport(const QString& file, QString* message);
    // rowVersion: the objective's as the dialog read it; a change saved since is refused.
    bool setIndicator(qint64 objectiveId, int rowVersion,
                      const core::ObjectiveService::Indicator& indicator, QString* message);
    // The work behind "Record ended periods": the computed objectives' values of the periods
    // ended and not yet recorded; false with *message on refusal, else *message says how many.
    bool recordEndedPeriods(QString* message);
    // The records the chosen measurement was computed from (the list's filter), or why none.
    bool showRecords(qint64 measurementId, QString* message);
    QDialog* recordsDialog() const { return m_recordsDialog; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askMeasurement();
    void askReport();
    void askIndicator();
    void askRecords();

    core::Database& m_db;
    QComboBox* m_year;
    QTableWidget* m_table;
    QLabel* m_version;
    RecordPage* m_lists;
    QList<qint64> m_objectiveIds;
    QList<bool> m_computed;  // by row: computed from the records (IndicatorSource)
    QPointer<QDialog> m_recordsDialog;
};

}  // namespace isms::ui
