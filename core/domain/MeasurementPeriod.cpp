#include "MeasurementPeriod.h"

namespace isms::core {

int MeasurementPeriod::months(const QString& frequency) {
    if (frequency == QStringLiteral("monthly")) return 1;
    if (frequency == QStringLiteral("quarterly")) return 3;
    if (frequency == QStringLiteral("half_yearly")) return 6;
    return 12;
}

MeasurementPeriod MeasurementPeriod::of(const QString& frequency, const QDate& day) {
    const int n = months(frequency);
    const QDate start(day.year(), (day.month() - 1) / n * n + 1, 1);
    return {start, start.addMonths(n).addDays(-1)};
}

QList<MeasurementPeriod> MeasurementPeriod::endingBetween(const QString& frequency, const QDate& from, const QDate& until) {
    QList<MeasurementPeriod> out;
    if (!from.isValid() || !until.isValid()) return out;
    for (MeasurementPeriod p = of(frequency, from); p.start <= until; p = of(frequency, p.end.addDays(1))) {
        if (p.end >= from && p.end <= until) out << p;
    }
    return out;
}

}  // namespace isms::core
