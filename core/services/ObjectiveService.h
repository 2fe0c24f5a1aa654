#pragma once

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
        int measurements = 0;
        bool hasLatest = false;
        double latest = 0;
        QDate latestPeriodEnd;
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
    };
    Indicator indicator(qint64 objectiveId, int* rowVersion) const;
    // Stale edits are refused (rowVersion as read).
    void setIndicator(qint64 objectiveId, int rowVersion, const Indicator& indicator);

    // measuredBy 0: the signed-in user's person.
    // An objective without an indicator yet is not measured (nothing to measure it against).
    qint64 recordMeasurement(qint64 objectiveId, const QDate& periodStart, const QDate& periodEnd, double value,
                             qint64 measuredBy, const QString& evidence);

private:
    Database& m_db;
};

}  // namespace isms::core
