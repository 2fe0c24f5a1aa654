#pragma once

#include <QDate>

namespace isms::core {

// When a recurring review (policy review, management review, audit, drill) is next due, and how
// urgent it is on a given day.
class ReviewSchedule {
public:
    enum class State { NeverDone, Scheduled, DueSoon, Overdue };

    // lastDone + interval; a day that does not exist in the target month (31 Jan + 1 month, 29 Feb
    // + 12 months) falls on that month's last day.
    static QDate nextDue(const QDate& lastDone, int intervalMonths);
    static State state(const QDate& lastDone, int intervalMonths, int leadDays, const QDate& today);
    // How urgent a review due on that day is (an invalid day: never done).
    static State stateOf(const QDate& due, int leadDays, const QDate& today);
    // A drill is due once each half-year (每半年一次): by the end of the half-year after the one
    // it was last held in, the rule the Drills page counts missing half-years by.
    static QDate nextHalfYearEnd(const QDate& lastDone);
};

}  // namespace isms::core
