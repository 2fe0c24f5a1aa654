#include "ServiceHours.h"

#include <QRegularExpression>

namespace isms::core {

bool ServiceHours::parseTime(const QString& text, int* minute) {
    static const QRegularExpression form(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch()) return false;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min != 0)) return false;
    *minute = h * 60 + min;
    return true;
}

QString ServiceHours::timeText(int minute) {
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

qint64 ServiceHours::minutesBetween(const QDate& from, const QDate& until) const {
    if (!isValid() || !from.isValid() || !until.isValid()) return 0;
    qint64 out = 0;
    for (QDate d = from; d <= until; d = d.addDays(1)) {
        if (serves(d)) out += endMinute - startMinute;
    }
    return out;
}

qint64 ServiceHours::minutesWithin(const QDateTime& from, const QDateTime& until) const {
    if (!isValid() || !from.isValid() || !until.isValid() || until <= from) return 0;
    qint64 out = 0;
    // Day by day in local time: each served day's window, cut to the interval.
    for (QDate d = from.date(); d <= until.date(); d = d.addDays(1)) {
        if (!serves(d)) continue;
        const QDateTime open(d, QTime(0, 0));
        const QDateTime windowStart = open.addSecs(qint64(startMinute) * 60);
        const QDateTime windowEnd = open.addSecs(qint64(endMinute) * 60);
        const QDateTime a = qMax(windowStart, from);
        const QDateTime b = qMin(windowEnd, until);
        if (a < b) out += a.secsTo(b) / 60;
    }
    return out;
}

}  // namespace isms::core
