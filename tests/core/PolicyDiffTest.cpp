#include "TestFiles.h"
#include "domain/PolicyDiff.h"
#include "import/PolicyTextParser.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

QString render(const QList<PolicyDiff::Piece>& pieces) {
    QString out;
    for (const auto& p : pieces) {
        if (p.kind == PolicyDiff::Piece::Same) out += p.text;
        if (p.kind == PolicyDiff::Piece::Deleted) out += QStringLiteral("[-%1]").arg(p.text);
        if (p.kind == PolicyDiff::Piece::Inserted) out += QStringLiteral("[+%1]").arg(p.text);
    }
    return out;
}

PolicyContent seed() { return PolicyTextParser().parse(TestFiles::seedPolicy()); }

}  // namespace

TEST(PolicyDiff, RedlineByCharacterForChineseAndByWordForLatin) {
    EXPECT_EQ(render(PolicyDiff::redline(QStringLiteral("本政策每年應審查一次。"), QStringLiteral("本政策每半年應審查一次。"))),
              QStringLiteral("本政策每[+半]年應審查一次。"));
    EXPECT_EQ(render(PolicyDiff::redline(QStringLiteral("ISO 27001 and CNS"), QStringLiteral("ISO 27002 and CNS"))),
              QStringLiteral("ISO [-27001][+27002] and CNS"));
    EXPECT_EQ(render(PolicyDiff::redline(QStringLiteral("刪除"), QString())), QStringLiteral("[-刪除]"));
    EXPECT_EQ(render(PolicyDiff::redline(QString(), QString())), QString());
}

TEST(PolicyDiff, IdenticalVersionsHaveNoChanges) {
    const auto changes = PolicyDiff::compare(seed(), seed());
    EXPECT_EQ(changes.size(), 39);
    EXPECT_EQ(PolicyDiff::countOf(changes, PolicyDiff::Change::Unchanged), 39);
}

TEST(PolicyDiff, AddedRemovedAndChangedSections) {
    const PolicyContent before = seed();
    PolicyContent after = seed();
    auto& goals = after.sections[3].children[0].children[1].children;  // the 8 objectives
    goals.push_back({0, QStringLiteral("確保個人資料外洩事件零發生。"), {}, {}});
    auto& review = after.sections[3].children[2].children;  // 三、審查
    review[1].heading.replace(QStringLiteral("每年"), QStringLiteral("每半年"));
    after.sections[0].paragraphs[0].replace(QStringLiteral("特訂定本政策"), QStringLiteral("特訂定本政策並公告周知"));
    after.sections[1].children.erase(after.sections[1].children.begin() + 4);  // 五、ISO/CNS 27001。

    const auto changes = PolicyDiff::compare(before, after);
    EXPECT_EQ(PolicyDiff::countOf(changes, PolicyDiff::Change::Added), 1);
    EXPECT_EQ(PolicyDiff::countOf(changes, PolicyDiff::Change::Removed), 1);
    EXPECT_EQ(PolicyDiff::countOf(changes, PolicyDiff::Change::Changed), 2);
    for (const auto& c : changes) {
        if (c.kind == PolicyDiff::Change::Added) {
            EXPECT_EQ(c.newNumber, QStringLiteral("9."));
            EXPECT_EQ(render(c.heading), QStringLiteral("[+確保個人資料外洩事件零發生。]"));
        }
        if (c.kind == PolicyDiff::Change::Removed) {
            EXPECT_EQ(c.oldNumber, QStringLiteral("五、"));
            EXPECT_EQ(render(c.heading), QStringLiteral("[-ISO/CNS 27001。]"));
        }
        if (c.kind == PolicyDiff::Change::Changed && c.depth == 0) {
            EXPECT_EQ(c.newNumber, QStringLiteral("壹、"));
            ASSERT_EQ(c.paragraphs.size(), 1);
            EXPECT_TRUE(render(c.paragraphs[0]).endsWith(QStringLiteral("特訂定本政策[+並公告周知]。")));
        }
        if (c.kind == PolicyDiff::Change::Changed && c.depth == 2) {
            EXPECT_TRUE(render(c.heading).startsWith(QStringLiteral("本政策每[+半]年應審查一次")));
        }
    }
}
