#pragma once

#include <QDate>

namespace isms::core {

// A social-engineering drill passes when both the share of recipients who opened the mail and
// the share who clicked (a link or an attachment) stay under their thresholds (defaults: 10 %
// opened, 6 % clicked).
class DrillResult {
public:
    static constexpr double kDefaultOpenThreshold = 10.0;
    static constexpr double kDefaultClickThreshold = 6.0;

    static double rate(int part, int sent);  // per cent, 0 when nothing was sent
    static bool passed(int sent, int opened, int clicked, double openThreshold, double clickThreshold);
    // The half-year a date falls in (1 or 2) and its first and last day.
    static int half(const QDate& date);
    static QDate halfStart(int year, int half);
    static QDate halfEnd(int year, int half);
};

}  // namespace isms::core
