#include "ReviewSchedule.h"

namespace isms::core {

QDate ReviewSchedule::nextDue(const QDate& lastDone, int intervalMonths) {
    if (!lastDone.isValid() || intervalMonths <= 0) return {};
    return lastDone.addMonths(intervalMonths);  // QDate clamps to the month's last day
}

ReviewSchedule::State ReviewSchedule::state(const QDate& lastDone, int intervalMonths, int leadDays,
                                            const QDate& today) {
    const QDate due = nextDue(lastDone, intervalMonths);
    if (!due.isValid()) return State::NeverDone;
    if (today > due) return State::Overdue;
    if (today.daysTo(due) <= leadDays) return State::DueSoon;
    return State::Scheduled;
}

}  // namespace isms::core
