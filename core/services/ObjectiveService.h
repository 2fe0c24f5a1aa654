#pragma once

#include "domain/MeasurementPeriod.h"
#include "domain/ObjectiveStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

class Database;

// The objectives of the policy in force, how each stands in a year, and recording measurements.
class ObjectiveService {
    Q_DECLARE_TR_FUNCTIONS(ObjectiveService)
public:
    struct Standing {
        qint64 objectiveId = 0;
        int number = 0;
        QString text;
        QString indicator;
        QString unit;
        QString direction;  // stored key
        double target = 0;
        QString frequency;  // stored key
        QString source;     // IndicatorSource key
        QList<qint64> systemIds;  // availability: the core systems watched
        int measurements = 0;
        bool hasLatest = false;
        double latest = 0;
        QDate latestPeriodEnd;
        // A computed source's value over a period not recorded yet (the running one, or one
        // ended since the last recording): latest is it, and counts in the status.
        bool latestIsLive = false;
        MeasurementPeriod livePeriod;
        QString liveBasis;
        // Every period of the year not recorded yet that a computed source gives a value for,
        // oldest first: what the reports show beside the recorded measurements.
        struct Computed {
            MeasurementPeriod period;
            double value = 0;
            QString basis;
        };
        QList<Computed> computed;
        ObjectiveStatus::Value status = ObjectiveStatus::NoData;
        // Set for an objective that a version still to take effect brings: which, and when.
        QString fromVersion;
        QDate from;
    };

    explicit ObjectiveService(Database& db);

    // Every objective of the document's version in force, with its standing in the year
    // (measurements whose period ends in it); withUpcoming: then those the next version to take
    // effect adds, so that their indicators can be set before that day.
    QList<Standing> standings(const QString& documentCode, int year, bool withUpcoming = false) const;
    Standing standing(qint64 objectiveId, int year) const;

    struct Indicator {
        QString name;
        QString unit;
        QString direction = QStringLiteral("at_least");  // at_least, at_most, equal
        double target = 0;
        QString frequency = QStringLiteral("yearly");    // monthly, quarterly, half_yearly, yearly
        qint64 roleId = 0;
        qint64 personId = 0;  // a person responsible, besides or instead of a role
        QString source;         // IndicatorSource key; empty: entered by hand
        QList<qint64> roleIds;    // senior_attendance: the roles that are senior management
        QList<qint64> systemIds;  // availability: the core systems watched
    };
    Indicator indicator(qint64 objectiveId, int* rowVersion) const;
    // Stale edits are refused (rowVersion as read).
    void setIndicator(qint64 objectiveId, int rowVersion, const Indicator& indicator);

    // measuredBy 0: the signed-in user's person.
    // An objective without an indicator yet is not measured (nothing to measure it against), and
    // one computed from records is not typed in.
    qint64 recordMeasurement(qint64 objectiveId, const QDate& periodStart, const QDate& periodEnd, double value,
                             qint64 measuredBy, const QString& evidence);

    // Records the value of every computed objective (of each version in force) over each period
    // that ended since the start of last year and has no measurement yet, with the records it was
    // computed from; a period with nothing to compute from stays unmeasured. Returns how many were
    // recorded. A period another workstation recorded first is left as it recorded it.
    int recordEndedPeriods();

private:
    Database& m_db;
};

}  // namespace isms::core
