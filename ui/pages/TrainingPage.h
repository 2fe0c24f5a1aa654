#pragma once

#include <QHash>
#include <QVariant>
#include <QWidget>

#include "Page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace isms::core {
class Database;
}

namespace isms::ui {

class FieldsDialog;
class RecordPage;

// The training register (教育訓練, objective 3): sessions held, attendance ticked from a signed
// sheet or imported from CSV, the hours required a year by responsibility level, and who is short
// by unit — with a session's sign-in sheet, a person's training record and the standing report.
class TrainingPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit TrainingPage(core::Database& db, QWidget* parent = nullptr);

    RecordPage* lists() const { return m_lists; }
    // The record chosen in a list ("training_sessions", …); 0: none.
    qint64 selected(const QString& list) const;
    // The form of a step ("session", "edit_session", "attendance", "edit_attendance",
    // "requirement", "edit_requirement", "level"), filled from the chosen record for an edit;
    // run() does the step with the form's values. "remove_attendance" and "remove_requirement"
    // take the chosen record back; "defaults" enters the level's defaults as requirements.
    FieldsDialog* form(const QString& step);
    bool run(const QString& step, const QHash<QString, QVariant>& values, QString* message);
    // Attendance of the chosen session from a CSV file; the message lists any bad lines.
    bool importAttendance(const QString& file, QString* message);
    // The standing list shows the year, unit and standing chosen above it.
    void showStanding(int year, qint64 unitId, bool shortOnly);
    // Reports: the chosen session's sign-in sheet, the chosen person's record of the standing
    // year (PDF or, by the name, CSV), the standing of the year by unit.
    bool writeSignInSheet(const QString& file, QString* message);
    bool writePersonRecord(const QString& file, QString* message);
    bool writeStanding(const QString& file, QString* message);

private:
    void ask(const QString& step);
    void askImport();
    void refreshLists();
    QString requireChosen(const QString& step) const;
    void applyStanding();
    // Which level applies, and whether it follows the defaults.
    void showLevel();
    // The chosen attendance in words: who, at which course.
    QString chosenAttendance() const;

    core::Database& m_db;
    RecordPage* m_lists;
    QSpinBox* m_year;
    QComboBox* m_unit;
    QCheckBox* m_shortOnly;
    QLabel* m_defaults;
};

}  // namespace isms::ui
