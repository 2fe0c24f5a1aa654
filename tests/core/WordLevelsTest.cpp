// What a word processor says about a paragraph's level, beyond the number it shows: two list
// levels that write their numbers alike ("1." under "1.") stay two levels, a heading style with
// no number is a section heading, and the level numbered on through chapters goes on; and what
// its tables are: a title block, or a revision history whose earlier rows become the versions
// before. The documents are written here part by part, as Word and LibreOffice write them.
#include "PolicyOutline.h"
#include "import/DocxReader.h"
#include "import/OdtReader.h"
#include "import/PolicyTextParser.h"

#include <gtest/gtest.h>

using namespace isms::core;

namespace {

const char* const kTitle =
    "<w:p><w:pPr><w:pStyle w:val=\"a3\"/></w:pPr><w:r><w:t>某某大學資通安全政策</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>文件編號：U-ISMS-01</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>版次：1.0</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>安全等級：■內部使用</w:t></w:r></w:p>";

// A paragraph: its style, and its list (numId, ilvl) where it has one.
QString paragraph(const QString& text, const QString& style = {}, int numId = 0, int ilvl = 0) {
    QString properties;
    if (!style.isEmpty()) properties += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    if (numId > 0) properties += QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>").arg(ilvl).arg(numId);
    return QStringLiteral("<w:p><w:pPr>%1</w:pPr><w:r><w:t>%2</w:t></w:r></w:p>").arg(properties, text);
}

QByteArray document(const QString& body) {
    return (QStringLiteral("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>") +
            QString::fromUtf8(kTitle) + body + QStringLiteral("</w:body></w:document>"))
        .toUtf8();
}

// One abstract list whose levels are (numFmt, lvlText), and numIds 1 and 2 using it.
QByteArray numbering(const QList<std::pair<QString, QString>>& levels) {
    QString out = QStringLiteral("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                 "<w:abstractNum w:abstractNumId=\"0\">");
    for (int i = 0; i < levels.size(); ++i) {
        out += QStringLiteral("<w:lvl w:ilvl=\"%1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"%2\"/><w:lvlText w:val=\"%3\"/></w:lvl>")
                   .arg(i)
                   .arg(levels[i].first, levels[i].second);
    }
    out += QStringLiteral("</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
                          "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num></w:numbering>");
    return out.toUtf8();
}

// Styles as a Chinese Word writes them: ids "1" and "2" named "heading 1" and "heading 2", and
// a Title style with no outline level.
const QByteArray kStyles =
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr><w:keepNext/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"Sub heading\"/><w:basedOn w:val=\"2\"/></w:style>"
    "</w:styles>";

QString outline(const DocumentText& paragraphs, QList<ImportWarning>* warnings = nullptr) {
    PolicyTextParser parser;
    const QString out = isms::test::policyOutline(parser.parseDocument(paragraphs));
    if (warnings) *warnings = parser.warnings();
    return out.mid(out.indexOf(QStringLiteral("numbering:")));
}

}  // namespace

TEST(WordLevels, ListLevelsThatWriteTheirNumbersAlikeStayTwoLevels) {
    const QByteArray body = document(paragraph(QStringLiteral("目的"), {}, 1, 0) +
                                     paragraph(QStringLiteral("保護本校資訊資產。"), {}, 1, 1) +
                                     paragraph(QStringLiteral("確保業務持續運作。"), {}, 1, 1) +
                                     paragraph(QStringLiteral("範圍"), {}, 1, 0) +
                                     paragraph(QStringLiteral("本校各單位。"), {}, 1, 1) +
                                     paragraph(QStringLiteral("含附屬單位。"), {}, 1, 2));
    const QByteArray levels = numbering({{QStringLiteral("decimal"), QStringLiteral("%1.")},
                                         {QStringLiteral("decimal"), QStringLiteral("%2.")},
                                         {QStringLiteral("decimal"), QStringLiteral("(%3)")}});
    QList<ImportWarning> warnings;
    EXPECT_EQ(outline(DocxReader::paragraphs(body, levels, kStyles), &warnings).toStdString(),
              "numbering: 1.／1.／(1)\n--\n"
              "1. 目的\n"
              "  1. 保護本校資訊資產。\n"
              "  2. 確保業務持續運作。\n"
              "2. 範圍\n"
              "  1. 本校各單位。\n"
              "    (1)含附屬單位。\n");
    EXPECT_TRUE(warnings.isEmpty()) << warnings.first().text.toStdString();
}

