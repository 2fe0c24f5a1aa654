#include "DocxReader.h"

#include "DocumentTable.h"
#include "ZipArchive.h"
#include "domain/Error.h"
#include "domain/NumberingScheme.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace isms::core {

namespace {

struct Level {
    QString format = QStringLiteral("decimal");
    QString text;
    int start = 1;
    bool spaced = true;  // Word's suffix after the number: a tab or a space, or nothing
    // Word's lvlRestart: numbered again after a level up to this one (1-based) is used; 0 never,
    // -1 (none said) after any level above.
    int restartAfter = -1;
};

struct Numbering {
    QHash<int, QHash<int, Level>> abstracts;  // abstractNumId → ilvl → level
    QHash<int, int> nums;                     // numId → abstractNumId
    // numId → ilvl → the number a list of its own starts at (Word's lvlOverride startOverride):
    // a numId without one goes on from the abstract list's last number.
    QHash<int, QHash<int, int>> restarts;
};

struct StyleNumber {
    int numId = 0;
    int ilvl = 0;
    int outlineLevel = -1;  // Word's outlineLvl: 0 for Heading 1; -1 none said
    QString basedOn;
};

struct Paragraph {
    QString style;
    int numId = -1;  // -1: none given (the style's, if any); 0: numbering switched off
    int ilvl = 0;
    bool hasLevel = false;
    int outlineLevel = -1;
    QString text;
    bool pageBreak = false;
};

QString attribute(const QXmlStreamReader& x, const char* name) {
    return x.attributes().value(QStringLiteral("w:") + QString::fromLatin1(name)).toString();
}

void refuseIfBroken(const QXmlStreamReader& x, const char* part) {
    if (x.hasError()) {
        throw Error(Error::Kind::Invalid, DocxReader::tr("The Word document is damaged: its %1 is not well-formed XML (%2).")
                                              .arg(QString::fromLatin1(part), x.errorString()));
    }
}

Numbering readNumbering(const QByteArray& xml) {
    Numbering out;
    if (xml.isEmpty()) return out;
    QXmlStreamReader x(xml);
    int abstractId = -1;
    int numId = -1;
    int level = -1;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        const auto name = x.qualifiedName();
        if (name == u"w:abstractNum") {
            abstractId = attribute(x, "abstractNumId").toInt();
            numId = -1;
        } else if (name == u"w:num") {
            numId = attribute(x, "numId").toInt();
            abstractId = -1;
            level = -1;
        } else if (name == u"w:abstractNumId" && numId >= 0) {
            out.nums.insert(numId, attribute(x, "val").toInt());
        } else if (name == u"w:lvlOverride" && numId >= 0) {
            level = attribute(x, "ilvl").toInt();
        } else if (name == u"w:startOverride" && numId >= 0 && level >= 0) {
            out.restarts[numId][level] = attribute(x, "val").toInt();
        } else if (name == u"w:lvl" && abstractId >= 0) {
            level = attribute(x, "ilvl").toInt();
            out.abstracts[abstractId][level] = Level();
        } else if (abstractId >= 0 && level >= 0) {
            Level& l = out.abstracts[abstractId][level];
            if (name == u"w:numFmt") l.format = attribute(x, "val");
            else if (name == u"w:lvlText") l.text = attribute(x, "val");
            else if (name == u"w:start") l.start = attribute(x, "val").toInt();
            else if (name == u"w:suff") l.spaced = attribute(x, "val") != u"nothing";
            else if (name == u"w:lvlRestart") l.restartAfter = attribute(x, "val").toInt();
        }
    }
    refuseIfBroken(x, "numbering");
    return out;
}

QHash<QString, StyleNumber> readStyles(const QByteArray& xml) {
    QHash<QString, StyleNumber> out;
    if (xml.isEmpty()) return out;
    QXmlStreamReader x(xml);
    QString style;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        const auto name = x.qualifiedName();
        if (name == u"w:style") {
            style = attribute(x, "styleId");
            out.insert(style, StyleNumber());
        } else if (style.isEmpty()) {
            continue;
        } else if (name == u"w:basedOn") {
            out[style].basedOn = attribute(x, "val");
        } else if (name == u"w:numId") {
            out[style].numId = attribute(x, "val").toInt();
        } else if (name == u"w:ilvl") {
            out[style].ilvl = attribute(x, "val").toInt();
        } else if (name == u"w:outlineLvl") {
            out[style].outlineLevel = attribute(x, "val").toInt();
        } else if (name == u"w:name" && out[style].outlineLevel < 0) {
            // Word's built-in headings may say their level only by name ("heading 1").
            static const QRegularExpression heading(QStringLiteral("^heading ([1-9])$"), QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = heading.match(attribute(x, "val"));
            if (m.hasMatch()) out[style].outlineLevel = m.captured(1).toInt() - 1;
        }
    }
    refuseIfBroken(x, "styles");
    return out;
}

