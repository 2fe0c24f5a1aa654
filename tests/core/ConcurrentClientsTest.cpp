// Issue #10: several workstations writing one database at the same moment. Each client has its
// own connection in its own thread, as two programs would; run against PostgreSQL they are two
// server sessions, otherwise two connections to one file.
#include "Administrator.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/DatabaseCheck.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <atomic>
#include <barrier>
#include <thread>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class ConcurrentClients : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("shared.sqlite"));
        db = Database::open(location);
        db->setSession(isms::test::administrator(QStringLiteral("setup")));
        Transaction tx(*db);
        personId = RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("甲")}});
        tx.commit();
    }
    // A client's connection, opened in the thread that uses it.
    std::unique_ptr<Database> client(const QString& name) const {
        auto c = Database::open(location);
        c->setSession(isms::test::administrator(name));
        return c;
    }

    TestFiles files;
    QString location;
    std::unique_ptr<Database> db;
    qint64 personId = 0;
};

}  // namespace

TEST_F(ConcurrentClients, AppendingAtOnceKeepsOneAuditChain) {
    constexpr int kChanges = 40;
    std::atomic<int> failures{0};
    std::barrier start(2);
    auto work = [&](const QString& name) {
        auto c = client(name);
        start.arrive_and_wait();
        for (int i = 0; i < kChanges; ++i) {
            try {
                Transaction tx(*c);
                RecordWriter(*c, isms::test::everything(*c)).insert(QStringLiteral("people"),
                                        {{QStringLiteral("name"), QStringLiteral("%1-%2").arg(name).arg(i)}});
                tx.commit();
            } catch (const Error&) {
                ++failures;
            }
        }
    };
    std::thread a(work, QStringLiteral("workstation-a")), b(work, QStringLiteral("workstation-b"));
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    const auto chain = AuditLog(*db).verify();
    EXPECT_TRUE(chain.intact) << "broken at " << chain.firstBrokenId;
    EXPECT_EQ(chain.entries, 1 + 2 * kChanges);
    // Both clients really wrote side by side, not one after the other's whole run.
    const QString order = Sql::scalar(db->connection(),
                                      QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 "
                                                     "WHERE a.actor <> b.actor"))
                              .toString();
    EXPECT_GE(order.toInt(), 1);
    // What `isms-desk check` reports.
    const auto report = DatabaseCheck(*db).run(true);
    EXPECT_TRUE(report.sound()) << report.lines().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.audit.entries, 1 + 2 * kChanges);
}

TEST_F(ConcurrentClients, TwoSavesOfTheSameVersionOneIsRefusedNamingTheOther) {
    constexpr int kRounds = 10;
    std::atomic<int> saved{0}, refused{0};
    std::atomic<bool> namedTheOther{true};
    for (int round = 0; round < kRounds; ++round) {
        const int version = Sql::scalar(db->connection(), QStringLiteral("SELECT row_version FROM people WHERE id = :id"),
                                        {{QStringLiteral("id"), personId}})
                                .toInt();
        std::barrier start(2);
        auto save = [&](const QString& name, const QString& other) {
            auto c = client(name);
            start.arrive_and_wait();
            try {
                Transaction tx(*c);
                RecordWriter(*c, isms::test::everything(*c)).update(QStringLiteral("people"), personId, version,
                                        {{QStringLiteral("name"), name}});
                tx.commit();
                ++saved;
            } catch (const Error& e) {
                if (e.kind() == Error::Kind::Conflict) ++refused;
                if (!e.message().contains(other)) namedTheOther = false;
            }
        };
        std::thread a(save, QStringLiteral("workstation-a"), QStringLiteral("workstation-b"));
        std::thread b(save, QStringLiteral("workstation-b"), QStringLiteral("workstation-a"));
        a.join();
        b.join();
    }
    EXPECT_EQ(saved.load(), kRounds);
    EXPECT_EQ(refused.load(), kRounds);
    EXPECT_TRUE(namedTheOther.load());
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT row_version FROM people WHERE id = :id"),
                          {{QStringLiteral("id"), personId}})
                  .toInt(),
              1 + kRounds);
    EXPECT_TRUE(AuditLog(*db).verify().intact);
}
