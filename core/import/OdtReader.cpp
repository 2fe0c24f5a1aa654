#include "OdtReader.h"

#include "DocumentTable.h"
#include "ZipArchive.h"
#include "domain/Error.h"
#include "domain/NumberingScheme.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace isms::core {

namespace {

struct Level {
    QString format;  // OpenDocument's num-format: "1", "a", "一, 二, 三, ..."; empty: none
    QString prefix;
    QString suffix;
    QString bullet;  // a bullet level's character
    int shown = 1;   // display-levels
    int start = 1;
};
using Levels = QHash<int, Level>;  // 1-based level → its numbering

QString number(const QString& format, int value) {
    if (format.isEmpty()) return {};
    if (format.startsWith(u'一')) return NumberingScheme::chineseNumeral(value, false);
    if (format.startsWith(u'壹')) return NumberingScheme::chineseNumeral(value, true);
    if (format.startsWith(u'甲')) return NumberingScheme::number(NumberingScheme::Format::Stems, value);
    if (format == u"a") return NumberingScheme::number(NumberingScheme::Format::LowerLetter, value);
    if (format == u"A") return NumberingScheme::number(NumberingScheme::Format::UpperLetter, value);
    return QString::number(value);
}

QString attribute(const QXmlStreamReader& x, const char* qualified) {
    return x.attributes().value(QString::fromLatin1(qualified)).toString();
}

// A paragraph style's outline level (default-outline-level) and the style it is based on: a
// plain paragraph in a heading style is a heading all the same (LibreOffice writes some so).
struct ParagraphStyle {
    int outlineLevel = 0;  // 1-based; 0 none said
    QString parent;
};
using ParagraphStyles = QHash<QString, ParagraphStyle>;

void readParagraphStyles(const QByteArray& xml, ParagraphStyles& out) {
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.qualifiedName() == u"style:style" && attribute(x, "style:family") == u"paragraph") {
            int level = attribute(x, "style:default-outline-level").toInt();
            // A built-in heading may say its level only by its name.
            static const QRegularExpression heading(QStringLiteral("^Heading[ _](?:20_)?([1-9])$"));
            const QRegularExpressionMatch m = heading.match(attribute(x, "style:name"));
            if (level == 0 && m.hasMatch()) level = m.captured(1).toInt();
            out.insert(attribute(x, "style:name"), {level, attribute(x, "style:parent-style-name")});
        }
    }
}

int outlineLevelOf(const ParagraphStyles& styles, QString style) {
    for (int hops = 0; hops < 10 && styles.contains(style); ++hops) {
        if (styles.value(style).outlineLevel > 0) return styles.value(style).outlineLevel;
        style = styles.value(style).parent;
    }
    return 0;
}

// The outline numbering and every list style of a part.
void readNumbering(const QByteArray& xml, Levels& outline, QHash<QString, Levels>& lists) {
    if (xml.isEmpty()) return;
    QXmlStreamReader x(xml);
    Levels* current = nullptr;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        const auto name = x.qualifiedName();
        if (name == u"text:outline-style") {
            current = &outline;
        } else if (name == u"text:list-style") {
            current = &lists[attribute(x, "style:name")];
        } else if (current && (name == u"text:outline-level-style" || name == u"text:list-level-style-number" ||
                               name == u"text:list-level-style-bullet")) {
            Level l;
            l.format = attribute(x, "style:num-format");
            l.prefix = attribute(x, "style:num-prefix");
            l.suffix = attribute(x, "style:num-suffix");
            l.bullet = attribute(x, "text:bullet-char");
            if (name == u"text:list-level-style-bullet" && l.bullet.isEmpty()) l.bullet = QStringLiteral("•");
            const QString shown = attribute(x, "text:display-levels");
            l.shown = shown.isEmpty() ? 1 : shown.toInt();
            const QString start = attribute(x, "text:start-value");
            l.start = start.isEmpty() ? 1 : start.toInt();
            current->insert(attribute(x, "text:level").toInt(), l);
        }
    }
    if (x.hasError()) {
        throw Error(Error::Kind::Invalid, OdtReader::tr("The OpenDocument text is damaged: it is not well-formed XML (%1).").arg(x.errorString()));
    }
}

// The label of the next item at level of a numbering whose counters are count.
QString label(const Levels& levels, QHash<int, int>& count, int level) {
    if (!levels.contains(level)) return {};
    const Level& own = levels.value(level);
    count[level] = count.contains(level) ? count.value(level) + 1 : own.start;
    for (auto it = count.begin(); it != count.end();) it = it.key() > level ? count.erase(it) : std::next(it);
    if (!own.bullet.isEmpty()) {
        const QChar c = own.bullet.front();
        return (c.category() == QChar::Other_PrivateUse ? QStringLiteral("•") : QString(c)) + QLatin1Char(' ');
    }
    if (own.format.isEmpty()) return own.prefix.isEmpty() ? QString() : own.prefix + own.suffix;
    QStringList numbers;
    for (int l = qMax(1, level - own.shown + 1); l <= level; ++l) numbers << number(levels.value(l).format.isEmpty() ? own.format : levels.value(l).format, count.value(l, levels.value(l).start));
    QString out = own.prefix + numbers.join(QLatin1Char('.')) + own.suffix;
    // A number that ends in a Latin character stands apart from its text.
    if (!out.isEmpty() && out.back().unicode() < 0x2E80 && !out.endsWith(u' ')) out += QLatin1Char(' ');
    return out;
}

}  // namespace

