#pragma once

#include "services/ObjectiveService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

class Database;

// What a management review needs to know, read from the records as of one day: the objectives
// with their standing, open findings, overdue actions, recent audits and drills, and the
// follow-ups of the previous meeting. "Prepare meeting" writes it into the agenda as text; the
// meeting pack prints it as tables. Every figure is one SQL query with indexes.
class MeetingBrief {
    Q_DECLARE_TR_FUNCTIONS(MeetingBrief)
public:
    struct OpenFinding {
        QString audit;
        QDate auditDate;
        QString kind;  // stored key
        QString clause;
        QString description;
        QString action;       // its latest corrective action, if any
        QString owner;
        QDate due;
        QString actionStatus;  // stored key, empty without an action
    };
    struct OverdueAction {
        bool corrective = false;  // a corrective action; otherwise an action item
        QString title;
        QString owner;
        QDate due;
        QString status;  // stored key
    };
    struct FollowUp {
        QString title;
        QString owner;
        QDate due;
        QString status;  // stored key
        int progress = 0;
        QString result;
    };
    struct AuditLine {
        QString title;
        QDate start;
        QDate end;
        int findings = 0;
        int nonconformities = 0;
        int open = 0;
    };
    struct DrillLine {
        int year = 0;
        int half = 0;
        double openRate = 0;
        double clickRate = 0;
        bool passed = false;
    };
    struct ObjectiveLine {
        QString documentCode;
        ObjectiveService::Standing standing;
        int actionItems = 0;
        int actionItemsDone = 0;
    };

    // day: the day overdue is counted on (the pack's printing day, or the meeting's).
    MeetingBrief(Database& db, qint64 meetingId, const QDate& day);

    QDate meetingDate() const { return m_meetingDate; }
    QDate day() const { return m_day; }
    qint64 previousMeeting() const;  // the same kind, held before; 0: none
    QList<FollowUp> followUps(qint64 meetingId) const;
    QList<OpenFinding> openFindings() const;
    QList<OverdueAction> overdueActions() const;
    QList<AuditLine> audits() const;  // started in the twelve months up to the meeting
    QList<DrillLine> drills() const;  // of the meeting's year and the year before
    QList<ObjectiveLine> objectives() const;  // of every policy in force, in the meeting's year

    // The prepared text of a 9.3.2 input; empty for inputs the records do not speak to.
    QString text(const QString& inputKey) const;

private:
    QString previousActionsText() const;
    QString nonconformitiesText() const;
    QString measurementsText() const;
    QString auditsText() const;
    QString objectivesText() const;

    Database& m_db;
    qint64 m_meetingId;
    QString m_kind;
    QDate m_meetingDate;
    QDate m_day;
};

}  // namespace isms::core