TEST(WordLevels, AHeadingStyleWithNoNumberIsASectionHeading) {
    const QByteArray body = document(paragraph(QStringLiteral("總則"), QStringLiteral("1")) +
                                     paragraph(QStringLiteral("目的"), QStringLiteral("2")) +
                                     paragraph(QStringLiteral("為確保本校資訊資產之安全，特訂定本政策。")) +
                                     paragraph(QStringLiteral("適用範圍"), QStringLiteral("Sub")) +
                                     paragraph(QStringLiteral("本校各單位。"), {}, 1, 0) +
                                     paragraph(QStringLiteral("委外廠商。"), {}, 1, 0) +
                                     paragraph(QStringLiteral("組織"), QStringLiteral("1")) +
                                     paragraph(QStringLiteral("資安委員會"), QStringLiteral("2")) +
                                     paragraph(QStringLiteral("審議資通安全政策。"), {}, 2, 0) +
                                     paragraph(QStringLiteral("督導資安工作。"), {}, 2, 0));
    const QByteArray levels = numbering({{QStringLiteral("taiwaneseCountingThousand"), QStringLiteral("%1、")}});
    EXPECT_EQ(outline(DocxReader::paragraphs(body, levels, kStyles)).toStdString(),
              "numbering: (unnumbered)／(unnumbered)／一、\n--\n"
              "總則\n"
              "  目的\n"
              "    | 為確保本校資訊資產之安全，特訂定本政策。\n"
              "  適用範圍\n"
              "    一、本校各單位。\n"
              "    二、委外廠商。\n"
              "組織\n"
              "  資安委員會\n"
              "    一、審議資通安全政策。\n"
              "    二、督導資安工作。\n");
}

TEST(WordLevels, AListInAListUnderADeeperHeadingStaysNested) {
    // The nested level was first seen one level up (under a Heading 1); under a Heading 2 it
    // still goes under its own item, and the warnings name only a real difference.
    const QByteArray body = document(paragraph(QStringLiteral("適用範圍"), QStringLiteral("1")) +
                                     paragraph(QStringLiteral("委外廠商："), {}, 1, 0) +
                                     paragraph(QStringLiteral("駐點人員。"), {}, 1, 1) +
                                     paragraph(QStringLiteral("管理原則"), QStringLiteral("1")) +
                                     paragraph(QStringLiteral("存取控制"), QStringLiteral("2")) +
                                     paragraph(QStringLiteral("職責分離原則："), {}, 2, 0) +
                                     paragraph(QStringLiteral("申請與核准應由不同人員為之。"), {}, 2, 1) +
                                     paragraph(QStringLiteral("系統管理與稽核應分開。"), {}, 2, 1));
    const QByteArray levels = numbering({{QStringLiteral("decimal"), QStringLiteral("%1.")},
                                         {QStringLiteral("decimal"), QStringLiteral("%2.")}});
    QList<ImportWarning> warnings;
    EXPECT_EQ(outline(DocxReader::paragraphs(body, levels, kStyles), &warnings).toStdString(),
              "numbering: (unnumbered)／1.／1.／1.\n--\n"
              "適用範圍\n  1. 委外廠商：\n    1. 駐點人員。\n"
              "管理原則\n  1. 存取控制\n    1. 職責分離原則：\n"
              "      1. 申請與核准應由不同人員為之。\n      2. 系統管理與稽核應分開。\n");
    // One level numbered two ways (a heading without a number where items are 1.), said once.
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].text.contains(QStringLiteral("存取控制")));
}

