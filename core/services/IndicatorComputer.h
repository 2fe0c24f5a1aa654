#pragma once

#include "domain/IndicatorSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

class Database;

// An indicator's value over a period, computed from the records its source names (IndicatorSource)
// with SQL aggregates bounded by the period, so it never reads a whole table. The same reading
// serves the live value of a running period, the value recorded at a period's end, and the list
// of records the value was computed from.
class IndicatorComputer {
    Q_DECLARE_TR_FUNCTIONS(IndicatorComputer)
public:
    struct Record {
        QString kind;  // the table: meetings, corrective_actions, findings, outages, people, incidents
        qint64 id = 0;
        bool operator==(const Record&) const = default;
    };
    struct Result {
        bool hasValue = false;  // false: nothing in the period to compute from
        double value = 0;
        QString basis;          // what it was computed from, in words (translated)
        QList<Record> records;  // filled only when asked for
    };
    struct Source {
        IndicatorSource::Kind kind = IndicatorSource::Kind::Manual;
        QList<qint64> roleIds;    // SeniorAttendance: the roles that are senior management
        QList<qint64> systemIds;  // Availability: the core systems watched
    };

    explicit IndicatorComputer(Database& db);

    // The value over from..until as the records stand on asOf (a running period: today, which
    // counts only what has happened by then). withRecords: also the records it counted.
    Result compute(const Source& source, const QDate& from, const QDate& until, const QDate& asOf,
                   bool withRecords) const;

private:
    Result seniorAttendance(const QList<qint64>& roleIds, const QDate& from, const QDate& last, bool withRecords) const;
    Result correctiveOnTime(const QDate& from, const QDate& until, const QDate& asOf, bool withRecords) const;
    Result complianceFindings(const QDate& at, bool withRecords) const;
    Result availability(const QList<qint64>& systemIds, const QDate& from, const QDate& until, const QDate& asOf,
                        bool withRecords) const;
    Result training(const QDate& from, const QDate& until, const QDate& last, bool withRecords) const;
    // Objective 4 (inTime false): the incidents of unauthorised access or alteration; objective 7:
    // the share of incidents reported within the deadline, of those judged by then.
    Result incidents(bool inTime, const QDate& from, const QDate& last, const QDate& asOf, bool withRecords) const;

    Database& m_db;
};

}  // namespace isms::core
