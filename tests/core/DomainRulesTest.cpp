#include "domain/Classification.h"
#include "domain/ReviewSchedule.h"
#include "domain/RocDate.h"
#include "domain/NumberingScheme.h"
#include "domain/VersionStatus.h"

#include <gtest/gtest.h>

using namespace isms::core;

TEST(RocDate, FormsOfTheSeedEffectiveDate) {
    const QDate d(2025, 9, 11);
    EXPECT_EQ(RocDate::longForm(d), QStringLiteral("民國114年9月11日"));
    EXPECT_EQ(RocDate::longFormNoEra(d), QStringLiteral("114年9月11日"));
    EXPECT_EQ(RocDate::shortForm(d), QStringLiteral("114/09/11"));
    EXPECT_EQ(RocDate::shortForm(QDate(2011, 1, 2)), QStringLiteral("100/01/02"));
    EXPECT_EQ(RocDate::shortForm(QDate(1999, 1, 2)), QStringLiteral("088/01/02"));
    EXPECT_TRUE(RocDate::longForm(QDate()).isEmpty());
}

TEST(RocDate, ParsesEveryWrittenForm) {
    const QDate d(2025, 9, 11);
    for (const char* text : {"114年9月11日", "民國114年9月11日", "中華民國114年09月11日", "114/9/11", "114.09.11",
                             "2025-09-11", " 114 年 9 月 11 日 "}) {
        EXPECT_EQ(RocDate::parse(QString::fromUtf8(text)), d) << text;
    }
    EXPECT_FALSE(RocDate::parse(QStringLiteral("114年2月30日")).isValid());
    EXPECT_FALSE(RocDate::parse(QStringLiteral("next week")).isValid());
    EXPECT_FALSE(RocDate::parse(QString()).isValid());
}

TEST(NumberingScheme, EachLevelAsGovernmentDocumentsNumberIt) {
    const NumberingScheme g = NumberingScheme::government();
    EXPECT_EQ(g.label({0}), QStringLiteral("壹、"));
    EXPECT_EQ(g.label({4}), QStringLiteral("伍、"));
    EXPECT_EQ(g.label({0, 1}), QStringLiteral("二、"));
    EXPECT_EQ(g.label({0, 0, 2}), QStringLiteral("(三)"));
    EXPECT_EQ(g.label({0, 0, 0, 7}), QStringLiteral("8. "));
    EXPECT_EQ(g.label({0, 0, 0, 0, 0}), QStringLiteral("(1)"));
    EXPECT_EQ(g.label({0, 0, 0, 0, 0, 1}), QStringLiteral("2) "));
    EXPECT_EQ(g.label({0, 0, 0, 0, 0, 0, 2}), QStringLiteral("3) "));
    EXPECT_EQ(g.reference({1, 0, 1}), QStringLiteral("貳、一、(二)"));
    // A version stored with no scheme is the government one, and is stored as none.
    EXPECT_EQ(NumberingScheme().label({2}), QStringLiteral("參、"));
    EXPECT_TRUE(g.toStored().isEmpty());
}

