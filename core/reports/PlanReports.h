#pragma once

#include <QCoreApplication>

#include "TableReport.h"
#include "services/ReviewCalendar.h"

class QIODevice;

namespace isms::core {
class Database;
}

namespace isms::reports {

// The two reports the management review reads (policy 肆、一、(三)–(四)): the yearly action
// plan, grouped by objective, and the objective-effectiveness report — each objective with its
// indicator, target, measurements, status, and the action items with their results.
class PlanReports {
    Q_DECLARE_TR_FUNCTIONS(PlanReports)
public:
    static TableReport actionPlan(core::Database& db, int year);
    static TableReport objectives(core::Database& db, const QString& documentCode, int year);
    // The objective-effectiveness table as a part of a larger report (the meeting pack).
    static TableReport::Part objectivesPart(core::Database& db, const QString& documentCode,
                                            int year);
    static TableReport reviewSchedule(core::Database& db,
                                      const QList<core::ReviewCalendar::Item>& items,
                                      const QDate& from, const QDate& to);
    static qint64 writeObjectivesCsv(core::Database& db, const QString& documentCode, int year,
                                     QIODevice& out);
    // "ROC year 114" in zh_TW, "2025" otherwise.
    static QString yearText(int year);

private:
    static QList<QStringList> objectiveRows(core::Database& db, qint64 objectiveId, int year);
};

}  // namespace isms::reports
