#include "domain/VersionStanding.h"

#include <gtest/gtest.h>

using namespace isms::core;

namespace {
using K = VersionStanding::Kind;

VersionSummary version(qint64 id, const char* number, VersionStatus::Value status, const QDate& effective) {
    VersionSummary v;
    v.id = id;
    v.version = QString::fromLatin1(number);
    v.status = status;
    v.effectiveDate = effective;
    return v;
}

QList<K> kinds(const QList<VersionSummary>& versions, const QDate& day) {
    QList<K> out;
    for (const auto& s : VersionStanding::of(versions, day)) out << s.kind;
    return out;
}
}  // namespace

// 2.0 in force since 2025; 2.1 published on 2026-12-01 to take effect on 2026-12-15; 2.2 approved
// for 2027-06-01 and not yet published; a draft 3.0.
TEST(VersionStanding, TheDayDecidesOnEveryBoundary) {
    const QDate takesEffect(2026, 12, 15);
    const QList<VersionSummary> versions{
        version(4, "3.0", VersionStatus::Draft, {}),
        version(3, "2.2", VersionStatus::Approved, QDate(2027, 6, 1)),
        version(2, "2.1", VersionStatus::Published, takesEffect),
        version(1, "2.0", VersionStatus::Published, QDate(2025, 1, 1)),
    };
    EXPECT_EQ(kinds(versions, takesEffect.addDays(-1)), (QList<K>{K::Draft, K::Scheduled, K::Scheduled, K::InForce}));
    EXPECT_EQ(kinds(versions, takesEffect), (QList<K>{K::Draft, K::Scheduled, K::InForce, K::Superseded}));
    // 2.2's date passes without its publication: it is in force for no one, 2.1 stays.
    EXPECT_EQ(kinds(versions, QDate(2027, 6, 1)), (QList<K>{K::Draft, K::Approved, K::InForce, K::Superseded}));

    const auto before = VersionStanding::of(versions, takesEffect.addDays(-1));
    EXPECT_EQ(before[2].since, takesEffect);
    EXPECT_EQ(VersionStanding::inForce(before)->version.version, QStringLiteral("2.0"));
    EXPECT_EQ(VersionStanding::nextScheduled(before)->version.version, QStringLiteral("2.1"));
    EXPECT_EQ(before[2].label(), QStringLiteral("Published, takes effect on 2026-12-15"));
    const auto after = VersionStanding::of(versions, takesEffect);
    EXPECT_EQ(after[3].successor, QStringLiteral("2.1"));
    EXPECT_EQ(after[3].since, takesEffect);
    EXPECT_EQ(after[3].label(), QStringLiteral("Superseded by 2.1 on 2026-12-15"));
    EXPECT_EQ(after[2].label(), QStringLiteral("Current"));
}

TEST(VersionStanding, NoneInForceBeforeTheFirstTakesEffectAndOldStoredSupersededIsRead) {
    const QList<VersionSummary> first{version(1, "1.0", VersionStatus::Published, QDate(2026, 3, 1))};
    EXPECT_EQ(VersionStanding::inForce(VersionStanding::of(first, QDate(2026, 2, 28))), nullptr);
    EXPECT_EQ(kinds(first, QDate(2026, 3, 1)), (QList<K>{K::InForce}));

    // An older program stored "superseded" at publication, even while the new one had not yet
    // taken effect: the day still decides.
    const QList<VersionSummary> old{version(2, "2.1", VersionStatus::Published, QDate(2026, 12, 15)),
                                    version(1, "2.0", VersionStatus::Superseded, QDate(2025, 1, 1))};
    EXPECT_EQ(kinds(old, QDate(2026, 12, 14)), (QList<K>{K::Scheduled, K::InForce}));
    EXPECT_EQ(kinds(old, QDate(2026, 12, 15)), (QList<K>{K::InForce, K::Superseded}));

    // Two published with the same effective date: the later decision (higher id) is in force.
    const QList<VersionSummary> same{version(2, "2.1", VersionStatus::Published, QDate(2026, 1, 1)),
                                     version(1, "2.0", VersionStatus::Published, QDate(2026, 1, 1))};
    EXPECT_EQ(kinds(same, QDate(2026, 1, 1)), (QList<K>{K::InForce, K::Superseded}));
}
