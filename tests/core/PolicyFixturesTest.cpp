// The importer against a corpus of policy texts in the shapes other agencies' documents come in
// (tests/fixtures/policies: written for these tests, not copies of real documents). Each NAME.txt
// has NAME.expected: its title block, numbering scheme and section tree as they must be read.
#include "PolicyOutline.h"
#include "PolicyTextReport.h"
#include "domain/Error.h"
#include "import/PolicyTextParser.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStringEncoder>

using namespace isms::core;

namespace {

QString fixtureDir() { return QStringLiteral(ISMS_FIXTURE_DIR "/policies"); }

QByteArray read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) ADD_FAILURE() << "cannot read " << path.toStdString();
    return f.readAll();
}

QString outline(const PolicyContent& c) { return isms::test::policyOutline(c); }

QStringList fixtures() {
    return QDir(fixtureDir()).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

}  // namespace

TEST(PolicyFixtures, EachShapeReadsAsTheDocumentIsWritten) {
    ASSERT_GE(fixtures().size(), 6);
    for (const QString& name : fixtures()) {
        SCOPED_TRACE(name.toStdString());
        PolicyTextParser parser;
        const PolicyContent content = parser.parse(read(fixtureDir() + QLatin1Char('/') + name));
        const QString expected = QString::fromUtf8(read(fixtureDir() + QLatin1Char('/') + QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".expected"))));
        EXPECT_EQ(outline(content).toStdString(), expected.toStdString());
    }
}

TEST(PolicyFixtures, ShowReadsBackToTheSameDocumentAndNumbering) {
    for (const QString& name : fixtures()) {
        SCOPED_TRACE(name.toStdString());
        const PolicyContent content = PolicyTextParser().parse(read(fixtureDir() + QLatin1Char('/') + name));
        const QString shown = isms::reports::PolicyTextReport::render(content);
        PolicyTextParser again;
        const PolicyContent back = again.parse(shown.toUtf8());
        EXPECT_EQ(outline(back).toStdString(), outline(content).toStdString());
        EXPECT_EQ(back.numbering, content.numbering);
    }
}

TEST(PolicyFixtures, Big5AndUtf16ReadAsTheSameText) {
    int big5Read = 0;
    for (const QString& name : fixtures()) {
        SCOPED_TRACE(name.toStdString());
        const QString text = QString::fromUtf8(read(fixtureDir() + QLatin1Char('/') + name));
        const QString expected = outline(PolicyTextParser().parse(text.toUtf8()));
        QStringEncoder big5("Big5");
        const QByteArray big5Bytes = big5.encode(text);
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QStringEncoder be(QStringEncoder::Utf16BE);  // no byte-order mark: known by its zero bytes
        QList<std::pair<QByteArray, QString>> forms{{le.encode(text), QStringLiteral("UTF-16")},
                                                    {be.encode(text), QStringLiteral("UTF-16")}};
        // Big5 has no 貮: a text with it was never Big5.
        if (!big5.hasError()) {
            forms.append({big5Bytes, QStringLiteral("Big5")});
            ++big5Read;
        }
        for (const auto& [bytes, encoding] : forms) {
            PolicyTextParser parser;
            EXPECT_EQ(outline(parser.parse(bytes)).toStdString(), expected.toStdString());
            EXPECT_EQ(parser.encoding(), encoding);
        }
    }
    EXPECT_GE(big5Read, 5);
}

TEST(PolicyFixtures, WhatWasReadDifferentlyIsSaidPerLine) {
    auto warnings = [](const QByteArray& bytes) {
        PolicyTextParser parser;
        parser.parse(bytes);
        QStringList out;
        for (const ImportWarning& w : parser.warnings()) out << QStringLiteral("%1: %2").arg(w.line).arg(w.text);
        return out.join(QLatin1Char('\n'));
    };
    const QString wrapped = warnings(read(fixtureDir() + QStringLiteral("/hard-wrapped.txt")));
    EXPECT_TRUE(wrapped.contains(QStringLiteral("1: “高雄市某某區公所資通安全政策” repeats"))) << wrapped.toStdString();
    const QString noVersion = warnings(read(fixtureDir() + QStringLiteral("/ascii-variants.txt")));
    EXPECT_TRUE(noVersion.contains(QStringLiteral("0: The document gives no version number"))) << noVersion.toStdString();
    // A number skipped, and a level numbered two ways.
    const QString skipped = warnings("文件編號：X-1\n版本編號：1.0\n\n壹、甲\n參、乙\n一、丙\n貳、丁\n(一)戊\n");
    EXPECT_TRUE(skipped.contains(QStringLiteral("5: “乙” is numbered 3 where 2 was expected"))) << skipped.toStdString();
    EXPECT_TRUE(skipped.contains(QStringLiteral("8: “戊” is (一) at a level the document numbers like “一、”"))) << skipped.toStdString();
    // The seed says only that no classification is ticked.
    PolicyTextParser seed;
    seed.parse(read(QStringLiteral(ISMS_SOURCE_DIR "/resources/seed/ISMS-01-01-policy-v2.0.txt")));
    ASSERT_EQ(seed.warnings().size(), 1);
    EXPECT_EQ(seed.warnings().first().line, 10);  // 安全等級： 公開資訊 內部使用 …
}

TEST(PolicyFixtures, TheRevisionHistorysRowForTheVersionGivesWhatItChanges) {
    PolicyTextParser parser;
    const PolicyContent c = parser.parse(read(fixtureDir() + QStringLiteral("/history-first.txt")));
    EXPECT_EQ(c.changeSummary, QStringLiteral("依資通安全責任等級分級辦法修正"));
    QStringList said;
    for (const ImportWarning& w : parser.warnings()) said << w.text;
    EXPECT_TRUE(said.join(QLatin1Char('\n')).contains(QStringLiteral("一般"))) << said.join(QLatin1Char('\n')).toStdString();
}

TEST(PolicyFixtures, DateLinesUnderTheTitleAndDatesInChineseNumerals) {
    const PolicyContent c = PolicyTextParser().parse(
        "臺南市政府資通安全管理規定\n中華民國112年3月15日府授資字第1120012345號令訂定\n"
        "中華民國113年6月1日府授資字第1130054321號令修正\n文件編號：TN-R01\n版次：第2版\n\n第一條 本規定自發布日施行。\n");
    EXPECT_EQ(c.title, QStringLiteral("臺南市政府資通安全管理規定"));
    EXPECT_TRUE(c.orgName.isEmpty());
    EXPECT_EQ(c.effectiveDate, QDate(2024, 6, 1));  // the latest amendment
    EXPECT_EQ(c.version, QStringLiteral("2.0"));
    const PolicyContent d = PolicyTextParser().parse("某機關\n資安政策\n文件編號：X-1\n版本編號：1.0\n生效日期：一一四年九月十一日\n\n壹、目的\n");
    EXPECT_EQ(d.effectiveDate, QDate(2025, 9, 11));
}

TEST(PolicyFixtures, ALevelNumberedTwoWaysKeepsTheFirstWay) {
    const PolicyContent c = PolicyTextParser().parse("文件編號：X-1\n版本編號：1.0\n\n壹、甲\n一、乙\n貳、丙\n(一)丁\n");
    ASSERT_EQ(c.sections.size(), 2u);
    EXPECT_EQ(c.numbering.label({1, 0}), QStringLiteral("一、"));
}
