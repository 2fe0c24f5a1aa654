#pragma once

#include <QDate>
#include <QDateTime>

namespace isms::core {

// The one source of "today" and "now" for every rule in core: which version is in force, what is
// overdue, which dates are in the future. Tests move it (forward across a version's effective
// date, across midnight) instead of waiting; the program itself never sets it.
class Clock {
public:
    static QDate today();         // local calendar day
    static QDateTime nowUtc();
    // Shifts the clock by whole days from the real one (0: the real clock again).
    static void setDayOffset(int days);
    static int dayOffset();
};

}  // namespace isms::core
