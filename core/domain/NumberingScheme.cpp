#include "NumberingScheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace isms::core {

namespace {

struct FormatName {
    NumberingScheme::Format format;
    const char* key;
};
const FormatName kFormats[] = {
    {NumberingScheme::Format::None, "none"},
    {NumberingScheme::Format::Bullet, "bullet"},
    {NumberingScheme::Format::Decimal, "decimal"},
    {NumberingScheme::Format::ChineseLegal, "ideographLegalTraditional"},
    {NumberingScheme::Format::Chinese, "taiwaneseCountingThousand"},
    {NumberingScheme::Format::Stems, "ideographTraditional"},
    {NumberingScheme::Format::UpperLetter, "upperLetter"},
    {NumberingScheme::Format::LowerLetter, "lowerLetter"},
};

using F = NumberingScheme::Format;

}  // namespace

NumberingScheme::NumberingScheme(QList<Level> levels) : m_levels(std::move(levels)) {}

NumberingScheme NumberingScheme::preset(Preset p) {
    switch (p) {
    case Preset::GovernmentShort:
        return NumberingScheme({{F::Chinese, QStringLiteral("%1、")},
                                {F::Chinese, QStringLiteral("(%2)")},
                                {F::Decimal, QStringLiteral("%3. ")},
                                {F::Decimal, QStringLiteral("(%4)")},
                                {F::Decimal, QStringLiteral("%5) ")}});
    case Preset::Decimal:
        return NumberingScheme({{F::Decimal, QStringLiteral("%1. ")},
                                {F::Decimal, QStringLiteral("%1.%2 ")},
                                {F::Decimal, QStringLiteral("%1.%2.%3 ")},
                                {F::Decimal, QStringLiteral("%1.%2.%3.%4 ")},
                                {F::Decimal, QStringLiteral("(%5)")}});
    case Preset::Articles:
        return NumberingScheme({{F::Chinese, QStringLiteral("第%1條 ")},
                                {F::Chinese, QStringLiteral("%2、")},
                                {F::Chinese, QStringLiteral("(%3)")},
                                {F::Decimal, QStringLiteral("%4. ")},
                                {F::Decimal, QStringLiteral("(%5)")}});
    case Preset::Government:
        break;
    }
    return NumberingScheme({{F::ChineseLegal, QStringLiteral("%1、")},
                            {F::Chinese, QStringLiteral("%2、")},
                            {F::Chinese, QStringLiteral("(%3)")},
                            {F::Decimal, QStringLiteral("%4. ")},
                            {F::Decimal, QStringLiteral("(%5)")},
                            {F::Decimal, QStringLiteral("%6) ")}});
}

QList<NumberingScheme::Preset> NumberingScheme::presets() {
    return {Preset::Government, Preset::GovernmentShort, Preset::Decimal, Preset::Articles};
}

NumberingScheme::Level NumberingScheme::level(int depth) const {
    if (m_levels.isEmpty()) return government().level(depth);
    return m_levels.at(qBound(0, depth, int(m_levels.size()) - 1));
}

bool NumberingScheme::isGovernment() const {
    return m_levels.isEmpty() || m_levels == government().m_levels;
}

QString NumberingScheme::label(const QList<int>& path) const {
    if (path.isEmpty()) return {};
    const int depth = int(path.size()) - 1;
    const int count = m_levels.isEmpty() ? 6 : int(m_levels.size());
    const Level own = level(depth);
    QString out;
    for (qsizetype i = 0; i < own.text.size(); ++i) {
        const QChar c = own.text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= own.text.size() || !own.text.at(i + 1).isDigit()) {
            out += c;
            continue;
        }
        const int named = own.text.at(++i).digitValue() - 1;  // %1 names level 0
        // A level repeated below the scheme's last one numbers its own place with its own number.
        const int at = depth >= count && named == count - 1 ? depth : named;
        if (at < 0 || at > depth) continue;
        out += number(at == depth ? own.format : level(at).format, path.at(at) + 1);
    }
    return out;
}

void NumberingScheme::forEachNumbered(const std::vector<PolicySection>& sections, const Visit& visit) const {
    QList<int> counts;  // sections seen so far at each depth
    std::function<void(const std::vector<PolicySection>&, QList<int>)> walk = [&](const std::vector<PolicySection>& list,
                                                                                 QList<int> numbers) {
        const int depth = int(numbers.size());
        if (counts.size() <= depth) counts.resize(depth + 1);
        numbers << 0;
        for (size_t i = 0; i < list.size(); ++i) {
            numbers.last() = level(depth).continues ? counts[depth] : int(i);
            ++counts[depth];
            visit(list[i], numbers);
            walk(list[i].children, numbers);
        }
    };
    walk(sections, {});
}

