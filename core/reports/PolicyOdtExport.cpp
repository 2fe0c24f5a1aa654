#include "PolicyOdtExport.h"

#include "PolicyDocxExport.h"
#include "PolicyTextReport.h"
#include "domain/RocDate.h"
#include "import/ZipArchive.h"
#include "storage/SafeFile.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace isms::reports {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kSerif = QStringLiteral("Noto Serif CJK TC");
const QString kSans = QStringLiteral("Noto Sans CJK TC");
constexpr int kLevels = 10;  // OpenDocument's outline levels

class Xml {
public:
    explicit Xml(const QString& root) : m_x(&m_bytes) {
        m_x.writeStartDocument();
        m_x.writeNamespace(kOffice, QStringLiteral("office"));
        m_x.writeNamespace(kStyle, QStringLiteral("style"));
        m_x.writeNamespace(kText, QStringLiteral("text"));
        m_x.writeNamespace(kTable, QStringLiteral("table"));
        m_x.writeNamespace(kFo, QStringLiteral("fo"));
        m_x.writeNamespace(kSvg, QStringLiteral("svg"));
        m_x.writeStartElement(kOffice, root);
        m_x.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    }
    QXmlStreamWriter& x() { return m_x; }
    void open(const QString& ns, const char* name) { m_x.writeStartElement(ns, QString::fromLatin1(name)); }
    void close() { m_x.writeEndElement(); }
    void attr(const QString& ns, const char* name, const QString& value) { m_x.writeAttribute(ns, QString::fromLatin1(name), value); }
    // Text with its line breaks and runs of spaces as OpenDocument writes them.
    void text(const QString& t) {
        QString run;
        auto flush = [&] {
            if (!run.isEmpty()) m_x.writeCharacters(run);
            run.clear();
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == u'\n') {
                flush();
                m_x.writeEmptyElement(kText, QStringLiteral("line-break"));
            } else if (c == u'\t') {
                flush();
                m_x.writeEmptyElement(kText, QStringLiteral("tab"));
            } else if (c == u' ' && (run.endsWith(u' ') || run.isEmpty())) {
                flush();
                m_x.writeEmptyElement(kText, QStringLiteral("s"));
            } else {
                run += c;
            }
        }
        flush();
    }
    void paragraph(const QString& style, const QString& t) {
        open(kText, "p");
        attr(kText, "style-name", style);
        text(t);
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

void fontFaces(Xml& d) {
    d.open(kOffice, "font-face-decls");
    for (const QString& font : {kSerif, kSans}) {
        d.open(kStyle, "font-face");
        d.attr(kStyle, "name", font);
        d.attr(kSvg, "font-family", QStringLiteral("'%1'").arg(font));
        d.close();
    }
    d.close();
}

// The word processor's number format for ours: OpenDocument names the Chinese ones by their first
// three numbers.
QString numFormat(core::NumberingScheme::Format f) {
    using F = core::NumberingScheme::Format;
    switch (f) {
    case F::Decimal: return QStringLiteral("1");
    case F::ChineseLegal: return QStringLiteral("壹, 貳, 參, ...");
    case F::Chinese: return QStringLiteral("一, 二, 三, ...");
    case F::Stems: return QStringLiteral("甲, 乙, 丙, ...");
    case F::UpperLetter: return QStringLiteral("A");
    case F::LowerLetter: return QStringLiteral("a");
    case F::None:
    case F::Bullet: break;
    }
    return {};
}

void outlineStyle(Xml& d, const core::NumberingScheme& scheme) {
    d.open(kText, "outline-style");
    d.attr(kStyle, "name", QStringLiteral("Outline"));
    const int count = scheme.levels().isEmpty() ? 6 : int(scheme.levels().size());
    for (int level = 1; level <= kLevels; ++level) {
        const core::NumberingScheme::Level l = scheme.level(level - 1);
        // "%1.%2 " shows two levels; the text before the first number and after the last one
        // are the prefix and suffix.
        const qsizetype first = l.text.indexOf(u'%');
        const qsizetype last = l.text.lastIndexOf(u'%');
        const int shown = int(l.text.count(u'%'));
        d.open(kText, "outline-level-style");
        d.attr(kText, "level", QString::number(level));
        if (l.format == core::NumberingScheme::Format::Bullet || first < 0) {
            d.attr(kStyle, "num-format", QString());
            d.attr(kStyle, "num-prefix", l.text.trimmed());
            d.attr(kStyle, "num-suffix", l.text.isEmpty() ? QString() : QStringLiteral(" "));
        } else {
            d.attr(kStyle, "num-format", numFormat(l.format));
            d.attr(kStyle, "num-prefix", l.text.left(first));
            d.attr(kStyle, "num-suffix", l.text.mid(last + 2));
            if (shown > 1 && level - 1 < count) d.attr(kText, "display-levels", QString::number(shown));
        }
        d.open(kStyle, "list-level-properties");
        d.attr(kText, "list-level-position-and-space-mode", QStringLiteral("label-alignment"));
        d.open(kStyle, "list-level-label-alignment");
        d.attr(kText, "label-followed-by", QStringLiteral("nothing"));
        d.attr(kFo, "margin-left", QStringLiteral("%1cm").arg(0.85 * level, 0, 'f', 2));
        d.attr(kFo, "text-indent", QStringLiteral("-0.85cm"));
        d.close();
        d.close();
        d.close();
    }
    d.close();
}

void paragraphStyle(Xml& d, const QString& name, const QString& display, double points, bool bold, const QString& font,
                    int outline, bool centred, const QString& extra = {}) {
    d.open(kStyle, "style");
    d.attr(kStyle, "name", name);
    d.attr(kStyle, "display-name", display);
    d.attr(kStyle, "family", QStringLiteral("paragraph"));
    if (name != QStringLiteral("Standard")) d.attr(kStyle, "parent-style-name", QStringLiteral("Standard"));
    if (outline > 0) d.attr(kStyle, "default-outline-level", QString::number(outline));
    d.open(kStyle, "paragraph-properties");
    d.attr(kFo, "margin-bottom", QStringLiteral("0.2cm"));
    if (centred) d.attr(kFo, "text-align", QStringLiteral("center"));
    if (outline > 0) d.attr(kFo, "keep-with-next", QStringLiteral("always"));
    if (extra == QStringLiteral("break")) d.attr(kFo, "break-before", QStringLiteral("page"));
    d.close();
    d.open(kStyle, "text-properties");
    const QString size = QStringLiteral("%1pt").arg(points);
    d.attr(kFo, "font-size", size);
    d.attr(kStyle, "font-size-asian", size);
    if (!font.isEmpty()) {
        d.attr(kStyle, "font-name", font);
        d.attr(kStyle, "font-name-asian", font);
    }
    if (bold) {
        d.attr(kFo, "font-weight", QStringLiteral("bold"));
        d.attr(kStyle, "font-weight-asian", QStringLiteral("bold"));
    }
    d.close();
    d.close();
}

QByteArray styles(const PolicyCopyReport::Input& input) {
    const core::PolicyContent& c = input.content;
    Xml d(QStringLiteral("document-styles"));
    fontFaces(d);
    d.open(kOffice, "styles");
    d.open(kStyle, "default-style");
    d.attr(kStyle, "family", QStringLiteral("paragraph"));
    d.open(kStyle, "text-properties");
    d.attr(kStyle, "font-name", kSerif);
    d.attr(kStyle, "font-name-asian", kSerif);
    d.attr(kFo, "font-size", QStringLiteral("12pt"));
    d.attr(kStyle, "font-size-asian", QStringLiteral("12pt"));
    d.attr(kFo, "language", QStringLiteral("en"));
    d.attr(kFo, "country", QStringLiteral("US"));
    d.attr(kStyle, "language-asian", QStringLiteral("zh"));
    d.attr(kStyle, "country-asian", QStringLiteral("TW"));
    d.close();
    d.close();
    paragraphStyle(d, QStringLiteral("Standard"), QStringLiteral("Default"), 12, false, QString(), 0, false);
    paragraphStyle(d, QStringLiteral("Organisation"), QStringLiteral("Organisation"), 16, true, kSans, 0, true);
    paragraphStyle(d, QStringLiteral("Title"), QStringLiteral("Title"), 20, true, kSans, 0, true);
    paragraphStyle(d, QStringLiteral("TitleField"), QStringLiteral("Title block field"), 12, false, QString(), 0, false);
    paragraphStyle(d, QStringLiteral("Contents_20_Heading"), QStringLiteral("Contents Heading"), 16, true, kSans, 0, false, QStringLiteral("break"));
    for (int level = 1; level <= kLevels; ++level) {
        paragraphStyle(d, QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
                       level == 1 ? 14 : 12, level <= 2, level == 1 ? kSans : QString(), level, false);
    }
    paragraphStyle(d, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), 12, false, QString(), 0, false);
    paragraphStyle(d, PolicyDocxExport::appendixStyle(), QStringLiteral("Revision history and approval"), 12, false, QString(), 0, false);
    paragraphStyle(d, QStringLiteral("Header"), QStringLiteral("Header"), 9, false, QString(), 0, false);
    paragraphStyle(d, QStringLiteral("Footer"), QStringLiteral("Footer"), 9, false, QString(), 0, true);
    outlineStyle(d, c.numbering);
    d.close();
    d.open(kOffice, "automatic-styles");
    d.open(kStyle, "page-layout");
    d.attr(kStyle, "name", QStringLiteral("A4"));
    d.open(kStyle, "page-layout-properties");
    d.attr(kFo, "page-width", QStringLiteral("21cm"));
    d.attr(kFo, "page-height", QStringLiteral("29.7cm"));
    for (const char* side : {"margin-top", "margin-bottom"}) d.attr(kFo, side, QStringLiteral("2cm"));
    for (const char* side : {"margin-left", "margin-right"}) d.attr(kFo, side, QStringLiteral("2.3cm"));
    d.close();
    d.close();
    d.close();
    d.open(kOffice, "master-styles");
    d.open(kStyle, "master-page");
    d.attr(kStyle, "name", QStringLiteral("Standard"));
    d.attr(kStyle, "page-layout-name", QStringLiteral("A4"));
    d.open(kStyle, "header");
    d.paragraph(QStringLiteral("Header"), PolicyCopyReport::headerLine(input));
    d.close();
    d.open(kStyle, "footer");
    d.open(kText, "p");
    d.attr(kText, "style-name", QStringLiteral("Footer"));
    d.text(QStringLiteral("第 "));
    d.open(kText, "page-number");
    d.attr(kText, "select-page", QStringLiteral("current"));
    d.x().writeCharacters(QStringLiteral("1"));
    d.close();
    d.text(QStringLiteral(" 頁，共 "));
    d.open(kText, "page-count");
    d.x().writeCharacters(QStringLiteral("1"));
    d.close();
    d.text(QStringLiteral(" 頁　生效日期：") + (c.effectiveDate.isValid() ? core::RocDate::longForm(c.effectiveDate) : QStringLiteral("（未定）")));
    d.close();
    d.close();
    d.close();
    d.close();
    return d.finish();
}

