#pragma once

#include "TableReport.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::core {
class Database;
}

namespace isms::reports {

// The pack the committee reads before a management review: the cover, the agenda with the text
// prepared for each item, the objective-effectiveness report, open findings, overdue actions and
// the previous meeting's follow-ups with their status. Once minutes or decisions are recorded,
// the minutes follow — per agenda item, the decisions, the follow-ups set — with a signature line
// for each attendee.
class MeetingPackReport {
    Q_DECLARE_TR_FUNCTIONS(MeetingPackReport)
public:
    // day: the day overdue is counted on (normally today).
    static TableReport build(core::Database& db, qint64 meetingId, const QDate& day);
};

}  // namespace isms::reports
