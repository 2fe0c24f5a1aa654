#include "PolicyDocxExport.h"

#include "PolicyTextReport.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "import/ZipArchive.h"
#include "storage/SafeFile.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace isms::reports {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kSerif = QStringLiteral("Noto Serif CJK TC");
const QString kSans = QStringLiteral("Noto Sans CJK TC");
constexpr int kIndent = 480;  // twips: two characters of 12 pt
constexpr int kLevels = 9;    // Word's

// One part of the package, written as WordprocessingML.
class Part {
public:
    explicit Part(const QString& root) : m_x(&m_bytes) {
        m_x.writeStartDocument(QStringLiteral("1.0"), true);
        m_x.writeNamespace(W, QStringLiteral("w"));
        m_x.writeNamespace(R, QStringLiteral("r"));
        m_x.writeStartElement(W, root);
    }
    QXmlStreamWriter& x() { return m_x; }
    void open(const char* name) { m_x.writeStartElement(W, QString::fromLatin1(name)); }
    void close() { m_x.writeEndElement(); }
    void value(const char* name, const QString& v) {
        m_x.writeEmptyElement(W, QString::fromLatin1(name));
        m_x.writeAttribute(W, QStringLiteral("val"), v);
    }
    void empty(const char* name, std::initializer_list<std::pair<const char*, QString>> attributes) {
        m_x.writeEmptyElement(W, QString::fromLatin1(name));
        for (const auto& [a, v] : attributes) m_x.writeAttribute(W, QString::fromLatin1(a), v);
    }
    void text(const QString& t) {
        const QStringList lines = t.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) empty("br", {});
            m_x.writeStartElement(W, QStringLiteral("t"));
            m_x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_x.writeCharacters(lines[i]);
            m_x.writeEndElement();
        }
    }
    void run(const QString& t, bool bold = false) {
        open("r");
        if (bold) {
            open("rPr");
            empty("b", {});
            close();
        }
        text(t);
        close();
    }
    // A paragraph of a style; numbered at a level of the list when level >= 0, with numbering
    // switched off when level is kNotNumbered.
    static constexpr int kNotNumbered = -2;
    void paragraph(const QString& style, const QString& t, int level = -1, int indent = -1) {
        open("p");
        open("pPr");
        value("pStyle", style);
        if (level >= 0 || level == kNotNumbered) {
            open("numPr");
            if (level >= 0) value("ilvl", QString::number(level));
            value("numId", level >= 0 ? QStringLiteral("1") : QStringLiteral("0"));
            close();
        }
        if (indent >= 0) empty("ind", {{"left", QString::number(indent)}});
        close();
        if (!t.isEmpty()) run(t);
        close();
    }
    void field(const QString& instruction, const QString& shown) {
        open("fldSimple");
        m_x.writeAttribute(W, QStringLiteral("instr"), instruction);
        run(shown);
        close();
    }
    QByteArray finish() {
        m_x.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_x;
};

QByteArray plainXml(const QString& text) {
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") + text.toUtf8();
}

// Word's level for depth: the scheme's, and past its last level that level again numbering
// its own place (as NumberingScheme::label does).
core::NumberingScheme::Level wordLevel(const core::NumberingScheme& scheme, int depth) {
    core::NumberingScheme::Level level = scheme.level(depth);
    const int count = scheme.levels().isEmpty() ? 6 : int(scheme.levels().size());
    if (depth >= count) {
        level.text.replace(QStringLiteral("%") + QString::number(count), QStringLiteral("%") + QString::number(depth + 1));
    }
    return level;
}

// The first level Word's list numbers. Word and LibreOffice number a level on through its
// parents differently (LibreOffice ignores lvlRestart 0): where a level continues (第三條 under
// 第二章), the levels above it are written as text and the list begins at it, so that nothing
// above it restarts it. Not where a level below names a parent's number (1.1 under 1.).
int listFrom(const core::NumberingScheme& scheme) {
    int from = 0;
    for (int d = 1; d < scheme.levels().size() && from == 0; ++d) {
        if (scheme.level(d).continues) from = d;
    }
    for (int d = from; d < kLevels && from > 0; ++d) {
        for (int k = 1; k <= from; ++k) {
            if (scheme.level(d).text.contains(QStringLiteral("%") + QString::number(k))) return 0;
        }
    }
    return from;
}

