#include "RocDate.h"

#include <QRegularExpression>

namespace isms::core {

QString RocDate::longForm(const QDate& date) {
    if (!date.isValid()) return {};
    return QStringLiteral("民國") + longFormNoEra(date);
}

QString RocDate::longFormNoEra(const QDate& date) {
    if (!date.isValid()) return {};
    return QStringLiteral("%1年%2月%3日")
        .arg(date.year() - kYearOffset)
        .arg(date.month())
        .arg(date.day());
}

QString RocDate::shortForm(const QDate& date) {
    if (!date.isValid()) return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.year() - kYearOffset, 3, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

QDate RocDate::parse(const QString& text) {
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid()) return iso;
    static const QRegularExpression roc(
        QStringLiteral(R"(^(?:中華)?(?:民國)?\s*(\d{1,3})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.](\d{1,2})[/.](\d{1,2}))$)"));
    const auto m = roc.match(t);
    if (!m.hasMatch()) return {};
    const int year = m.captured(1).toInt() + kYearOffset;
    const bool cjk = !m.captured(2).isEmpty();
    const int month = (cjk ? m.captured(2) : m.captured(4)).toInt();
    const int day = (cjk ? m.captured(3) : m.captured(5)).toInt();
    return QDate(year, month, day);
}

}  // namespace isms::core