QByteArray content(const PolicyCopyReport::Input& input) {
    const core::PolicyContent& c = input.content;
    Xml d(QStringLiteral("document-content"));
    fontFaces(d);
    d.open(kOffice, "automatic-styles");
    // A section's paragraphs stand under its heading's text.
    for (int level = 1; level <= kLevels; ++level) {
        d.open(kStyle, "style");
        d.attr(kStyle, "name", QStringLiteral("Body%1").arg(level));
        d.attr(kStyle, "family", QStringLiteral("paragraph"));
        d.attr(kStyle, "parent-style-name", QStringLiteral("Text_20_body"));
        d.open(kStyle, "paragraph-properties");
        d.attr(kFo, "margin-left", QStringLiteral("%1cm").arg(0.85 * level, 0, 'f', 2));
        d.close();
        d.close();
    }
    // The appendix's headings stay with what follows them; the history table has its rules.
    const QString appendix = PolicyDocxExport::appendixStyle();
    d.open(kStyle, "style");
    d.attr(kStyle, "name", appendix + QStringLiteral("Heading"));
    d.attr(kStyle, "family", QStringLiteral("paragraph"));
    d.attr(kStyle, "parent-style-name", appendix);
    d.open(kStyle, "paragraph-properties");
    d.attr(kFo, "keep-with-next", QStringLiteral("always"));
    d.attr(kFo, "margin-top", QStringLiteral("0.4cm"));
    d.close();
    d.open(kStyle, "text-properties");
    d.attr(kFo, "font-weight", QStringLiteral("bold"));
    d.attr(kStyle, "font-weight-asian", QStringLiteral("bold"));
    d.close();
    d.close();
    d.open(kStyle, "style");
    d.attr(kStyle, "name", QStringLiteral("HistoryCell"));
    d.attr(kStyle, "family", QStringLiteral("table-cell"));
    d.open(kStyle, "table-cell-properties");
    d.attr(kFo, "border", QStringLiteral("0.5pt solid #000000"));
    d.attr(kFo, "padding", QStringLiteral("0.1cm"));
    d.close();
    d.close();
    d.close();
    d.open(kOffice, "body");
    d.open(kOffice, "text");
    if (!c.orgName.isEmpty()) d.paragraph(QStringLiteral("Organisation"), c.orgName);
    if (!c.orgNameEn.isEmpty()) d.paragraph(QStringLiteral("Organisation"), c.orgNameEn);
    d.paragraph(QStringLiteral("Title"), c.title);
    for (const QString& line : PolicyTextReport::fieldLines(c)) d.paragraph(QStringLiteral("TitleField"), line);
    // The contents, filled by the word processor (Tools ▸ Update) from the headings.
    d.open(kText, "table-of-content");
    d.attr(kText, "name", QStringLiteral("Contents"));
    d.open(kText, "table-of-content-source");
    d.attr(kText, "outline-level", QStringLiteral("4"));
    d.open(kText, "index-title-template");
    d.attr(kText, "style-name", QStringLiteral("Contents_20_Heading"));
    d.x().writeCharacters(QStringLiteral("目錄"));
    d.close();
    d.close();
    d.open(kText, "index-body");
    d.open(kText, "index-title");
    d.attr(kText, "name", QStringLiteral("Contents_Head"));
    d.paragraph(QStringLiteral("Contents_20_Heading"), QStringLiteral("目錄"));
    d.close();
    d.paragraph(QStringLiteral("Standard"), QStringLiteral("（目錄請以「工具 ▸ 更新 ▸ 全部更新」產生。）"));
    d.close();
    d.close();
    c.numbering.forEachNumbered(c.sections, [&](const core::PolicySection& s, const QList<int>& path) {
        const int level = qMin(int(path.size()), kLevels);
        d.open(kText, "h");
        d.attr(kText, "style-name", QStringLiteral("Heading_20_%1").arg(level));
        d.attr(kText, "outline-level", QString::number(level));
        if (c.numbering.level(level - 1).continues) {
            // OpenDocument's outline numbering starts a level again under each parent; a heading
            // of a level that continues says its own number.
            d.attr(kText, "restart-numbering", QStringLiteral("true"));
            d.attr(kText, "start-value", QString::number(path.last() + 1));
        }
        d.text(s.heading);
        d.close();
        for (const QString& p : s.paragraphs) d.paragraph(QStringLiteral("Body%1").arg(level), p);
    });
    d.paragraph(appendix, QString());
    d.paragraph(appendix + QStringLiteral("Heading"), QStringLiteral("修訂紀錄"));
    d.open(kTable, "table");
    d.attr(kTable, "name", QStringLiteral("History"));
    d.open(kTable, "table-column");
    d.attr(kTable, "number-columns-repeated", QStringLiteral("4"));
    d.close();
    const QList<QStringList> rows = PolicyCopyReport::historyRows(input);
    const QString approval = PolicyCopyReport::approvalLine(input);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        // The heading row again at the top of each page the table runs onto.
        if (r == 0) d.open(kTable, "table-header-rows");
        d.open(kTable, "table-row");
        for (const QString& cell : rows[r]) {
            d.open(kTable, "table-cell");
            d.attr(kTable, "style-name", QStringLiteral("HistoryCell"));
            d.attr(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"), "value-type", QStringLiteral("string"));
            d.paragraph(appendix, cell);
            d.close();
        }
        d.close();
        if (r == 0) d.close();
    }
    d.close();
    d.paragraph(appendix + QStringLiteral("Heading"), QStringLiteral("核定"));
    d.paragraph(appendix, approval);
    d.close();
    d.close();
    return d.finish();
}

}  // namespace

QByteArray PolicyOdtExport::build(const PolicyCopyReport::Input& input) {
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    return core::ZipArchive::write({{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
                                    {QStringLiteral("META-INF/manifest.xml"), manifest},
                                    {QStringLiteral("content.xml"), content(input)},
                                    {QStringLiteral("styles.xml"), styles(input)}});
}

void PolicyOdtExport::write(const PolicyCopyReport::Input& input, const QString& file) {
    const QByteArray bytes = build(input);
    core::SafeFile::write(file, [&](QIODevice& out) { out.write(bytes); });
}

}  // namespace isms::reports