QByteArray numbering(const core::NumberingScheme& scheme) {
    Part p(QStringLiteral("numbering"));
    p.open("abstractNum");
    p.x().writeAttribute(W, QStringLiteral("abstractNumId"), QStringLiteral("0"));
    p.value("multiLevelType", QStringLiteral("multilevel"));
    const int from = listFrom(scheme);
    for (int d = 0; d < kLevels; ++d) {
        core::NumberingScheme::Level level = wordLevel(scheme, d + from);
        for (int k = from + 1; k <= 9 && from > 0; ++k) {
            level.text.replace(QStringLiteral("%") + QString::number(k), QStringLiteral("%") + QString::number(k - from));
        }
        p.open("lvl");
        p.x().writeAttribute(W, QStringLiteral("ilvl"), QString::number(d));
        p.value("start", QStringLiteral("1"));
        p.value("numFmt", core::NumberingScheme::formatKey(level.format));
        if (level.continues) p.value("lvlRestart", QStringLiteral("0"));
        p.value("pStyle", QStringLiteral("Heading%1").arg(qMin(d + from, kLevels - 1) + 1));
        // A separator after the number is Word's suffix, not part of its text.
        const bool spaced = level.text.endsWith(QLatin1Char(' '));
        p.value("suff", spaced ? QStringLiteral("space") : QStringLiteral("nothing"));
        p.value("lvlText", level.text.trimmed());
        p.value("lvlJc", QStringLiteral("left"));
        p.open("pPr");
        p.empty("ind", {{"left", QString::number(kIndent * (d + 1))}, {"hanging", QString::number(kIndent)}});
        p.close();
        p.close();
    }
    p.close();
    p.open("num");
    p.x().writeAttribute(W, QStringLiteral("numId"), QStringLiteral("1"));
    p.value("abstractNumId", QStringLiteral("0"));
    p.close();
    return p.finish();
}

QByteArray styles() {
    Part p(QStringLiteral("styles"));
    p.open("docDefaults");
    p.open("rPrDefault");
    p.open("rPr");
    p.empty("rFonts", {{"ascii", kSerif}, {"hAnsi", kSerif}, {"eastAsia", kSerif}, {"cs", kSerif}, {"hint", QStringLiteral("eastAsia")}});
    p.value("sz", QStringLiteral("24"));
    p.value("szCs", QStringLiteral("24"));
    p.empty("lang", {{"val", QStringLiteral("en-US")}, {"eastAsia", QStringLiteral("zh-TW")}});
    p.close();
    p.close();
    p.open("pPrDefault");
    p.open("pPr");
    p.empty("spacing", {{"after", QStringLiteral("120")}, {"line", QStringLiteral("360")}, {"lineRule", QStringLiteral("auto")}});
    p.close();
    p.close();
    p.close();
    auto style = [&](const QString& id, const QString& name, int size, bool bold, const QString& font, int outline, bool centred) {
        p.open("style");
        p.x().writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
        p.x().writeAttribute(W, QStringLiteral("styleId"), id);
        if (id == QStringLiteral("Normal")) p.x().writeAttribute(W, QStringLiteral("default"), QStringLiteral("1"));
        p.value("name", name);
        if (id != QStringLiteral("Normal")) p.value("basedOn", QStringLiteral("Normal"));
        p.value("qFormat", QStringLiteral("1"));
        p.open("pPr");
        if (outline >= 0) {
            p.empty("keepNext", {});
            p.value("outlineLvl", QString::number(outline));
        }
        if (centred) p.value("jc", QStringLiteral("center"));
        p.close();
        p.open("rPr");
        if (!font.isEmpty()) p.empty("rFonts", {{"ascii", font}, {"hAnsi", font}, {"eastAsia", font}});
        if (bold) p.empty("b", {});
        if (size > 0) {
            p.value("sz", QString::number(size * 2));
            p.value("szCs", QString::number(size * 2));
        }
        p.close();
        p.close();
    };
    style(QStringLiteral("Normal"), QStringLiteral("Normal"), 12, false, QString(), -1, false);
    style(QStringLiteral("Organisation"), QStringLiteral("Organisation"), 16, true, kSans, -1, true);
    style(QStringLiteral("Title"), QStringLiteral("Title"), 20, true, kSans, -1, true);
    style(QStringLiteral("TitleField"), QStringLiteral("Title block field"), 12, false, QString(), -1, false);
    style(QStringLiteral("TOCHeading"), QStringLiteral("TOC Heading"), 16, true, kSans, -1, false);
    for (int d = 0; d < 4; ++d) {
        // Contents entries, indented by level.
        p.open("style");
        p.x().writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
        p.x().writeAttribute(W, QStringLiteral("styleId"), QStringLiteral("TOC%1").arg(d + 1));
        p.value("name", QStringLiteral("toc %1").arg(d + 1));
        p.value("basedOn", QStringLiteral("Normal"));
        p.open("pPr");
        p.empty("ind", {{"left", QString::number(kIndent * d)}});
        p.close();
        p.close();
    }
    for (int d = 0; d < kLevels; ++d) {
        style(QStringLiteral("Heading%1").arg(d + 1), QStringLiteral("heading %1").arg(d + 1), d == 0 ? 14 : 12, d <= 1,
              d == 0 ? kSans : QString(), d, false);
    }
    style(QStringLiteral("BodyText"), QStringLiteral("Body Text"), 12, false, QString(), -1, false);
    style(PolicyDocxExport::appendixStyle(), QStringLiteral("Revision history and approval"), 12, false, QString(), -1, false);
    style(QStringLiteral("Header"), QStringLiteral("header"), 9, false, QString(), -1, false);
    style(QStringLiteral("Footer"), QStringLiteral("footer"), 9, false, QString(), -1, false);
    return p.finish();
}

