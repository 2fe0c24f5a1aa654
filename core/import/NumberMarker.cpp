#include "NumberMarker.h"

#include <QRegularExpression>

namespace isms::core {

namespace {

using K = NumberMarker::Kind;
using F = NumberingScheme::Format;

const QString kBullets = QStringLiteral("-•‧・●○■□◆◇※►▪◎*");

struct Pattern {
    K kind;
    QRegularExpression re;
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> list = [] {
        auto re = [](const char* p) { return QRegularExpression(QString::fromUtf8(p)); };
        return std::vector<Pattern>{
            {K::Article, re(R"(^第\s*([0-9一二三四五六七八九十百零〇]+)\s*條\s*(.*)$)")},
            {K::Chapter, re(R"(^第\s*([0-9一二三四五六七八九十零〇]+)\s*章\s*(.*)$)")},
            {K::FormalComma, re(R"(^([壹貳參肆伍陸柒捌玖拾]+)\s*[、.]\s*(\S.*)$)")},
            {K::ChineseComma, re(R"(^([一二三四五六七八九十]+)\s*[、.]\s*(\S.*)$)")},
            {K::StemComma, re(R"(^([甲乙丙丁戊己庚辛壬癸])\s*、\s*(\S.*)$)")},
            {K::ChineseParen, re(R"(^\(\s*([一二三四五六七八九十]+)\s*\)\s*(\S.*)$)")},
            {K::Outline, re(R"(^([1-9]\d?(?:\.[1-9]\d?){1,4})\.?(?:\s+|(?=[^\d.\s]))(\S.*)$)")},
            {K::DecimalDot, re(R"(^(\d{1,3})\s*\.(?!\d)\s*(\S.*)$)")},
            {K::DecimalComma, re(R"(^(\d{1,3})\s*、\s*(\S.*)$)")},
            {K::DecimalParen, re(R"(^\(\s*(\d{1,3})\s*\)\s*(\S.*)$)")},
            {K::DecimalHalf, re(R"(^(\d{1,3})\s*\)\s*(\S.*)$)")},
            {K::UpperDot, re(R"(^([A-Z])\.\s+(\S.*)$)")},
            {K::LowerDot, re(R"(^([a-z])\.\s+(\S.*)$)")},
            {K::LowerParen, re(R"(^\(([a-z])\)\s*(\S.*)$)")},
        };
    }();
    return list;
}

int valueOf(K kind, const QString& number, int* parts) {
    switch (kind) {
    case K::FormalComma:
    case K::ChineseComma:
    case K::ChineseParen: return NumberMarker::chineseValue(number);
    case K::Article:
    case K::Chapter: {
        bool ok = false;
        const int n = number.toInt(&ok);
        return ok ? n : NumberMarker::chineseValue(number);
    }
    case K::StemComma: return int(QStringLiteral("甲乙丙丁戊己庚辛壬癸").indexOf(number)) + 1;
    case K::Outline: {
        const QStringList numbers = number.split(QLatin1Char('.'));
        *parts = int(numbers.size());
        return numbers.last().toInt();
    }
    case K::UpperDot: return number.at(0).unicode() - u'A' + 1;
    case K::LowerDot:
    case K::LowerParen: return number.at(0).unicode() - u'a' + 1;
    default: return number.toInt();
    }
}

}  // namespace

QString NumberMarker::recognitionForm(const QString& line) {
    QString out = line;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        } else if (u == 0x3000) {
            c = QLatin1Char(' ');
        } else if (u == u'貮' || u == u'贰') {
            c = QChar(u'貳');
        } else if (u == u'叁' || u == u'叄') {
            c = QChar(u'參');
        }
    }
    return out;
}

int NumberMarker::chineseValue(const QString& numeral) {
    static const QString plain = QStringLiteral("〇一二三四五六七八九");
    static const QString formal = QStringLiteral("零壹貳參肆伍陸柒捌玖");
    int total = 0;
    int digit = -1;
    for (QChar c : numeral) {
        int d = int(plain.indexOf(c));
        if (d < 0) d = int(formal.indexOf(c));
        if (d >= 0) {
            digit = d;
        } else if (c == u'十' || c == u'拾') {
            total += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
        } else if (c == u'百' || c == u'佰') {
            total += (digit < 0 ? 1 : digit) * 100;
            digit = -1;
        } else {
            return 0;
        }
    }
    if (digit > 0) total += digit;
    return total;
}

