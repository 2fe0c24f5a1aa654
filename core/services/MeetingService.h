#pragma once

#include "domain/ActionItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

class Database;
class Grant;
class RecordWriter;

// Management review meetings (policy 肆、一、(四); ISO/IEC 27001 9.3): the meeting with its chair
// and attendees, an agenda that follows the 9.3.2 inputs with the text prepared for each item and
// its minutes, the decisions, and follow-up action items — ordinary action items of the plan
// that remember the meeting that set them.
class MeetingService {
    Q_DECLARE_TR_FUNCTIONS(MeetingService)
public:
    struct Meeting {
        QString kind = QStringLiteral("management_review");  // management_review, committee, other
        QString title;
        QDate date;
        QString place;
        qint64 chairPersonId = 0;
        QList<qint64> attendees;  // people
        int rowVersion = 0;       // as read, for edits
    };
    struct AgendaItem {
        qint64 id = 0;
        int rowVersion = 0;
        int position = 0;
        QString inputKey;  // input_previous_actions … input_other
        QString title;     // the 9.3.2 input's label, or a custom item's own title
        QString prepared;
        QString minutes;
    };

    explicit MeetingService(Database& db);

    // The 9.3.2 inputs, in the order a management review takes them.
    static QStringList standardInputs();

    // A management review starts with the standard agenda; other meetings with an empty one.
    qint64 create(const Meeting& meeting);
    Meeting load(qint64 meetingId) const;
    // Stale edits are refused (meeting.rowVersion as read).
    void update(qint64 meetingId, const Meeting& meeting);

    QList<AgendaItem> agenda(qint64 meetingId) const;
    qint64 addAgendaItem(qint64 meetingId, const QString& title);
    void saveAgendaItem(qint64 itemId, int rowVersion, const QString& prepared, const QString& minutes);
    void saveDecisions(qint64 meetingId, int rowVersion, const QString& decisions);
    QString decisions(qint64 meetingId, int* rowVersion = nullptr) const;

    // Fills the prepared text of the agenda items the current data speaks to (previous actions,
    // nonconformities, measurements, audits, objectives) as of the day given. Items that already
    // have prepared text keep it unless replace is set. Returns how many items were filled.
    int prepare(qint64 meetingId, const QDate& today, bool replace);

    // A follow-up is an action item of the plan year it is due in, tied to the meeting.
    qint64 addFollowUp(qint64 meetingId, ActionItem item);

private:
    Grant check(const Meeting& meeting) const;  // authorises and validates
    void writeAttendees(RecordWriter& writer, qint64 meetingId, const QList<qint64>& attendees);

    Database& m_db;
};

}  // namespace isms::core