QList<int> NumberingScheme::numbersAt(const std::vector<PolicySection>& sections, const QList<int>& path) const {
    if (!hasContinuingLevel()) return path;
    const PolicySection* target = nullptr;
    const std::vector<PolicySection>* list = &sections;
    for (int at : path) {
        if (at < 0 || size_t(at) >= list->size()) return path;
        target = &(*list)[size_t(at)];
        list = &target->children;
    }
    QList<int> found = path;
    forEachNumbered(sections, [&](const PolicySection& s, const QList<int>& numbers) {
        if (&s == target) found = numbers;
    });
    return found;
}

bool NumberingScheme::hasContinuingLevel() const {
    for (const Level& l : m_levels) {
        if (l.continues) return true;
    }
    return false;
}

QString NumberingScheme::reference(const QList<int>& path) const {
    const QString own = label(path).trimmed();
    const Level l = level(int(path.size()) - 1);
    // A level that names its parents' numbers (1.1.2) is a whole reference by itself.
    if (l.text.count(QLatin1Char('%')) > 1 || path.size() <= 1) return own;
    return reference(path.mid(0, path.size() - 1)) + own;
}

QString NumberingScheme::sample() const {
    QStringList out;
    QList<int> path;
    const int count = m_levels.isEmpty() ? 6 : int(m_levels.size());
    for (int d = 0; d < count; ++d) {
        path << 0;
        const QString l = label(path).trimmed();
        if (l.isEmpty()) {
            out << tr("(unnumbered)");
        } else {
            out << (level(d).continues ? tr("%1 (numbered on through the document)").arg(l) : l);
        }
    }
    return out.join(QStringLiteral("／"));
}

QString NumberingScheme::toStored() const {
    if (isGovernment()) return {};
    QJsonArray levels;
    for (const Level& l : m_levels) {
        QJsonObject level{{QStringLiteral("format"), formatKey(l.format)}, {QStringLiteral("text"), l.text}};
        if (l.continues) level.insert(QStringLiteral("continues"), true);
        levels.append(level);
    }
    return QString::fromUtf8(QJsonDocument(levels).toJson(QJsonDocument::Compact));
}

bool NumberingScheme::fromStored(const QString& text, NumberingScheme* out) {
    if (text.trimmed().isEmpty()) {
        *out = government();
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty() ||
        doc.array().size() > 9) {
        return false;
    }
    QList<Level> levels;
    for (const QJsonValue& v : doc.array()) {
        Level l;
        if (!v.isObject() || !formatFromKey(v[QStringLiteral("format")].toString(), &l.format)) return false;
        l.text = v[QStringLiteral("text")].toString();
        const QJsonValue continues = v[QStringLiteral("continues")];
        if (!continues.isUndefined() && !continues.isBool()) return false;
        l.continues = continues.toBool();
        if (l.text.size() > 40) return false;
        levels << l;
    }
    *out = NumberingScheme(levels);
    return true;
}

QString NumberingScheme::formatKey(Format f) {
    for (const FormatName& n : kFormats) {
        if (n.format == f) return QString::fromLatin1(n.key);
    }
    return QStringLiteral("decimal");
}

bool NumberingScheme::formatFromKey(const QString& key, Format* out) {
    for (const FormatName& n : kFormats) {
        if (key == QLatin1String(n.key)) {
            *out = n.format;
            return true;
        }
    }
    return false;
}

QString NumberingScheme::number(Format f, int value) {
    static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
    switch (f) {
    case F::None:
    case F::Bullet: return {};
    case F::Decimal: return QString::number(value);
    case F::ChineseLegal: return chineseNumeral(value, true);
    case F::Chinese: return chineseNumeral(value, false);
    case F::Stems: return value >= 1 && value <= 10 ? QString(stems.at(value - 1)) : QString::number(value);
    case F::UpperLetter:
    case F::LowerLetter: {
        if (value < 1) return QString::number(value);
        // Word's way past Z: AA, BB, …
        const QChar letter(char16_t((f == F::UpperLetter ? u'A' : u'a') + (value - 1) % 26));
        return QString((value - 1) / 26 + 1, letter);
    }
    }
    return QString::number(value);
}

QString NumberingScheme::chineseNumeral(int value, bool formal) {
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

}  // namespace isms::core