QByteArray fontTable() {
    // Where the Noto fonts are not installed (Windows), Word uses the font named beside them.
    return plainXml(QStringLiteral(
        "<w:fonts xmlns:w=\"%1\">"
        "<w:font w:name=\"Noto Serif CJK TC\"><w:altName w:val=\"新細明體\"/><w:charset w:val=\"88\"/><w:family w:val=\"roman\"/></w:font>"
        "<w:font w:name=\"Noto Sans CJK TC\"><w:altName w:val=\"微軟正黑體\"/><w:charset w:val=\"88\"/><w:family w:val=\"swiss\"/></w:font>"
        "</w:fonts>").arg(W));
}

QByteArray settings() {
    // The table of contents and the page count are fields: Word brings them up to date on opening.
    return plainXml(QStringLiteral("<w:settings xmlns:w=\"%1\"><w:updateFields w:val=\"true\"/>"
                                   "<w:defaultTabStop w:val=\"480\"/><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-TW\"/>"
                                   "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                                   "</w:settings>").arg(W));
}

QByteArray header(const PolicyCopyReport::Input& input) {
    Part p(QStringLiteral("hdr"));
    // A draft says so on every page, as its printed copy does.
    p.paragraph(QStringLiteral("Header"), PolicyCopyReport::headerLine(input));
    return p.finish();
}

QByteArray footer(const core::PolicyContent& c) {
    Part p(QStringLiteral("ftr"));
    p.open("p");
    p.open("pPr");
    p.value("pStyle", QStringLiteral("Footer"));
    p.value("jc", QStringLiteral("center"));
    p.close();
    p.run(QStringLiteral("第 "));
    p.field(QStringLiteral(" PAGE "), QStringLiteral("1"));
    p.run(QStringLiteral(" 頁，共 "));
    p.field(QStringLiteral(" NUMPAGES "), QStringLiteral("1"));
    p.run(QStringLiteral(" 頁　生效日期：") + (c.effectiveDate.isValid() ? core::RocDate::longForm(c.effectiveDate) : QStringLiteral("（未定）")));
    p.close();
    return p.finish();
}

void pageBreak(Part& p) {
    p.open("p");
    p.open("r");
    p.empty("br", {{"type", QStringLiteral("page")}});
    p.close();
    p.close();
}

// The contents as a field Word brings up to date on opening; its entries are written already
// (without page numbers), so that a word processor that does not update fields shows them too.
void tableOfContents(Part& p, const core::PolicyContent& c) {
    p.paragraph(QStringLiteral("TOCHeading"), QStringLiteral("目錄"));
    QList<std::pair<int, QString>> entries;
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        if (path.size() <= 4) entries.append({int(path.size()), c.numbering.label(path) + s.heading});
    });
    auto fieldChar = [&](const char* type) {
        p.open("r");
        p.empty("fldChar", {{"fldCharType", QString::fromLatin1(type)}});
        p.close();
    };
    for (qsizetype i = 0; i < qMax<qsizetype>(1, entries.size()); ++i) {
        p.open("p");
        p.open("pPr");
        p.value("pStyle", QStringLiteral("TOC%1").arg(entries.isEmpty() ? 1 : entries[i].first));
        p.close();
        if (i == 0) {
            fieldChar("begin");
            p.open("r");
            p.x().writeStartElement(W, QStringLiteral("instrText"));
            p.x().writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            p.x().writeCharacters(QStringLiteral(" TOC \\o \"1-4\" \\h \\z \\u "));
            p.close();
            p.close();
            fieldChar("separate");
        }
        if (!entries.isEmpty()) p.run(entries[i].second);
        if (i + 1 == qMax<qsizetype>(1, entries.size())) fieldChar("end");
        p.close();
    }
}