TEST(WordLevels, ArticlesThatWordNumbersOnThroughChaptersGoOn) {
    // Chapters as Heading 1 (第%1章), articles as Heading 2 (第%2條) that never restart.
    const QByteArray levels =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"taiwaneseCountingThousand\"/><w:lvlText w:val=\"第%1章\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"taiwaneseCountingThousand\"/><w:lvlRestart w:val=\"0\"/>"
        "<w:lvlText w:val=\"第%2條\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    const QByteArray body = document(paragraph(QStringLiteral("總則"), QStringLiteral("1"), 1, 0) +
                                     paragraph(QStringLiteral("本規定依法訂定。"), QStringLiteral("2"), 1, 1) +
                                     paragraph(QStringLiteral("本規定適用於本校。"), QStringLiteral("2"), 1, 1) +
                                     paragraph(QStringLiteral("附則"), QStringLiteral("1"), 1, 0) +
                                     paragraph(QStringLiteral("本規定自發布日施行。"), QStringLiteral("2"), 1, 1));
    EXPECT_EQ(outline(DocxReader::paragraphs(body, levels, kStyles)).toStdString(),
              "numbering: 第一章／第一條 (numbered on through the document)\n--\n"
              "第一章 總則\n"
              "  第一條 本規定依法訂定。\n"
              "  第二條 本規定適用於本校。\n"
              "第二章 附則\n"
              "  第三條 本規定自發布日施行。\n");
}

TEST(WordLevels, OpenDocumentHeadingsWithoutNumbersAndNestedListsAlike) {
    // LibreOffice's way: headings with no outline numbering, a list nested in a list, both "1.".
    const QByteArray styles =
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\">"
        "<office:styles><text:outline-style style:name=\"Outline\">"
        "<text:outline-level-style text:level=\"1\" style:num-format=\"\"/><text:outline-level-style text:level=\"2\" style:num-format=\"\"/>"
        "</text:outline-style><text:list-style style:name=\"L1\">"
        "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
        "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" style:num-suffix=\".\"/>"
        "</text:list-style></office:styles></office:document-styles>";
    const QByteArray content =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
        "<text:p text:style-name=\"Title\">某某大學資通安全政策</text:p>"
        "<text:p>文件編號：U-ISMS-01</text:p><text:p>版次：1.0</text:p>"
        "<text:h text:outline-level=\"1\">政策目標</text:h>"
        "<text:list text:style-name=\"L1\">"
        "<text:list-item><text:p>機密性</text:p><text:list><text:list-item><text:p>限制存取。</text:p></text:list-item>"
        "<text:list-item><text:p>加密傳輸。</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>完整性</text:p></text:list-item></text:list>"
        "<text:h text:outline-level=\"1\">權責</text:h>"
        "<text:p>由資安長督導。</text:p>"
        "</office:text></office:body></office:document-content>";
    EXPECT_EQ(outline(OdtReader::paragraphs(content, styles)).toStdString(),
              "numbering: (unnumbered)／1.／1.\n--\n"
              "政策目標\n"
              "  1. 機密性\n"
              "    1. 限制存取。\n"
              "    2. 加密傳輸。\n"
              "  2. 完整性\n"
              "權責\n"
              "  | 由資安長督導。\n");
}

namespace {

QString row(const QStringList& cells) {
    QString out = QStringLiteral("<w:tr>");
    for (const QString& c : cells) out += QStringLiteral("<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>").arg(c);
    return out + QStringLiteral("</w:tr>");
}

}  // namespace

