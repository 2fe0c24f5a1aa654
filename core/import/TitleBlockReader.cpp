#include "TitleBlockReader.h"

#include "NumberMarker.h"
#include "domain/Error.h"
#include "domain/RocDate.h"

#include <QRegularExpression>

namespace isms::core {

namespace {

enum class Field { Classification, Code, Version, Effective, Issued, Revised, Title, Kept };

struct FieldName {
    const char* name;
    Field field;
};

// Longest first, so that 版本編號 is not read as 版本.
const FieldName kFields[] = {
    {"文件機密等級", Field::Classification}, {"最近修訂日期", Field::Revised},
    {"安全等級", Field::Classification}, {"機密等級", Field::Classification},
    {"文件等級", Field::Classification}, {"資料等級", Field::Classification},
    {"機敏等級", Field::Classification}, {"文件編號", Field::Code},
    {"文件代碼", Field::Code},           {"版本編號", Field::Version},
    {"生效日期", Field::Effective},      {"實施日期", Field::Effective},
    {"頒行日期", Field::Issued},         {"發布日期", Field::Issued},
    {"公布日期", Field::Issued},         {"訂定日期", Field::Issued},
    {"制定日期", Field::Issued},         {"修訂日期", Field::Revised},
    {"修正日期", Field::Revised},        {"法規名稱", Field::Title},
    {"文件名稱", Field::Title},          {"政策名稱", Field::Title},
    {"核准文號", Field::Kept},           {"核定文號", Field::Kept},
    {"發文字號", Field::Kept},           {"權責單位", Field::Kept},
    {"制定單位", Field::Kept},           {"發行單位", Field::Kept},
    {"版次", Field::Version},            {"版本", Field::Version},
    {"頒行", Field::Issued},             {"修訂", Field::Revised},
    {"修正", Field::Revised},            {"編號", Field::Code},
};

const QRegularExpression& fieldPattern() {
    static const QRegularExpression re = [] {
        QStringList names;
        for (const FieldName& f : kFields) names << QString::fromUtf8(f.name);
        return QRegularExpression(QStringLiteral("(?:^|(?<=[\\s|｜]))(%1)\\s*[：:]").arg(names.join(QLatin1Char('|'))));
    }();
    return re;
}

Field fieldOf(const QString& name) {
    for (const FieldName& f : kFields) {
        if (name == QString::fromUtf8(f.name)) return f.field;
    }
    return Field::Kept;
}

const QRegularExpression& datePattern() {
    static const QRegularExpression re(QStringLiteral(
        R"((?:中華)?(?:民國)?\s*(\d{2,4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.\-](\d{1,2})[/.\-](\d{1,2})))"));
    return re;
}

}  // namespace

bool TitleBlockReader::hasField(const QString& line) {
    return fieldPattern().match(NumberMarker::recognitionForm(line)).hasMatch();
}

QDate TitleBlockReader::dateIn(const QString& written) {
    // A date in Chinese numerals (一百十四年九月十一日, 一一四年九月十一日) as digits first.
    static const QRegularExpression chinese(QStringLiteral("([〇零一二三四五六七八九十百]+)(?=[年月日])"));
    QString text = written;
    QRegularExpressionMatch c;
    while ((c = chinese.match(text)).hasMatch()) {
        const QString numeral = c.captured(1);
        int value = 0;
        if (numeral.contains(u'十') || numeral.contains(u'百')) {
            value = NumberMarker::chineseValue(numeral);
        } else {
            for (QChar d : numeral) value = value * 10 + NumberMarker::chineseValue(QString(d == u'〇' ? QChar(u'零') : d));
        }
        text.replace(c.capturedStart(1), c.capturedLength(1), QString::number(value));
    }
    const auto m = datePattern().match(NumberMarker::recognitionForm(text));
    if (!m.hasMatch()) return {};
    int year = m.captured(1).toInt();
    if (year < 1000) year += RocDate::kYearOffset;
    const bool cjk = !m.captured(2).isEmpty();
    return QDate(year, (cjk ? m.captured(2) : m.captured(4)).toInt(), (cjk ? m.captured(3) : m.captured(5)).toInt());
}

namespace {

// A line that is only a date, perhaps with a word of what happened on it (修訂, 訂定) or in
// brackets: the date line some documents put under their title.
bool isDateLine(const QString& line) {
    if (!TitleBlockReader::dateIn(line).isValid()) return false;
    const QString form = NumberMarker::recognitionForm(line);
    const auto m = datePattern().match(form);
    if (!m.hasMatch()) return !line.contains(u'：') && line.size() <= 40;
    const QString around = QString(form).remove(m.capturedStart(), m.capturedLength()).remove(QRegularExpression(QStringLiteral("[\\s()（）]")));
    // and perhaps the letter that decided it: 府資字第1130000001號函訂定
    static const QRegularExpression words(QStringLiteral(
        "^(?:\\p{Han}{0,8}字第\\d+號[函令]?)?(?:第\\d+次)?(?:修訂|修正|訂定|頒行|發布|核定|生效|施行|實施)?(?:版|實施|施行)?$"));
    return words.match(around).hasMatch();
}

bool hasCjk(const QString& s) {
    for (QChar c : s) {
        if (c.unicode() >= 0x2E80) return true;
    }
    return false;
}

// translated: set when the document's word for the level is another agency's (一般, 限閱).
bool classificationOf(const QString& value, Classification::Value* out, bool* translated = nullptr) {
    static const QRegularExpression marked(QStringLiteral(R"([■☑☒✔✓]\s*(\S+))"));
    const auto tick = marked.match(value);
    const QString chosen = tick.hasMatch() ? tick.captured(1) : value.trimmed();
    if (Classification::fromDocumentLabel(chosen, out)) return true;
    // Every level listed and none ticked chooses none.
    int listed = 0;
    for (auto v : Classification::all()) listed += chosen.contains(Classification::documentLabel(v)) ? 1 : 0;
    if (listed > 1) return false;
    // Other agencies' words for the same levels.
    static const QList<std::pair<QString, Classification::Value>> words{
        {QStringLiteral("公開"), Classification::Public},         {QStringLiteral("普通"), Classification::Internal},
        {QStringLiteral("一般"), Classification::Internal},       {QStringLiteral("內部"), Classification::Internal},
        {QStringLiteral("限閱"), Classification::Sensitive},      {QStringLiteral("敏感"), Classification::Sensitive},
        {QStringLiteral("機密"), Classification::Confidential},   {QStringLiteral("密"), Classification::Confidential}};
    for (const auto& [word, level] : words) {
        if (chosen.startsWith(word)) {
            *out = level;
            if (translated) *translated = true;
            return true;
        }
    }
    return false;
}

}  // namespace

QString TitleBlockReader::versionNumber(const QString& written) {
    const QString form = NumberMarker::recognitionForm(written).trimmed();
    static const QRegularExpression digits(QStringLiteral(R"((\d{1,3})(?:\.(\d{1,3}))?)"));
    const auto m = digits.match(form);
    if (m.hasMatch()) return m.captured(1).toInt() == 0 && m.captured(2).isEmpty() ? QString()
                             : QStringLiteral("%1.%2").arg(m.captured(1).toInt()).arg(m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    static const QRegularExpression chinese(QStringLiteral("第?([一二三四五六七八九十]+)版?"));
    const auto c = chinese.match(form);
    const int n = c.hasMatch() ? NumberMarker::chineseValue(c.captured(1)) : 0;
    return n > 0 ? QStringLiteral("%1.0").arg(n) : QString();
}

void TitleBlockReader::read(const QList<Line>& lines, PolicyContent& out, QList<ImportWarning>& warnings) {
    QStringList header;
    QStringList notice;
    bool seenField = false;
    QDate effective, revised, issued, dateLine;
    int lastClassification = 0;  // the line of a classification field none of whose boxes is ticked
    for (const Line& line : lines) {
        const QString& text = line.text;
        if (QString(text).remove(QLatin1Char(' ')) == QStringLiteral("目錄")) continue;
        // Matched in the recognition form (an ideographic space between two fields is a space);
        // it has the line's positions, so values are taken from the line as written.
        QRegularExpressionMatchIterator it = fieldPattern().globalMatch(NumberMarker::recognitionForm(text));
        QList<QRegularExpressionMatch> found;
        while (it.hasNext()) found << it.next();
        if (found.isEmpty()) {
            // The boxes of a classification laid out over two lines (a PDF's title block).
            Classification::Value ticked;
            static const QRegularExpression boxes(QStringLiteral("^(?:[■□]\\s*\\S+\\s*)+$"));
            if (lastClassification && boxes.match(text).hasMatch()) {
                if (text.contains(u'■') && classificationOf(text, &ticked)) {
                    out.classification = ticked;
                    warnings.removeIf([&](const ImportWarning& w) { return w.line == lastClassification; });
                }
                continue;
            }
            // Date lines (訂定, then each 修正): the latest is this text's.
            if (isDateLine(text)) {
                const QDate day = dateIn(text);
                if (day.isValid() && (!dateLine.isValid() || day > dateLine)) dateLine = day;
                continue;
            }
            (seenField ? notice : header) << text;
            continue;
        }
        seenField = true;
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QString name = found[i].captured(1);
            const qsizetype end = i + 1 < found.size() ? found[i + 1].capturedStart() : text.size();
            const QString value = text.mid(found[i].capturedEnd(), end - found[i].capturedEnd()).trimmed().remove(QRegularExpression(QStringLiteral("[|｜]\\s*$"))).trimmed();
            switch (fieldOf(name)) {
            case Field::Code: out.code = value; break;
            case Field::Title: out.title = value; break;
            case Field::Version:
                out.version = versionNumber(value);
                if (out.version.isEmpty() && !value.isEmpty()) {
                    warnings.append({line.number, tr("The version “%1” is no number; it is imported as 1.0.").arg(value)});
                }
                break;
            case Field::Effective:
            case Field::Issued:
            case Field::Revised: {
                const QDate day = dateIn(value);
                // "Not yet set", as the program's own copies of a draft say it: no date.
                static const QRegularExpression unset(QStringLiteral("^[（(]?\\s*(未定|未訂|待定|尚未訂定|not set)\\s*[)）]?$"));
                if (unset.match(value.trimmed()).hasMatch()) break;
                if (!value.isEmpty() && !day.isValid()) {
                    // A date that is none is said, never stored as no date while the import succeeds.
                    if (fieldOf(name) == Field::Effective) {
                        throw Error(Error::Kind::Invalid,
                                    tr("Line %1: the effective date “%2” is not a date (write it as 114年9月11日 or 2025-09-11).")
                                        .arg(line.number)
                                        .arg(value));
                    }
                    warnings.append({line.number, tr("%1 “%2” is not a date; it was not used.").arg(name, value)});
                    notice << name + QStringLiteral("：") + value;
                }
                QDate& slot = fieldOf(name) == Field::Effective ? effective : fieldOf(name) == Field::Revised ? revised : issued;
                if (day.isValid() && (!slot.isValid() || day > slot)) slot = day;
                break;
            }
            case Field::Classification: {
                Classification::Value level;
                lastClassification = line.number;
                bool translated = false;
                if (classificationOf(value, &level, &translated)) {
                    out.classification = level;
                    if (translated) {
                        warnings.append({line.number, tr("The classification “%1” is read as %2.")
                                                          .arg(value, Classification::documentLabel(level))});
                    }
                } else {
                    // The title block lists every level and none is ticked: the default stands.
                    warnings.append({line.number, tr("No classification is marked in “%1”; it is imported as %2.")
                                                      .arg(value, Classification::documentLabel(out.classification))});
                }
                break;
            }
            case Field::Kept: notice << name + QStringLiteral("：") + value; break;
            }
        }
    }
    // The day this text took effect: said as such, else its latest revision, else its issue.
    out.effectiveDate = effective.isValid() ? effective : revised.isValid() ? revised : issued.isValid() ? issued : dateLine;
    QStringList cjkHeader;
    for (const QString& h : header) {
        if (hasCjk(h)) {
            cjkHeader << h;
        } else if (out.orgNameEn.isEmpty()) {
            out.orgNameEn = h;
        }
    }
    if (!out.title.isEmpty()) {
        if (!cjkHeader.isEmpty()) out.orgName = cjkHeader.takeFirst();
        if (!cjkHeader.isEmpty()) notice = cjkHeader + notice;
    } else {
        if (cjkHeader.size() >= 2) out.orgName = cjkHeader.takeFirst();
        out.title = cjkHeader.join(QLatin1Char(' '));
    }
    out.notice = notice.join(QLatin1Char('\n'));
    if (lastClassification == 0) {
        warnings.append({0, tr("The document does not say its security classification (安全等級); it is imported as %1.")
                                .arg(Classification::documentLabel(out.classification))});
    }
    if (out.version.isEmpty()) {
        out.version = QStringLiteral("1.0");
        warnings.append({0, tr("The document gives no version number (版本編號); it is imported as version 1.0."),
                         ImportWarning::About::Version});
    }
}

}  // namespace isms::core