void table(Part& p, const QList<QStringList>& rows) {
    p.open("tbl");
    p.open("tblPr");
    p.empty("tblW", {{"w", QStringLiteral("5000")}, {"type", QStringLiteral("pct")}});
    p.open("tblBorders");
    for (const char* side : {"top", "bottom", "insideH"}) p.empty(side, {{"val", QStringLiteral("single")}, {"sz", QStringLiteral("4")}});
    p.close();
    p.close();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        p.open("tr");
        if (r == 0) {
            p.open("trPr");
            p.empty("tblHeader", {});
            p.close();
        }
        for (const QString& cell : rows[r]) {
            p.open("tc");
            p.open("p");
            p.open("pPr");
            p.value("pStyle", PolicyDocxExport::appendixStyle());
            p.close();
            p.run(cell, r == 0);
            p.close();
            p.close();
        }
        p.close();
    }
    p.close();
}

QByteArray document(const PolicyCopyReport::Input& input) {
    const core::PolicyContent& c = input.content;
    Part p(QStringLiteral("document"));
    p.open("body");
    if (!c.orgName.isEmpty()) p.paragraph(QStringLiteral("Organisation"), c.orgName);
    if (!c.orgNameEn.isEmpty()) p.paragraph(QStringLiteral("Organisation"), c.orgNameEn);
    p.paragraph(QStringLiteral("Title"), c.title);
    for (const QString& line : PolicyTextReport::fieldLines(c)) p.paragraph(QStringLiteral("TitleField"), line);
    pageBreak(p);
    tableOfContents(p, c);
    pageBreak(p);
    const int from = listFrom(c.numbering);
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const int depth = int(path.size()) - 1;
        const int level = qMin(depth, kLevels - 1);
        if (depth < from) {
            p.paragraph(QStringLiteral("Heading%1").arg(level + 1), c.numbering.label(path) + s.heading, Part::kNotNumbered);
        } else {
            p.paragraph(QStringLiteral("Heading%1").arg(level + 1), s.heading, qMin(depth - from, kLevels - 1));
        }
        for (const QString& text : s.paragraphs) p.paragraph(QStringLiteral("BodyText"), text, -1, kIndent * (level + 1));
    });
    // What the program adds after the text: the decided versions up to this one, and who approved it.
    const QList<QStringList> history = PolicyCopyReport::historyRows(input);
    const QString approval = PolicyCopyReport::approvalLine(input);
    // A heading of the appendix: bold, in its style, so that an import leaves it out too.
    const auto appendixHeading = [&p](const QString& text) {
        p.open("p");
        p.open("pPr");
        p.value("pStyle", PolicyDocxExport::appendixStyle());
        p.close();
        p.run(text, true);
        p.close();
    };
    p.paragraph(PolicyDocxExport::appendixStyle(), QString());
    appendixHeading(QStringLiteral("修訂紀錄"));
    table(p, history);
    appendixHeading(QStringLiteral("核定"));
    p.paragraph(PolicyDocxExport::appendixStyle(),
                approval);
    p.open("sectPr");
    p.empty("headerReference", {});
    p.x().writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    p.x().writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdHeader"));
    p.empty("footerReference", {});
    p.x().writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    p.x().writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    p.empty("pgSz", {{"w", QStringLiteral("11906")}, {"h", QStringLiteral("16838")}});
    p.empty("pgMar", {{"top", QStringLiteral("1440")}, {"right", QStringLiteral("1304")}, {"bottom", QStringLiteral("1440")},
                      {"left", QStringLiteral("1304")}, {"header", QStringLiteral("720")}, {"footer", QStringLiteral("720")},
                      {"gutter", QStringLiteral("0")}});
    p.close();
    p.close();
    return p.finish();
}

}  // namespace