// Word's number formats as written; the ones the program has no name for as decimals.
QString number(const QString& format, int value) {
    NumberingScheme::Format f = NumberingScheme::Format::Decimal;
    static const QStringList chinese{QStringLiteral("taiwaneseCounting"), QStringLiteral("chineseCounting"),
                                     QStringLiteral("chineseCountingThousand"), QStringLiteral("ideographDigital"),
                                     QStringLiteral("japaneseCounting")};
    if (chinese.contains(format)) return NumberingScheme::chineseNumeral(value, false);
    if (format == u"chineseLegalSimplified" || format == u"ideographLegalTraditional") return NumberingScheme::chineseNumeral(value, true);
    if (format.startsWith(QStringLiteral("decimal"))) return QString::number(value);
    if (!NumberingScheme::formatFromKey(format, &f)) return QString::number(value);
    return NumberingScheme::number(f, value);
}

// Bullets in the Symbol and Wingdings fonts are private-use characters: any bullet reads as •.
QString bulletOf(const QString& text) {
    if (text.isEmpty()) return QStringLiteral("•");
    const QChar c = text.front();
    return c.category() == QChar::Other_PrivateUse ? QStringLiteral("•") : QString(c);
}

Paragraph readParagraph(QXmlStreamReader& x) {
    Paragraph p;
    int depth = 1;
    bool inProperties = false;
    while (depth > 0 && !x.atEnd()) {
        x.readNext();
        if (x.isEndElement()) {
            --depth;
            if (x.qualifiedName() == u"w:pPr") inProperties = false;
            continue;
        }
        if (x.isCharacters() && !x.isWhitespace()) continue;
        if (!x.isStartElement()) continue;
        ++depth;
        const auto name = x.qualifiedName();
        if (name == u"w:pPr") {
            inProperties = true;
        } else if (inProperties && name == u"w:pStyle") {
            p.style = attribute(x, "val");
        } else if (inProperties && name == u"w:numId") {
            p.numId = attribute(x, "val").toInt();
        } else if (inProperties && name == u"w:ilvl") {
            p.ilvl = attribute(x, "val").toInt();
            p.hasLevel = true;
        } else if (inProperties && name == u"w:outlineLvl") {
            p.outlineLevel = attribute(x, "val").toInt();
        } else if (inProperties && name == u"w:pageBreakBefore") {
            p.pageBreak = true;
        } else if (name == u"w:rPr" || name == u"w:del" || name == u"w:instrText" || name == u"w:delText") {
            // Formatting, deleted text and field codes are no text.
            x.skipCurrentElement();
            --depth;
        } else if (name == u"w:t") {
            p.text += x.readElementText();
            --depth;
        } else if (name == u"w:tab") {
            p.text += QLatin1Char('\t');
        } else if (name == u"w:br" || name == u"w:cr") {
            if (attribute(x, "type") == u"page") p.pageBreak = true;
            else p.text += QLatin1Char('\n');
        }
    }
    return p;
}

}  // namespace

DocumentText DocxReader::paragraphs(const QString& file) {
    const QString name = QFileInfo(file).fileName();
    const QHash<QString, QByteArray> parts = ZipArchive::read(
        file, {QStringLiteral("word/document.xml"), QStringLiteral("word/numbering.xml"), QStringLiteral("word/styles.xml")});
    if (!parts.contains(QStringLiteral("word/document.xml"))) {
        throw Error(Error::Kind::Invalid, tr("“%1” is a zip archive but no Word document (it has no word/document.xml).").arg(name));
    }
    return paragraphs(parts.value(QStringLiteral("word/document.xml")), parts.value(QStringLiteral("word/numbering.xml")),
                      parts.value(QStringLiteral("word/styles.xml")));
}

