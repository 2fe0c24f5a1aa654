#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace isms::core {

// When a core system is meant to be in service: every day or working days (Monday to Friday),
// from a local time of day to another (24:00 as the day's end). Availability counts only the
// service time: an outage at night does not count against a system served in office hours.
class ServiceHours {
public:
    bool weekdaysOnly = false;
    int startMinute = 0;        // minutes after local midnight
    int endMinute = 24 * 60;    // after startMinute, at most 24:00

    // "00:00"–"24:00" as stored; false for anything else.
    static bool parseTime(const QString& text, int* minute);
    static QString timeText(int minute);
    bool isValid() const { return startMinute >= 0 && endMinute <= 24 * 60 && startMinute < endMinute; }

    // Service minutes on the days from..until (both included).
    qint64 minutesBetween(const QDate& from, const QDate& until) const;
    // The service minutes within the moments from..until (local time, from before until).
    qint64 minutesWithin(const QDateTime& from, const QDateTime& until) const;

private:
    bool serves(const QDate& day) const { return !weekdaysOnly || day.dayOfWeek() <= 5; }
};

}  // namespace isms::core