NumberMarker NumberMarker::read(const QString& original) {
    const QString line = original.trimmed();
    const QString form = recognitionForm(line);
    NumberMarker m;
    for (const Pattern& p : patterns()) {
        const auto match = p.re.match(form);
        if (!match.hasMatch()) continue;
        m.value = valueOf(p.kind, match.captured(1), &m.parts);
        if (m.value <= 0) continue;
        m.kind = p.kind;
        m.rest = line.mid(match.capturedStart(2)).trimmed();
        m.wide = line.startsWith(u'（');
        return m;
    }
    // A list dash or bullet: before a number it carries no meaning ("- 一、"); alone it is the
    // document's bullet.
    if (!form.isEmpty() && kBullets.contains(form.front()) && form.size() > 1) {
        const QString after = line.mid(1).trimmed();
        if (after.isEmpty()) return m;
        const NumberMarker inner = read(after);
        if (inner.isNumbered()) return inner;
        // "-1" or "*注意" are no bullets, nor a ticked box of a title block (■內部使用): those
        // stand apart from their text.
        static const QString apart = QStringLiteral("-*■□");
        if (apart.contains(form.front()) && !form.at(1).isSpace()) return m;
        m.kind = K::Bullet;
        m.bullet = QString(line.front() == u'-' || line.front() == u'*' ? QChar(u'•') : line.front());
        m.rest = after;
    }
    return m;
}

bool NumberMarker::sameKind(const NumberMarker& other) const {
    if (kind != other.kind) return false;
    // A line that introduces a list and a heading without a number are not one kind.
    if (kind == K::LeadIn && given != other.given) return false;
    if (given >= 0 && other.given >= 0 && given != other.given) return false;
    if (kind == K::Outline) return parts == other.parts;
    if (kind == K::Bullet) return bullet == other.bullet;
    return true;
}

NumberingScheme::Level NumberMarker::level(int depth) const {
    const QString own = QStringLiteral("%") + QString::number(qBound(1, depth + 1, 9));
    // The document's own parentheses: （一） where it writes them full-width.
    const QString open = wide ? QStringLiteral("（") : QStringLiteral("(");
    const QString close = wide ? QStringLiteral("）") : QStringLiteral(")");
    switch (kind) {
    case K::FormalComma: return {F::ChineseLegal, own + QStringLiteral("、")};
    case K::ChineseComma: return {F::Chinese, own + QStringLiteral("、")};
    case K::ChineseParen: return {F::Chinese, open + own + close};
    case K::StemComma: return {F::Stems, own + QStringLiteral("、")};
    case K::DecimalDot: return {F::Decimal, own + QStringLiteral(". ")};
    case K::DecimalComma: return {F::Decimal, own + QStringLiteral("、")};
    case K::DecimalParen: return {F::Decimal, open + own + close};
    case K::DecimalHalf: return {F::Decimal, own + QStringLiteral(") ")};
    case K::Outline: {
        QStringList names;
        for (int d = qMax(1, depth + 2 - parts); d <= depth + 1 && d <= 9; ++d) names << QStringLiteral("%") + QString::number(d);
        return {F::Decimal, names.join(QLatin1Char('.')) + QLatin1Char(' ')};
    }
    case K::Article: return {F::Chinese, QStringLiteral("第") + own + QStringLiteral("條 ")};
    case K::Chapter: return {F::Chinese, QStringLiteral("第") + own + QStringLiteral("章 ")};
    case K::UpperDot: return {F::UpperLetter, own + QStringLiteral(". ")};
    case K::LowerDot: return {F::LowerLetter, own + QStringLiteral(". ")};
    case K::LowerParen: return {F::LowerLetter, open + own + close};
    case K::Bullet: return {F::Bullet, bullet + QLatin1Char(' ')};
    case K::None:
    case K::LeadIn: break;
    }
    return {F::None, QString()};
}

QString NumberMarker::shown() const {
    if (kind == K::LeadIn || kind == K::None) return {};
    QList<int> path;
    const int depth = kind == K::Outline ? parts - 1 : 0;
    for (int d = 0; d < depth; ++d) path << 0;
    path << value - 1;
    QList<NumberingScheme::Level> levels;
    for (int d = 0; d <= depth; ++d) levels << level(depth);
    return NumberingScheme(levels).label(path).trimmed();
}

}  // namespace isms::core
