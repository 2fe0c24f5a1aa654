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
};

}  // namespace isms::core
