#pragma once

#include "domain/Clock.h"

namespace isms::test {

// Moves core's clock for the length of a test (forward across an effective date, across
// midnight) and puts it back, so that no other test runs on a moved day.
class MovedClock {
public:
    MovedClock() = default;
    explicit MovedClock(int days) { core::Clock::setDayOffset(days); }
    ~MovedClock() { core::Clock::setDayOffset(0); }
    MovedClock(const MovedClock&) = delete;
    MovedClock& operator=(const MovedClock&) = delete;

    // To the given day (today's real date stays the reference).
    void moveTo(const QDate& day) { core::Clock::setDayOffset(int(QDate::currentDate().daysTo(day))); }
    void forward(int days) { core::Clock::setDayOffset(core::Clock::dayOffset() + days); }
};

}  // namespace isms::test
