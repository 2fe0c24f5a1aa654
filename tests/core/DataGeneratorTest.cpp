#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Clock.h"
#include "services/DataGenerator.h"
#include "services/DatabaseCheck.h"
#include "storage/PolicyRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {
// A digest of what the generated rows say (not their audit times), to compare two databases.
QByteArray digest(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT name, unit_id, category, active_from, active_to FROM people ORDER BY id",
                            "SELECT plan_year, objective_id, owner_person_id, due_date, status FROM action_items ORDER BY id",
                            "SELECT objective_id, period_end, value FROM measurements ORDER BY id",
                            "SELECT kind, status FROM findings ORDER BY id",
                            "SELECT version_id, person_id, ack_date FROM acknowledgements ORDER BY id",
                            "SELECT session_id, person_id, hours FROM training_attendance ORDER BY id"}) {
        for (QSqlQuery q = Sql::run(db.connection(), QString::fromLatin1(sql)); q.next();) {
            for (int c = 0; c < q.record().count(); ++c) hash.addData(q.value(c).toString().toUtf8() + '|');
        }
    }
    return hash.result();
}
}  // namespace

// Scale 0.05 of a bureau's decade, worked out from the per-decade figures: 2 units, 100 people,
// 1 earlier version, 1,000 action items, 2,500 measurements, 2 meetings, 1 audit of 10 findings,
// 200 acknowledgements (2 versions × 100 people), 1 core system and 100 outages, 5 training
// sessions and 500 attendances (capped at 5 sessions × 100 people) — on top of the demo's records.
TEST(DataGenerator, CountsFollowTheScale) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("g.sqlite")), 2025);
    const auto demo = DataGenerator::count(*db);
    const auto c = DataGenerator(*db, 7).generate(0.05);
    EXPECT_EQ(c.units - demo.units, 2);
    EXPECT_EQ(c.people - demo.people, 100);
    EXPECT_EQ(c.versions - demo.versions, 1);
    EXPECT_EQ(c.actionItems - demo.actionItems, 1000);
    EXPECT_EQ(c.measurements - demo.measurements, 2500);
    EXPECT_EQ(c.meetings - demo.meetings, 2);
    EXPECT_EQ(c.findings - demo.findings, 10);
    EXPECT_EQ(c.acknowledgements - demo.acknowledgements, 200);
    // One core system besides the demo's two, and 100 outages over the decade (objective 6).
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM core_systems")).toInt(), 3);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM outages")).toInt(), 5 + 100);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM outages WHERE started_at > ended_at")).toInt(), 0);
    // 5 training sessions besides the demo's three and 500 attendances: 1,500 would be due, but 5
    // sessions of 100 people hold 500 (objective 3), each person at most once a session.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM training_sessions")).toInt(), 3 + 5);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM training_attendance")).toInt(), 10 + 500);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM training_attendance a JOIN training_sessions s ON "
                                                           "s.id = a.session_id WHERE a.hours > s.hours")).toInt(),
              0);
    // Every record went through the audited write path, and the chain is whole.
    EXPECT_GE(c.auditEntries - demo.auditEntries, 1000 + 2500 + 200 + 100);
    EXPECT_TRUE(DatabaseCheck(*db).run(true).sound());
    // Ten plan years, the last the demo's.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(DISTINCT plan_year) FROM action_items")).toInt(), 10);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(plan_year) FROM action_items")).toInt(), 2025);
    // The earlier version was published and is superseded by the demo's, which is in force; it
    // has the same sections.
    const auto standings = PolicyRepository(*db).standings(PolicyRepository(*db).documents().first().id, Clock::today());
    ASSERT_EQ(standings.size(), 2);
    for (const auto& s : standings) {
        EXPECT_EQ(s.kind, s.version.version == QStringLiteral("2.0") ? VersionStanding::InForce : VersionStanding::Superseded);
    }
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(DISTINCT version_id) FROM sections")).toInt(), 2);
}

TEST(DataGenerator, TheSameSeedGivesTheSameRecords) {
    TestFiles files;
    auto a = isms::test::demoDatabase(files.database(QStringLiteral("a.sqlite")), 2025);
    auto b = isms::test::demoDatabase(files.database(QStringLiteral("b.sqlite")), 2025);
    auto c = isms::test::demoDatabase(files.database(QStringLiteral("c.sqlite")), 2025);
    DataGenerator(*a, 42).generate(0.02);
    DataGenerator(*b, 42).generate(0.02);
    DataGenerator(*c, 43).generate(0.02);
    EXPECT_EQ(digest(*a), digest(*b));
    EXPECT_NE(digest(*a), digest(*c));
}

TEST(DataGenerator, RefusesADatabaseWithRealRecords) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("r.sqlite")), 2025);
    DataGenerator(*db, 1).generate(0.02);
    const int before = DataGenerator::count(*db).actionItems;
    EXPECT_EQ(errorOf([&] { DataGenerator(*db, 1).generate(0.02); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { DataGenerator(*db, 1).generate(0); }), Error::Kind::Invalid);
    EXPECT_EQ(DataGenerator::count(*db).actionItems, before);
}
