#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace isms::core {

// The periods an objective is measured in, by its frequency (monthly, quarterly, half_yearly,
// yearly): calendar months, quarters, half-years and years, so that every objective's periods
// line up with the reports and the meetings that read them.
class MeasurementPeriod {
public:
    QDate start;
    QDate end;

    static int months(const QString& frequency);  // 12 for an unknown frequency
    // The period of the frequency holding day.
    static MeasurementPeriod of(const QString& frequency, const QDate& day);
    // The periods of the frequency that end between from and until (both included), oldest first.
    static QList<MeasurementPeriod> endingBetween(const QString& frequency, const QDate& from, const QDate& until);
    bool operator==(const MeasurementPeriod&) const = default;
};

}  // namespace isms::core