DocumentText OdtReader::paragraphs(const QString& file) {
    const QHash<QString, QByteArray> parts = ZipArchive::read(file, {QStringLiteral("content.xml"), QStringLiteral("styles.xml")});
    if (!parts.contains(QStringLiteral("content.xml"))) {
        throw Error(Error::Kind::Invalid,
                    tr("“%1” is a zip archive but no OpenDocument text (it has no content.xml).").arg(QFileInfo(file).fileName()));
    }
    return paragraphs(parts.value(QStringLiteral("content.xml")), parts.value(QStringLiteral("styles.xml")));
}

DocumentText OdtReader::paragraphs(const QByteArray& content, const QByteArray& styles) {
    Levels outline;
    QHash<QString, Levels> lists;
    readNumbering(styles, outline, lists);
    readNumbering(content, outline, lists);
    ParagraphStyles paragraphStyles;
    readParagraphStyles(styles, paragraphStyles);
    readParagraphStyles(content, paragraphStyles);
    const QString appendix = QStringLiteral("IsmsAppendix");
    QHash<int, int> headingCount;
    QHash<QString, QHash<int, int>> listCount;
    DocumentText lines;
    // The lists open around the paragraph being read: their style and depth.
    struct OpenList {
        QString style;
    };
    QList<OpenList> open;
    QString paragraph;
    QString prefix;
    QString style;
    int headingLevel = -1;
    int depth = 0;  // inside a paragraph or heading
    bool inCell = false;
    bool tableOurs = false;
    bool bodySeen = false;
    QStringList row;
    QList<QStringList> table;
    QXmlStreamReader x(content);
    while (!x.atEnd()) {
        x.readNext();
        const auto name = x.qualifiedName();
        if (x.isStartElement()) {
            if (depth > 0) {
                ++depth;
                if (name == u"text:line-break") paragraph += QLatin1Char('\n');
                else if (name == u"text:tab") paragraph += QLatin1Char('\t');
                else if (name == u"text:s") paragraph += QString(qMax(1, attribute(x, "text:c").toInt()), QLatin1Char(' '));
                else if (name == u"text:note" || name == u"office:annotation") {
                    x.skipCurrentElement();
                    --depth;
                }
                continue;
            }
            if (name == u"text:list") {
                QString listStyle = attribute(x, "text:style-name");
                if (listStyle.isEmpty() && !open.isEmpty()) listStyle = open.last().style;
                if (open.isEmpty() && attribute(x, "text:continue-numbering") != u"true") listCount.remove(listStyle);
                open.append({listStyle});
            } else if (name == u"text:p" || name == u"text:h") {
                depth = 1;
                paragraph.clear();
                style = attribute(x, "text:style-name");
                prefix.clear();
                headingLevel = -1;
                if (name == u"text:h") {
                    const int level = qMax(1, attribute(x, "text:outline-level").toInt());
                    // A heading that says its own number (a level numbered on through the document).
                    if (attribute(x, "text:restart-numbering") == u"true" && !attribute(x, "text:start-value").isEmpty()) {
                        headingCount[level] = attribute(x, "text:start-value").toInt() - 1;
                    }
                    prefix = label(outline, headingCount, level);
                    headingLevel = level - 1;
                } else if (!open.isEmpty() && !inCell) {
                    // The first paragraph of a list item carries its number.
                    prefix = label(lists.value(open.last().style), listCount[open.last().style], int(open.size()));
                } else if (!inCell) {
                    headingLevel = outlineLevelOf(paragraphStyles, style) - 1;
                }
            } else if (name == u"table:table-row") {
                row.clear();
            } else if (name == u"table:table-cell") {
                inCell = true;
                row << QString();
            } else if (name == u"text:table-of-content" || name == u"text:tracked-changes" || name == u"office:forms") {
                x.skipCurrentElement();
            }
        } else if (x.isCharacters() && depth > 0) {
            paragraph += x.text();
        } else if (x.isEndElement()) {
            if (depth > 0) {
                if (--depth > 0) continue;
                if (style.startsWith(appendix) && inCell) tableOurs = true;
                if (style.startsWith(appendix) && !inCell) continue;
                if (inCell) {
                    if (!row.isEmpty()) row.last() += (row.last().isEmpty() ? QString() : QStringLiteral(" ")) + paragraph.trimmed();
                } else if (!prefix.isEmpty() || !paragraph.trimmed().isEmpty()) {
                    const int listLevel = headingLevel < 0 && !prefix.isEmpty() ? int(open.size()) - 1 : -1;
                    bodySeen = bodySeen || !prefix.trimmed().isEmpty();
                    lines.append({prefix + paragraph, listLevel, headingLevel});
                }
            } else if (name == u"text:list") {
                if (!open.isEmpty()) open.removeLast();
            } else if (name == u"table:table-cell") {
                inCell = false;
            } else if (name == u"table:table-row") {
                table << row;
            } else if (name == u"table:table") {
                DocumentTable::append(lines, table, !bodySeen, tableOurs);
                table.clear();
                tableOurs = false;
            }
        }
    }
    if (x.hasError()) {
        throw Error(Error::Kind::Invalid, tr("The OpenDocument text is damaged: it is not well-formed XML (%1).").arg(x.errorString()));
    }
    return lines;
}

}  // namespace isms::core
