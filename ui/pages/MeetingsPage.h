#pragma once

#include <QWidget>

#include "Page.h"
#include "dialogs/FieldsDialog.h"

class QPushButton;
class QTabWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class ActionItemDialog;
class RecordListWidget;

// Management review meetings: the meetings, and for the one chosen its agenda (the 9.3.2 inputs,
// the text prepared for each and its minutes) and the follow-up actions it set. "Prepare
// meeting" fills the agenda from the records; the meeting pack prints or saves as PDF.
class MeetingsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit MeetingsPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    RecordListWidget* meetings() const { return m_meetings; }
    RecordListWidget* agenda() const { return m_agenda; }
    RecordListWidget* followUps() const { return m_followUps; }
    qint64 selectedMeeting() const;
    qint64 selectedAgendaItem() const;

    // The forms of each step ("meeting", "edit", "item", "add_item", "decisions"), filled in
    // with the record as it is now; run() saves what the form holds.
    FieldsDialog* form(const QString& step);
    bool run(const QString& step, const FieldsDialog::Values& values, QString* message);
    // Fills the agenda of the chosen meeting from the records; returns the items filled, -1 on a
    // refusal.
    int prepare(bool replace, QString* message);
    ActionItemDialog* followUpDialog();
    bool savePack(const QString& file, QString* message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ask(const QString& step);
    void askPrepare();
    void askFollowUp();
    void askPack();
    void meetingChosen();
    void refreshAll();
    bool chosen(const QString& step, QString* message) const;

    core::Database& m_db;
    RecordListWidget* m_meetings;
    RecordListWidget* m_agenda;
    RecordListWidget* m_followUps;
    QTabWidget* m_details;
    // The row_version of the record a form was opened on: a save made from it is refused if
    // someone saved the record since.
    qint64 m_formRecord = 0;
    int m_formVersion = 0;
};

}  // namespace isms::ui
