#include "Clock.h"

#include <atomic>

namespace isms::core {

namespace {
std::atomic<int> offsetDays{0};
}

QDate Clock::today() { return QDate::currentDate().addDays(offsetDays.load()); }

QDateTime Clock::nowUtc() { return QDateTime::currentDateTimeUtc().addDays(offsetDays.load()); }

void Clock::setDayOffset(int days) { offsetDays.store(days); }

int Clock::dayOffset() { return offsetDays.load(); }

}  // namespace isms::core
