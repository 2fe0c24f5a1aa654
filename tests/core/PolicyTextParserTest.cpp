#include "TestFiles.h"
#include "domain/Error.h"
#include "import/NumberMarker.h"
#include "import/PolicyTextParser.h"
#include "PolicyTextReport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

void countByDepth(const std::vector<PolicySection>& sections, int depth, std::vector<int>& counts) {
    if (sections.empty()) return;
    if (int(counts.size()) <= depth) counts.resize(depth + 1);
    for (const auto& s : sections) {
        ++counts[depth];
        countByDepth(s.children, depth + 1, counts);
    }
}

// The seed's body lines: everything after its table of contents.
QStringList seedBodyLines() {
    const QStringList lines = QString::fromUtf8(TestFiles::seedPolicy()).split(QLatin1Char('\n'));
    const qsizetype start = lines.lastIndexOf(QStringLiteral("壹、目的"));
    QStringList body;
    for (qsizetype i = start; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.startsWith(QStringLiteral("- "))) line = line.mid(2);
        if (!line.isEmpty()) body << line;
    }
    return body;
}

}  // namespace

TEST(PolicyTextParser, SeedTitleBlock) {
    const PolicyContent p = PolicyTextParser().parse(TestFiles::seedPolicy());
    EXPECT_EQ(p.orgName, QStringLiteral("高雄市政府民政局"));
    EXPECT_EQ(p.orgNameEn, QStringLiteral("Civil Affairs Bureau, Kaohsiung City Government"));
    EXPECT_EQ(p.title, QStringLiteral("暨所屬機關 資通安全管理制度 政策"));
    EXPECT_EQ(p.code, QStringLiteral("ISMS-01-01"));
    EXPECT_EQ(p.version, QStringLiteral("2.0"));
    EXPECT_EQ(p.effectiveDate, QDate(2025, 9, 11));
    EXPECT_EQ(p.classification, Classification::Internal);
    EXPECT_EQ(p.notice, QStringLiteral("使用本文件前，如對版本有疑問，請與資通安全執行小組確認最新版次。"));
}

TEST(PolicyTextParser, SeedSectionTreeSkipsTheTableOfContents) {
    const PolicyContent p = PolicyTextParser().parse(TestFiles::seedPolicy());
    std::vector<int> counts;
    countByDepth(p.sections, 0, counts);
    ASSERT_EQ(counts.size(), 4u);
    EXPECT_EQ(counts[0], 5);   // 壹 … 伍
    EXPECT_EQ(counts[1], 13);  // 貳 5 references, 參 3 scopes, 肆 一 … 五
    EXPECT_EQ(counts[2], 13);  // (一) … under 肆
    EXPECT_EQ(counts[3], 8);   // the 8 objectives
    ASSERT_EQ(p.sections.size(), 5u);
    EXPECT_EQ(p.sections[0].heading, QStringLiteral("目的"));
    EXPECT_EQ(p.sections[3].heading, QStringLiteral("處理原則"));
    const auto& goals = p.sections[3].children[0].children[1];
    ASSERT_EQ(goals.children.size(), 8u);
    EXPECT_EQ(goals.children[7].heading, QStringLiteral("確保每半年一次社交工程演練成績為合格。"));
    const auto& policy = p.sections[3].children[0].children[0];
    EXPECT_EQ(policy.paragraphs, QStringList({QStringLiteral("強化人員認知、避免資料外洩"),
                                              QStringLiteral("落實日常維運、確保服務可用")}));
}

TEST(PolicyTextParser, JoinsLinesThatAPageBreakSplit) {
    const PolicyContent p = PolicyTextParser().parse(TestFiles::seedPolicy());
    const auto& goals = p.sections[3].children[0].children[1];
    EXPECT_EQ(goals.children[5].heading, QStringLiteral("確保本局暨所屬機關關鍵核心系統維持一定水準的系統可用性。"));
    EXPECT_TRUE(goals.children[5].paragraphs.isEmpty());
    const auto& publication = p.sections[3].children[4];
    ASSERT_EQ(publication.paragraphs.size(), 1);
    EXPECT_TRUE(publication.paragraphs[0].contains(QStringLiteral("向本局暨所屬機關所有同仁與利害關係人")));
}

