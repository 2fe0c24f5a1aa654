#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace isms::core {

class Database;

// The figures of the overview page for one plan year, each computed in SQL.
class OverviewService {
public:
    struct PolicyLine {
        QString code;
        QString version;
        QString title;
        QDate effectiveDate;
    };
    struct Figures {
        QList<PolicyLine> publishedPolicies;
        int objectives = 0;             // in published versions
        int objectivesMeasured = 0;     // with a measurement in the plan year
        int actionItems = 0;            // in the plan year
        int actionItemsDone = 0;
        int actionItemsOverdue = 0;     // past due and neither done nor cancelled
        int reviewsOverdue = 0;
        int reviewsDueSoon = 0;
        int openFindings = 0;
        int correctiveActionsOverdue = 0;  // past due and neither done nor verified
        int drillsThisYear = 0;
        int drillsFailed = 0;           // open or click rate at or over its threshold
    };

    explicit OverviewService(Database& db);
    Figures compute(int year, const QDate& today) const;

private:
    int count(const QString& sql, const QVariantMap& values) const;

    Database& m_db;
};

}  // namespace isms::core