TEST(NumberingScheme, OtherDocumentsKeepTheirOwn) {
    const NumberingScheme d = NumberingScheme::preset(NumberingScheme::Preset::Decimal);
    EXPECT_EQ(d.label({3}), QStringLiteral("4. "));
    EXPECT_EQ(d.label({3, 0}), QStringLiteral("4.1 "));
    EXPECT_EQ(d.label({3, 0, 1}), QStringLiteral("4.1.2 "));
    EXPECT_EQ(d.reference({3, 0, 1}), QStringLiteral("4.1.2"));
    const NumberingScheme a = NumberingScheme::preset(NumberingScheme::Preset::Articles);
    EXPECT_EQ(a.label({11}), QStringLiteral("第十二條 "));
    EXPECT_EQ(a.label({11, 1}), QStringLiteral("二、"));
    EXPECT_EQ(a.reference({11, 1}), QStringLiteral("第十二條二、"));
    const NumberingScheme mixed({{NumberingScheme::Format::Chinese, QStringLiteral("%1、")},
                                 {NumberingScheme::Format::Bullet, QStringLiteral("• ")},
                                 {NumberingScheme::Format::Decimal, QStringLiteral("%3. ")},
                                 {NumberingScheme::Format::None, QString()}});
    EXPECT_EQ(mixed.label({0, 1}), QStringLiteral("• "));
    EXPECT_EQ(mixed.label({0, 1, 7}), QStringLiteral("8. "));
    EXPECT_EQ(mixed.label({0, 1, 7, 0}), QString());
    EXPECT_TRUE(mixed.sample().startsWith(QStringLiteral("一、／•／1.／"))) << mixed.sample().toStdString();
    NumberingScheme back;
    ASSERT_TRUE(NumberingScheme::fromStored(mixed.toStored(), &back));
    EXPECT_EQ(back, mixed);
    EXPECT_FALSE(NumberingScheme::fromStored(QStringLiteral("[{\"format\":\"klingon\"}]"), &back));
    EXPECT_FALSE(NumberingScheme::fromStored(QStringLiteral("壹貳"), &back));
    EXPECT_EQ(NumberingScheme::number(NumberingScheme::Format::Stems, 3), QStringLiteral("丙"));
    EXPECT_EQ(NumberingScheme::number(NumberingScheme::Format::UpperLetter, 27), QStringLiteral("AA"));
}

TEST(NumberingScheme, ALevelThatContinuesIsNumberedOnThroughTheDocument) {
    // 第一章 第一條 第二條 第二章 第三條 (一、): the articles go on, their items begin again.
    const NumberingScheme chapters({{NumberingScheme::Format::Chinese, QStringLiteral("第%1章 ")},
                                    {NumberingScheme::Format::Chinese, QStringLiteral("第%2條 "), true},
                                    {NumberingScheme::Format::Chinese, QStringLiteral("%3、")}});
    std::vector<PolicySection> tree(2);
    tree[0].children.resize(2);
    tree[1].children.resize(1);
    tree[1].children[0].children.resize(2);
    QStringList labels;
    chapters.forEachNumbered(tree, [&](const PolicySection&, const QList<int>& numbers) {
        labels << chapters.label(numbers).trimmed();
    });
    EXPECT_EQ(labels.join(QLatin1Char(' ')), QStringLiteral("第一章 第一條 第二條 第二章 第三條 一、 二、"));
    EXPECT_EQ(chapters.label(chapters.numbersAt(tree, {1, 0, 1})), QStringLiteral("二、"));
    EXPECT_EQ(chapters.label(chapters.numbersAt(tree, {1, 0})), QStringLiteral("第三條 "));
    EXPECT_TRUE(chapters.sample().contains(QStringLiteral("第一條")));
    // Stored with the level that continues, and read back so.
    NumberingScheme back;
    ASSERT_TRUE(NumberingScheme::fromStored(chapters.toStored(), &back));
    EXPECT_EQ(back, chapters);
    EXPECT_TRUE(back.level(1).continues);
    EXPECT_FALSE(back.level(0).continues);
    EXPECT_FALSE(NumberingScheme::fromStored(QStringLiteral("[{\"format\":\"decimal\",\"text\":\"%1.\",\"continues\":\"yes\"}]"), &back));
    // Without a level that continues, the numbers are the positions.
    const NumberingScheme g = NumberingScheme::government();
    EXPECT_EQ(g.numbersAt(tree, {1, 0, 1}), (QList<int>{1, 0, 1}));
}

TEST(NumberingScheme, ChineseNumeralsPastTen) {
    EXPECT_EQ(NumberingScheme::chineseNumeral(10, true), QStringLiteral("拾"));
    EXPECT_EQ(NumberingScheme::chineseNumeral(11, true), QStringLiteral("拾壹"));
    EXPECT_EQ(NumberingScheme::chineseNumeral(20, true), QStringLiteral("貳拾"));
    EXPECT_EQ(NumberingScheme::chineseNumeral(35, false), QStringLiteral("三十五"));
    EXPECT_EQ(NumberingScheme::chineseNumeral(10, false), QStringLiteral("十"));
    EXPECT_EQ(NumberingScheme::chineseNumeral(100, false), QStringLiteral("100"));
}

