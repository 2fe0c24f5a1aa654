#include "domain/Classification.h"
#include "domain/ReviewSchedule.h"
#include "domain/RocDate.h"
#include "domain/SectionNumbering.h"
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

TEST(SectionNumbering, EachLevelAsGovernmentDocumentsNumberIt) {
    EXPECT_EQ(SectionNumbering::label(0, 0), QStringLiteral("壹、"));
    EXPECT_EQ(SectionNumbering::label(0, 4), QStringLiteral("伍、"));
    EXPECT_EQ(SectionNumbering::label(1, 1), QStringLiteral("二、"));
    EXPECT_EQ(SectionNumbering::label(2, 2), QStringLiteral("(三)"));
    EXPECT_EQ(SectionNumbering::label(3, 7), QStringLiteral("8. "));
    EXPECT_EQ(SectionNumbering::label(4, 0), QStringLiteral("(1)"));
    EXPECT_EQ(SectionNumbering::label(5, 1), QStringLiteral("2) "));
}

TEST(SectionNumbering, ChineseNumeralsPastTen) {
    EXPECT_EQ(SectionNumbering::chineseNumeral(10, true), QStringLiteral("拾"));
    EXPECT_EQ(SectionNumbering::chineseNumeral(11, true), QStringLiteral("拾壹"));
    EXPECT_EQ(SectionNumbering::chineseNumeral(20, true), QStringLiteral("貳拾"));
    EXPECT_EQ(SectionNumbering::chineseNumeral(35, false), QStringLiteral("三十五"));
    EXPECT_EQ(SectionNumbering::chineseNumeral(10, false), QStringLiteral("十"));
    EXPECT_EQ(SectionNumbering::chineseNumeral(100, false), QStringLiteral("100"));
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
