#pragma once

#include "domain/ObjectiveStatus.h"
#include "services/ReviewCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QVariantMap>

namespace isms::core {

class Database;

// The chair's dashboard for one year: objectives and their standing, the action plan, reviews
// due, the last four half-years' drills, audit findings and the policy in force with how many
// have acknowledged it. Every figure is an SQL aggregate over indexed columns, so it stays fast
// on a decade of records; the screen, the printed dashboard and the drill-down lists all read it.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(DashboardService)
public:
    struct ObjectiveLine {
        qint64 objectiveId = 0;
        QString documentCode;
        int number = 0;
        QString text;
        QString indicator;
        QString unit;
        QString direction;  // stored key
        double target = 0;
        bool hasLatest = false;
        double latest = 0;
        ObjectiveStatus::Value status = ObjectiveStatus::NoData;
        QList<QPair<QDate, double>> trend;  // the last measurements up to the year's end, oldest first
        QString source;  // IndicatorSource key
        QList<qint64> systemIds;  // availability: the core systems watched
        // latest is computed now from the records, over a period not recorded yet.
        bool live = false;
        QDate liveFrom;
        QDate liveTo;
        QString basis;  // what a live value was computed from, in words
        // The drill-down behind the line: the records a live value counts, else the measurements.
        QString drillKey() const;
    };
    struct UnitLine {
        qint64 unitId = 0;  // 0: items whose owner has no unit
        QString unit;
        int items = 0;  // not cancelled
        int done = 0;
    };
    struct HalfYear {
        int year = 0;
        int half = 0;
        int drills = 0;
        int sent = 0;
        double openRate = 0;   // %
        double clickRate = 0;  // %
        double openThreshold = 0;
        double clickThreshold = 0;
        bool passed = false;  // every drill of the half-year passed
        bool ended = false;   // the half-year is over
        bool missing = false; // over, due (DrillService::dueSince) and without a drill
    };
    struct Policy {
        qint64 versionId = 0;
        QString code;
        QString version;
        QString title;
        QDate effectiveDate;
        int acknowledged = 0;  // active people who acknowledged this version
        int audience = 0;      // active people
        QString nextVersion;   // published to take effect later, if any
        QDate nextEffective;
    };
    struct Figures {
        int year = 0;
        QDate today;
        QList<ObjectiveLine> objectives;
        QMap<ObjectiveStatus::Value, int> objectiveStatus;  // every status, 0 if none
        QMap<QString, int> itemsByStatus;                    // stored status → count, in the year
        int items = 0;
        int itemsOverdue = 0;  // past due, neither done nor cancelled
        QString oldestOverdue;
        QDate oldestOverdueDue;
        QList<UnitLine> units;
        QList<ReviewCalendar::Item> reviews;  // overdue and due within 60 days
        int reviewsOverdue = 0;
        int reviewsDue = 0;
        QList<HalfYear> drills;  // the four half-years up to the year's end, oldest first
        QMap<QString, int> openFindings;  // kind → count (every kind, 0 if none)
        int correctiveOverdue = 0;
        QList<Policy> policies;  // the version in force of each document
    };
    // The list behind a figure: a record list and its filters (see ListCatalog).
    struct DrillDown {
        QString list;
        QVariantMap filters;
    };

    explicit DashboardService(Database& db);
    Figures compute(int year, const QDate& today) const;

    // The record list behind a figure, by key: "items_status:<status>", "items_overdue",
    // "items_unit:<unit id>", "measurements:<objective id>", "findings:<kind>",
    // "corrective_overdue", "drills:<year>:<half>", "acknowledgements:<version id>",
    // "source:<source key>:<from>:<until>[:<system ids, comma-separated>]" (the records a
    // computed value counts). Keys the
    // dashboard shows as computed rows (objective statuses, reviews) have none: list is empty.
    static DrillDown drillDown(const QString& key, int year, const QDate& today);

private:
    QList<ObjectiveLine> objectives(int year) const;
    void actionPlan(Figures& f) const;
    void drills(Figures& f) const;
    void audits(Figures& f) const;
    void policies(Figures& f) const;

    Database& m_db;
};

}  // namespace isms::core