TEST(WordTables, ATitleBlockTableAndARevisionHistoryTable) {
    // Word: the title block in a table, then 修訂紀錄 and its table (header 版次 | 日期 | 修訂內容 |
    // 修訂人 | 核定), then the body.
    const QByteArray body = document(
        QStringLiteral("<w:tbl>") + row({QStringLiteral("文件編號"), QStringLiteral("TY-ISMS-02"), QStringLiteral("版次"), QStringLiteral("2.0")}) +
        row({QStringLiteral("生效日期"), QStringLiteral("114年6月1日"), QStringLiteral("機密等級"), QStringLiteral("內部使用")}) + QStringLiteral("</w:tbl>") +
        paragraph(QStringLiteral("修訂紀錄")) + QStringLiteral("<w:tbl>") +
        row({QStringLiteral("版次"), QStringLiteral("日期"), QStringLiteral("修訂內容"), QStringLiteral("修訂人"), QStringLiteral("核定")}) +
        row({QStringLiteral("1.0"), QStringLiteral("110/03/15"), QStringLiteral("初版發行"), QStringLiteral("王小明"), QStringLiteral("局長")}) +
        row({QStringLiteral("1.1"), QStringLiteral("112/08/01"), QStringLiteral("調整第三點"), QStringLiteral("李大華"), QStringLiteral("副局長")}) +
        row({QStringLiteral("2.0"), QStringLiteral("114/06/01"), QStringLiteral("全面改版"), QStringLiteral("陳美玲"), QStringLiteral("局長")}) +
        QStringLiteral("</w:tbl>") + paragraph(QStringLiteral("壹、目的")) + paragraph(QStringLiteral("為確保資通安全，特訂定本政策。")));
    PolicyTextParser parser;
    const PolicyContent c = parser.parseDocument(DocxReader::paragraphs(body, {}, kStyles));
    EXPECT_EQ(c.code, QStringLiteral("TY-ISMS-02"));
    EXPECT_EQ(c.version, QStringLiteral("2.0"));
    EXPECT_EQ(c.effectiveDate, QDate(2025, 6, 1));
    EXPECT_EQ(c.changeSummary, QStringLiteral("全面改版"));
    EXPECT_TRUE(c.notice.isEmpty()) << c.notice.toStdString();
    ASSERT_EQ(c.earlierVersions.size(), 2);
    // The approver from the column its header names so; the reviser is none.
    EXPECT_EQ(c.earlierVersions[0], (EarlierVersion{QStringLiteral("1.0"), QDate(2021, 3, 15), QStringLiteral("初版發行"), QStringLiteral("局長")}));
    EXPECT_EQ(c.earlierVersions[1].approver, QStringLiteral("副局長"));
    ASSERT_EQ(c.sections.size(), 1u);
    EXPECT_EQ(c.sections[0].heading, QStringLiteral("目的"));
}

TEST(WordTables, OpenDocumentTablesAreReadTheSameWay) {
    const auto cell = [](const QString& t) { return QStringLiteral("<table:table-cell><text:p>%1</text:p></table:table-cell>").arg(t); };
    const QString content =
        QStringLiteral("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                       "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>"
                       "<text:p>某某局資通安全政策</text:p><table:table><table:table-row>") +
        cell(QStringLiteral("文件編號")) + cell(QStringLiteral("TY-ISMS-01")) + cell(QStringLiteral("版次")) + cell(QStringLiteral("2.0")) +
        QStringLiteral("</table:table-row></table:table><text:p>修訂紀錄</text:p><table:table><table:table-row>") +
        cell(QStringLiteral("版次")) + cell(QStringLiteral("日期")) + cell(QStringLiteral("修訂內容")) +
        QStringLiteral("</table:table-row><table:table-row>") + cell(QStringLiteral("1.1")) + cell(QStringLiteral("112/08/01")) +
        cell(QStringLiteral("調整第三點")) + QStringLiteral("</table:table-row></table:table>"
                                                         "<text:p>壹、目的</text:p><text:p>為確保資通安全。</text:p>"
                                                         "</office:text></office:body></office:document-content>");
    const PolicyContent c = PolicyTextParser().parseDocument(OdtReader::paragraphs(content.toUtf8(), {}));
    EXPECT_EQ(c.code, QStringLiteral("TY-ISMS-01"));
    EXPECT_EQ(c.version, QStringLiteral("2.0"));
    EXPECT_EQ(c.title, QStringLiteral("某某局資通安全政策"));
    ASSERT_EQ(c.earlierVersions.size(), 1);
    EXPECT_EQ(c.earlierVersions[0].changeSummary, QStringLiteral("調整第三點"));
    EXPECT_TRUE(c.earlierVersions[0].approver.isEmpty());
}
