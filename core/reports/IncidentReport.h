#pragma once

#include "TableReport.h"

#include <QCoreApplication>

class QIODevice;

namespace isms::core {
class Database;
}

namespace isms::reports {

// The register of security incidents and weaknesses of a year (objectives 4 and 7): each with its
// level, category and when it became known, and for each deadline — reporting, damage control or
// recovery, the investigation report — when it was due, when it was met and whether in time.
class IncidentReport {
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
public:
    static TableReport build(core::Database& db, int year);
    // Returns the rows written (the header included).
    static qint64 writeCsv(core::Database& db, int year, QIODevice& out);

private:
    static QList<QStringList> rows(core::Database& db, int year);
    static QStringList headers();
};

}  // namespace isms::reports