QByteArray PolicyDocxExport::build(const PolicyCopyReport::Input& input) {
    const core::PolicyContent& c = input.content;
    const QString rels = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const QString main = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    auto relationship = [&](const char* id, const char* type, const char* target) {
        return QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>")
            .arg(QString::fromLatin1(id), rels, QString::fromLatin1(type), QString::fromLatin1(target));
    };
    QString coreProps = QStringLiteral(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>%1</dc:title><dc:identifier>%2</dc:identifier>"
        "<dc:language>zh-TW</dc:language><cp:version>%3</cp:version></cp:coreProperties>");
    const auto escaped = [](const QString& t) { return t.toHtmlEscaped(); };
    coreProps = coreProps.arg(escaped(c.title), escaped(c.code), escaped(c.version));
    return core::ZipArchive::write({
        {QStringLiteral("[Content_Types].xml"),
         plainXml(QStringLiteral(
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                      "<Override PartName=\"/word/document.xml\" ContentType=\"%1document.main+xml\"/>"
                      "<Override PartName=\"/word/styles.xml\" ContentType=\"%1styles+xml\"/>"
                      "<Override PartName=\"/word/numbering.xml\" ContentType=\"%1numbering+xml\"/>"
                      "<Override PartName=\"/word/settings.xml\" ContentType=\"%1settings+xml\"/>"
                      "<Override PartName=\"/word/fontTable.xml\" ContentType=\"%1fontTable+xml\"/>"
                      "<Override PartName=\"/word/header1.xml\" ContentType=\"%1header+xml\"/>"
                      "<Override PartName=\"/word/footer1.xml\" ContentType=\"%1footer+xml\"/>"
                      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                      "</Types>")
                      .arg(main))},
        {QStringLiteral("_rels/.rels"),
         plainXml(QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") +
                  relationship("rIdDocument", "officeDocument", "word/document.xml") +
                  QStringLiteral("<Relationship Id=\"rIdCore\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                                 "metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"))},
        {QStringLiteral("word/_rels/document.xml.rels"),
         plainXml(QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">") +
                  relationship("rIdStyles", "styles", "styles.xml") + relationship("rIdNumbering", "numbering", "numbering.xml") +
                  relationship("rIdSettings", "settings", "settings.xml") + relationship("rIdFonts", "fontTable", "fontTable.xml") +
                  relationship("rIdHeader", "header", "header1.xml") + relationship("rIdFooter", "footer", "footer1.xml") +
                  QStringLiteral("</Relationships>"))},
        {QStringLiteral("docProps/core.xml"), plainXml(coreProps)},
        {QStringLiteral("word/document.xml"), document(input)},
        {QStringLiteral("word/styles.xml"), styles()},
        {QStringLiteral("word/numbering.xml"), numbering(c.numbering)},
        {QStringLiteral("word/settings.xml"), settings()},
        {QStringLiteral("word/fontTable.xml"), fontTable()},
        {QStringLiteral("word/header1.xml"), header(input)},
        {QStringLiteral("word/footer1.xml"), footer(c)},
    });
}

void PolicyDocxExport::write(const PolicyCopyReport::Input& input, const QString& file) {
    const QByteArray bytes = build(input);
    core::SafeFile::write(file, [&](QIODevice& out) { out.write(bytes); });
}

}  // namespace isms::reports
