#include "ReviewSchedule.h"

namespace isms::core {

QDate ReviewSchedule::nextDue(const QDate& lastDone, int intervalMonths) {
    if (!lastDone.isValid() || intervalMonths <= 0) return {};
    return lastDone.addMonths(intervalMonths);  // QDate clamps to the month's last day
}

ReviewSchedule::State ReviewSchedule::state(const QDate& lastDone, int intervalMonths, int leadDays,
                                            const QDate& today) {
    return stateOf(nextDue(lastDone, intervalMonths), leadDays, today);
}

ReviewSchedule::State ReviewSchedule::stateOf(const QDate& due, int leadDays, const QDate& today) {
    if (!due.isValid()) return State::NeverDone;
    if (today > due) return State::Overdue;
    if (today.daysTo(due) <= leadDays) return State::DueSoon;
    return State::Scheduled;
}

QDate ReviewSchedule::nextHalfYearEnd(const QDate& lastDone) {
    if (!lastDone.isValid()) return {};
    return lastDone.month() <= 6 ? QDate(lastDone.year(), 12, 31) : QDate(lastDone.year() + 1, 6, 30);
}

}  // namespace isms::core
