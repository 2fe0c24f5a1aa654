#include "SectionNumbering.h"

namespace isms::core {

QString SectionNumbering::chineseNumeral(int value, bool formal) {
    static const QString plain = QStringLiteral("〇一二三四五六七八九");
    static const QString upper = QStringLiteral("零壹貳參肆伍陸柒捌玖");
    const QString& digits = formal ? upper : plain;
    const QString ten = formal ? QStringLiteral("拾") : QStringLiteral("十");
    if (value <= 0 || value >= 100) return QString::number(value);
    const int tens = value / 10;
    const int units = value % 10;
    QString out;
    if (tens > 0) {
        if (tens > 1) out += digits.at(tens);
        out += ten;
    }
    if (units > 0) out += digits.at(units);
    return out;
}

QString SectionNumbering::label(int depth, int index) {
    const int n = index + 1;
    switch (depth) {
    case 0: return chineseNumeral(n, true) + QStringLiteral("、");
    case 1: return chineseNumeral(n, false) + QStringLiteral("、");
    case 2: return QStringLiteral("(") + chineseNumeral(n, false) + QStringLiteral(")");
    case 3: return QString::number(n) + QStringLiteral(". ");
    case 4: return QStringLiteral("(%1)").arg(n);
    default: return QStringLiteral("%1) ").arg(n);
    }
}

}  // namespace isms::core