TEST(PolicyTextParser, EverySeedParagraphSurvivesImportAndShow) {
    const QString shown = isms::reports::PolicyTextReport::render(PolicyTextParser().parse(TestFiles::seedPolicy()));
    const QStringList body = seedBodyLines();
    ASSERT_EQ(body.size(), 46);  // 39 numbered lines, 5 paragraphs, 2 halves of page-split lines
    for (const QString& line : body) EXPECT_TRUE(shown.contains(line)) << line.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("\n6. 確保本局暨所屬機關關鍵核心系統維持一定水準的系統可用性。\n")));
}

TEST(PolicyTextParser, ShowOutputParsesBackToTheSameTree) {
    const PolicyContent original = PolicyTextParser().parse(TestFiles::seedPolicy());
    const QString shown = isms::reports::PolicyTextReport::render(original);
    const PolicyContent again = PolicyTextParser().parse(shown.toUtf8());
    EXPECT_EQ(isms::reports::PolicyTextReport::render(again), shown);
    EXPECT_EQ(again.classification, original.classification);
    EXPECT_EQ(again.effectiveDate, original.effectiveDate);
}

TEST(PolicyTextParser, AnotherAgencysPolicyOfTheSameForm) {
    // Form feeds for page breaks, a ticked classification, five levels, no table of contents,
    // a Latin word split by a page break.
    const QByteArray text =
        "臺南市政府某局\n資訊安全政策\n安全等級：□公開資訊 □內部使用 □敏感資訊 ■機密資訊\n"
        "文件編號：TN-ISMS-001\n版本編號：1.3\n生效日期：民國113年1月2日\n\n"
        "壹、目的\n\n確保資訊安全。\n\n貳、目標\n\n一、管理目標\n\n（一）技術面\n\n1.建立備份機制\n\n"
        "(1)每日備份。\n\n(2)每月異地備援，採用 Cloud\f\fStorage 服務。\n\n2.定期演練\n\n二、檢討\n\n每年檢討一次。\n";
    const PolicyContent p = PolicyTextParser().parse(text);
    EXPECT_EQ(p.orgName, QStringLiteral("臺南市政府某局"));
    EXPECT_EQ(p.title, QStringLiteral("資訊安全政策"));
    EXPECT_EQ(p.code, QStringLiteral("TN-ISMS-001"));
    EXPECT_EQ(p.version, QStringLiteral("1.3"));
    EXPECT_EQ(p.effectiveDate, QDate(2024, 1, 2));
    EXPECT_EQ(p.classification, Classification::Confidential);
    ASSERT_EQ(p.sections.size(), 2u);
    const auto& tech = p.sections[1].children[0].children[0];
    EXPECT_EQ(tech.heading, QStringLiteral("技術面"));
    ASSERT_EQ(tech.children.size(), 2u);
    ASSERT_EQ(tech.children[0].children.size(), 2u);
    EXPECT_EQ(tech.children[0].children[1].heading, QStringLiteral("每月異地備援，採用 Cloud Storage 服務。"));
    EXPECT_EQ(p.sections[1].children[1].paragraphs, QStringList{QStringLiteral("每年檢討一次。")});
}