TEST(VersionStatus, AllowedAndRefusedTransitions) {
    using V = VersionStatus;
    EXPECT_TRUE(V::canTransition(V::Draft, V::InReview));
    EXPECT_TRUE(V::canTransition(V::InReview, V::Approved));
    EXPECT_TRUE(V::canTransition(V::Approved, V::Published));
    // Superseded is decided by the day (VersionStanding), never a step anyone takes.
    EXPECT_FALSE(V::canTransition(V::Published, V::Superseded));
    EXPECT_TRUE(V::canTransition(V::Draft, V::Withdrawn));
    EXPECT_TRUE(V::canTransition(V::InReview, V::Withdrawn));
    EXPECT_FALSE(V::canTransition(V::Draft, V::Published));
    EXPECT_FALSE(V::canTransition(V::Approved, V::Withdrawn));
    EXPECT_FALSE(V::canTransition(V::Published, V::Draft));
    EXPECT_FALSE(V::canTransition(V::Superseded, V::Published));
    EXPECT_FALSE(V::canTransition(V::Withdrawn, V::Draft));
    EXPECT_TRUE(V::isReadOnly(V::Approved));
    EXPECT_TRUE(V::isReadOnly(V::Published));
    EXPECT_TRUE(V::isReadOnly(V::Superseded));
    EXPECT_FALSE(V::isReadOnly(V::Draft));
    for (int i = V::Draft; i <= V::Withdrawn; ++i) {
        V::Value back;
        ASSERT_TRUE(V::fromKey(V::key(V::Value(i)), &back));
        EXPECT_EQ(back, V::Value(i));
    }
    V::Value unused;
    EXPECT_FALSE(V::fromKey(QStringLiteral("archived"), &unused));
}

TEST(Classification, TitleBlockWordsAndKeys) {
    Classification::Value v;
    ASSERT_TRUE(Classification::fromDocumentLabel(QStringLiteral("內部使用"), &v));
    EXPECT_EQ(v, Classification::Internal);
    ASSERT_TRUE(Classification::fromDocumentLabel(QStringLiteral("機密資訊"), &v));
    EXPECT_EQ(v, Classification::Confidential);
    EXPECT_FALSE(Classification::fromDocumentLabel(QStringLiteral("極機密"), &v));
    for (auto c : Classification::all()) {
        ASSERT_TRUE(Classification::fromKey(Classification::key(c), &v));
        EXPECT_EQ(v, c);
    }
}

TEST(ReviewSchedule, MonthEndsLeapYearsAndLeadTime) {
    using S = ReviewSchedule::State;
    EXPECT_EQ(ReviewSchedule::nextDue(QDate(2025, 9, 11), 12), QDate(2026, 9, 11));
    EXPECT_EQ(ReviewSchedule::nextDue(QDate(2024, 2, 29), 12), QDate(2025, 2, 28));
    EXPECT_EQ(ReviewSchedule::nextDue(QDate(2025, 8, 31), 6), QDate(2026, 2, 28));
    EXPECT_EQ(ReviewSchedule::nextDue(QDate(2023, 8, 31), 6), QDate(2024, 2, 29));
    EXPECT_FALSE(ReviewSchedule::nextDue(QDate(), 12).isValid());

    const QDate last(2025, 1, 31);  // due 2026-01-31
    EXPECT_EQ(ReviewSchedule::state(last, 12, 30, QDate(2025, 12, 31)), S::Scheduled);
    EXPECT_EQ(ReviewSchedule::state(last, 12, 30, QDate(2026, 1, 1)), S::DueSoon);
    EXPECT_EQ(ReviewSchedule::state(last, 12, 30, QDate(2026, 1, 31)), S::DueSoon);
    EXPECT_EQ(ReviewSchedule::state(last, 12, 30, QDate(2026, 2, 1)), S::Overdue);
    EXPECT_EQ(ReviewSchedule::state(QDate(), 12, 30, QDate(2026, 2, 1)), S::NeverDone);
}
