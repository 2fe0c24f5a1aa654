#pragma once

#include <QString>

namespace isms::core {

// The records that close a review cycle by being made: a management review meeting held, an
// internal audit carried out, a drill run, a revision of the policy approved (reviewing it is
// what led to the revision; a review without one is recorded on the Policies page). A cycle's last completion is the later of the one
// recorded on it (by hand) and the latest such record up to :today, so recording the meeting
// marks the cycle done on its date, and removing it undoes that. One SQL expression, used by
// the calendar and the lists alike.
class CycleRecords {
public:
    // The latest record's day (ISO text) for the cycle row `alias`, NULL if none; binds :today.
    static QString latestRecordSql(const QString& alias);
    // The cycle's last completion: latestRecordSql or its own last_done, whichever is later.
    static QString lastDoneSql(const QString& alias);
};

}  // namespace isms::core
