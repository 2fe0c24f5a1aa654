#include "DrillResult.h"

namespace isms::core {

double DrillResult::rate(int part, int sent) { return sent > 0 ? 100.0 * part / sent : 0.0; }

bool DrillResult::passed(int sent, int opened, int clicked, double openThreshold, double clickThreshold) {
    // A drill that reached nobody proves nothing.
    if (sent <= 0) return false;
    return rate(opened, sent) < openThreshold && rate(clicked, sent) < clickThreshold;
}

int DrillResult::half(const QDate& date) { return date.month() <= 6 ? 1 : 2; }

QDate DrillResult::halfStart(int year, int half) { return QDate(year, half == 1 ? 1 : 7, 1); }

QDate DrillResult::halfEnd(int year, int half) { return half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31); }

}  // namespace isms::core