TEST(PolicyTextParser, RefusesWhatIsNotAPolicy) {
    auto refusal = [](const QByteArray& bytes) {
        try {
            PolicyTextParser().parse(bytes);
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Invalid);
            return e.message();
        }
        return QStringLiteral("accepted");
    };
    EXPECT_TRUE(refusal("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(refusal(" \n\n\t\n").contains(QStringLiteral("empty")));
    EXPECT_TRUE(refusal(QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(refusal(QByteArray("\xff\xfe\x00\x00\x01\x00\x02\x00", 8)).contains(QStringLiteral("binary")));
    EXPECT_TRUE(refusal("\xff\xff\xff\xff").contains(QStringLiteral("Big5")));
    EXPECT_TRUE(refusal("Meeting notes\nNothing numbered here.\n").contains(QStringLiteral("numbered")));
    EXPECT_TRUE(refusal("目錄\n壹、目的.....4\n貳、依據.....4\n").contains(QStringLiteral("numbered")));
}

TEST(PolicyTextParser, NumberMarkers) {
    using K = NumberMarker::Kind;
    auto kind = [](const char* line) { return NumberMarker::read(QString::fromUtf8(line)).kind; };
    EXPECT_EQ(kind("壹、目的"), K::FormalComma);
    EXPECT_EQ(NumberMarker::read(QStringLiteral("壹、目的")).rest, QStringLiteral("目的"));
    const NumberMarker dashed = NumberMarker::read(QStringLiteral("- 一、資通安全管理法。"));
    EXPECT_EQ(dashed.kind, K::ChineseComma);
    EXPECT_EQ(dashed.rest, QStringLiteral("資通安全管理法。"));
    EXPECT_EQ(NumberMarker::read(QStringLiteral("(十二)其他")).value, 12);
    EXPECT_EQ(kind("（三）全形括號"), K::ChineseParen);
    EXPECT_EQ(NumberMarker::read(QStringLiteral("12. 項目")).value, 12);
    EXPECT_EQ(kind("１２．全形數字"), K::DecimalDot);
    EXPECT_EQ(kind("(3)細項"), K::DecimalParen);
    EXPECT_EQ(kind("3)細項"), K::DecimalHalf);
    EXPECT_EQ(kind("3、細項"), K::DecimalComma);
    EXPECT_EQ(kind("甲、甲方"), K::StemComma);
    EXPECT_EQ(NumberMarker::read(QStringLiteral("貮、變體字")).value, 2);
    EXPECT_EQ(NumberMarker::read(QStringLiteral("叁、變體字")).value, 3);
    const NumberMarker outline = NumberMarker::read(QStringLiteral("4.1.2 存取控制"));
    EXPECT_EQ(outline.kind, K::Outline);
    EXPECT_EQ(outline.parts, 3);
    EXPECT_EQ(outline.value, 2);
    EXPECT_EQ(outline.rest, QStringLiteral("存取控制"));
    EXPECT_EQ(NumberMarker::read(QStringLiteral("第十二條 本政策自發布日施行。")).value, 12);
    EXPECT_EQ(kind("第三章 組織"), K::Chapter);
    EXPECT_EQ(kind("A. Scope"), K::UpperDot);
    EXPECT_EQ(kind("● 管理面"), K::Bullet);
    EXPECT_EQ(kind("- 管理面"), K::Bullet);
    EXPECT_EQ(kind("2.0 版"), K::None);
    EXPECT_EQ(kind("114年9月11日"), K::None);
    EXPECT_EQ(kind("114.09.11"), K::None);
    EXPECT_EQ(kind("強化人員認知、避免資料外洩"), K::None);
    EXPECT_EQ(kind("壹、"), K::None);
    EXPECT_EQ(kind("-1 度"), K::None);
}

TEST(PolicyTextParser, FullWidthParenthesesAreTheDocumentsOwn) {
    // A document that writes （一） keeps （一）; a stray (二) among them is the same level.
    PolicyTextParser parser;
    const PolicyContent c = parser.parseText(QStringLiteral(
        "某局資通安全政策\n文件編號：X-01\n版次：1.0\n安全等級：■內部使用\n\n壹、目標\n（一）保護資訊資產。\n(二)遵守法令。\n貳、附則\n（一）經核定後實施。\n"));
    EXPECT_EQ(c.numbering.sample(), QStringLiteral("壹、／（一）"));
    const QString shown = isms::reports::PolicyTextReport::render(c);
    EXPECT_TRUE(shown.contains(QStringLiteral("（二）遵守法令。"))) << shown.toStdString();
    EXPECT_TRUE(parser.warnings().isEmpty()) << parser.warnings().first().text.toStdString();
}

TEST(PolicyTextParser, AClassificationTheDocumentDoesNotGiveIsSaid) {
    PolicyTextParser parser;
    const PolicyContent c = parser.parseText(QStringLiteral("某局資通安全政策\n文件編號：X-01\n版次：1.0\n\n壹、目標\n保護資訊資產。\n"));
    EXPECT_EQ(c.classification, Classification::Internal);
    ASSERT_EQ(parser.warnings().size(), 1);
    EXPECT_TRUE(parser.warnings().first().text.contains(QStringLiteral("does not say its security classification")));
}
