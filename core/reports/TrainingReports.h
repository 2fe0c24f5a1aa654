#pragma once

#include "TableReport.h"

#include <QCoreApplication>

class QIODevice;

namespace isms::core {
class Database;
}

namespace isms::reports {

// The training register's papers (教育訓練, objective 3): a session's sign-in sheet to sign by
// hand, a person's training record of a year against the hours they must have, and the staff's
// standing of a year by unit, short first — as PDF; the record also as CSV.
class TrainingReports {
    Q_DECLARE_TR_FUNCTIONS(TrainingReports)
public:
    static TableReport signInSheet(core::Database& db, qint64 sessionId);
    static TableReport personRecord(core::Database& db, qint64 personId, int year);
    static TableReport standingByUnit(core::Database& db, int year);
    // Returns the rows written (the header included).
    static qint64 writePersonCsv(core::Database& db, qint64 personId, int year, QIODevice& out);

private:
    static QStringList standingRow(core::Database& db, qint64 personId, int year);
};

}  // namespace isms::reports
