#pragma once

#include "TableReport.h"

#include <QCoreApplication>

class QIODevice;

namespace isms::core {
class Database;
}

namespace isms::reports {

// The availability report of the core systems (objective 6) for a year: each system's
// availability month by month and over the year so far against its target, then every outage of
// the year with its length and whether it counted (unplanned) — as PDF or CSV.
class AvailabilityReport {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityReport)
public:
    static TableReport build(core::Database& db, int year);
    // Returns the rows written (the header included).
    static qint64 writeCsv(core::Database& db, int year, QIODevice& out);

private:
    static QList<QStringList> systemRows(core::Database& db, int year);
    static QList<QStringList> outageRows(core::Database& db, int year);
};

}  // namespace isms::reports