DocumentText DocxReader::paragraphs(const QByteArray& document, const QByteArray& numberingXml, const QByteArray& stylesXml) {
    const Numbering numbering = readNumbering(numberingXml);
    const QHash<QString, StyleNumber> styles = readStyles(stylesXml);
    // The numbering a style gives its paragraphs, through the styles it is based on.
    auto styleNumber = [&](QString style) {
        for (int hops = 0; hops < 10 && styles.contains(style); ++hops) {
            const StyleNumber& s = styles.value(style);
            if (s.numId != 0) return s;
            style = s.basedOn;
        }
        return StyleNumber();
    };
    // The outline level a paragraph has, its own or its style's; Word's 9 is body text.
    auto outlineLevel = [&](const Paragraph& p) {
        int level = p.outlineLevel;
        QString style = p.style;
        for (int hops = 0; level < 0 && hops < 10 && styles.contains(style); ++hops) {
            level = styles.value(style).outlineLevel;
            style = styles.value(style).basedOn;
        }
        return level >= 0 && level < 9 ? level : -1;
    };
    QHash<int, QHash<int, int>> counters;  // abstractNumId → ilvl → the last number given
    QSet<int> numsUsed;
    const QString appendix = QStringLiteral("IsmsAppendix");
    DocumentText lines;
    bool bodySeen = false;

    // The number Word shows before p, and its list level (-1 where it shows none).
    auto label = [&](const Paragraph& p, int* listLevel) -> QString {
        *listLevel = -1;
        int numId = p.numId;
        int ilvl = p.ilvl;
        if (numId < 0) {
            const StyleNumber s = styleNumber(p.style);
            numId = s.numId;
            if (!p.hasLevel) ilvl = s.ilvl;
        }
        if (numId <= 0 || !numbering.nums.contains(numId)) return {};
        const int abstractId = numbering.nums.value(numId);
        const QHash<int, Level>& levels = numbering.abstracts.value(abstractId);
        if (!levels.contains(ilvl)) return {};
        *listLevel = ilvl;
        QHash<int, int>& count = counters[abstractId];
        int start = levels.value(ilvl).start;
        if (numbering.restarts.contains(numId) && !numsUsed.contains(numId)) {
            // The first paragraph of a list of its own: its levels start again.
            for (auto it = numbering.restarts.value(numId).cbegin(); it != numbering.restarts.value(numId).cend(); ++it) {
                count.remove(it.key());
                if (it.key() == ilvl) start = it.value();
            }
        }
        numsUsed.insert(numId);
        count[ilvl] = count.contains(ilvl) ? count.value(ilvl) + 1 : start;
        for (auto it = count.begin(); it != count.end();) {
            const int after = levels.value(it.key()).restartAfter;
            it = it.key() > ilvl && (after < 0 || ilvl < after) ? count.erase(it) : std::next(it);
        }
        const Level& own = levels.value(ilvl);
        if (own.format == u"none") return {};
        if (own.format == u"bullet") return bulletOf(own.text) + QLatin1Char(' ');
        QString out;
        for (qsizetype i = 0; i < own.text.size(); ++i) {
            const QChar c = own.text.at(i);
            if (c == u'%' && i + 1 < own.text.size() && own.text.at(i + 1).isDigit()) {
                const int k = own.text.at(++i).digitValue() - 1;
                const Level named = levels.value(k);
                out += number(named.format, count.value(k, named.start));
            } else {
                out += c;
            }
        }
        return out + (own.spaced ? QStringLiteral(" ") : QString());
    };

    static const QRegularExpression tocEntry(QStringLiteral("^(?:TOC|toc|Contents)\\s?\\d$"));
    QXmlStreamReader x(document);
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        const auto name = x.qualifiedName();
        if (name == u"w:p") {
            const Paragraph p = readParagraph(x);
            if (p.pageBreak) lines.append({QStringLiteral("\f")});
            // The program's appendix, and contents entries (Word's TOC1…TOC9): none is the text.
            if (p.style == appendix || tocEntry.match(p.style).hasMatch()) continue;
            int listLevel = -1;
            const QString number = label(p, &listLevel);
            if (!number.isEmpty()) bodySeen = true;
            // An empty paragraph is spacing, not a line of the text.
            if (!number.isEmpty() || !p.text.trimmed().isEmpty()) lines.append({number + p.text, listLevel, outlineLevel(p)});
        } else if (name == u"w:tbl") {
            // Rows of cells; a cell's paragraphs one after another.
            QList<QStringList> rows;
            bool ours = true;
            int depth = 1;
            while (depth > 0 && !x.atEnd()) {
                x.readNext();
                if (x.isEndElement()) {
                    --depth;
                    continue;
                }
                if (!x.isStartElement()) continue;
                ++depth;
                if (x.qualifiedName() == u"w:tr") {
                    rows.append(QStringList());
                } else if (x.qualifiedName() == u"w:tc" && !rows.isEmpty()) {
                    rows.last().append(QString());
                } else if (x.qualifiedName() == u"w:p") {
                    const Paragraph p = readParagraph(x);
                    --depth;
                    ours = ours && p.style == appendix;
                    if (!rows.isEmpty() && !rows.last().isEmpty()) {
                        QString& cell = rows.last().last();
                        cell += (cell.isEmpty() ? QString() : QStringLiteral(" ")) + p.text.trimmed();
                    }
                }
            }
            DocumentTable::append(lines, rows, !bodySeen, ours);
        }
    }
    if (x.hasError()) {
        throw Error(Error::Kind::Invalid, tr("The Word document is damaged: its %1 is not well-formed XML (%2).")
                                              .arg(QStringLiteral("document"), x.errorString()));
    }
    return lines;
}

}  // namespace isms::core
