#include "TestFiles.h"
#include "Administrator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = Database::open(files.database(QStringLiteral("audit.sqlite")));
        db->setSession(isms::test::administrator(QStringLiteral("test")));
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        for (const char* name : {"甲", "乙", "丙", "丁"}) {
            writer.insert(QStringLiteral("people"), {{QStringLiteral("name"), QString::fromUtf8(name)}});
        }
        tx.commit();
    }
    void tamper(const QString& sql) { ASSERT_TRUE(QSqlQuery(db->connection()).exec(sql)); }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(AuditLogTest, IntactChainVerifies) {
    const auto v = AuditLog(*db).verify();
    EXPECT_TRUE(v.intact);
    EXPECT_EQ(v.entries, 4);
    EXPECT_EQ(v.firstBrokenId, 0);
    EXPECT_EQ(v.headHash, Sql::scalar(db->connection(), QStringLiteral("SELECT hash FROM audit_log WHERE id = 4")).toString());
    EXPECT_EQ(v.headHash.size(), 64);
}

TEST_F(AuditLogTest, AStoppedVerificationSaysItIsNotComplete) {
    {
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        for (int i = 0; i < 2500; ++i) writer.insert(QStringLiteral("people"), {{QStringLiteral("name"), QString::number(i)}});
        tx.commit();
    }
    int asked = 0;
    const auto stopped = AuditLog(*db).verify([&] { return ++asked > 2; });  // asked at 0, 1000, 2000
    EXPECT_FALSE(stopped.complete);
    EXPECT_EQ(stopped.entries, 2000);
    const auto whole = AuditLog(*db).verify([] { return false; });
    EXPECT_TRUE(whole.complete);
    EXPECT_TRUE(whole.intact);
    EXPECT_EQ(whole.entries, 2504);
}

TEST_F(AuditLogTest, EditedEntryIsFound) {
    tamper(QStringLiteral("UPDATE audit_log SET after_data = replace(after_data, '乙', '戊') WHERE id = 2"));
    const auto v = AuditLog(*db).verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, 2);
}

TEST_F(AuditLogTest, EditedActorIsFound) {
    tamper(QStringLiteral("UPDATE audit_log SET actor = 'somebody-else' WHERE id = 3"));
    EXPECT_EQ(AuditLog(*db).verify().firstBrokenId, 3);
}

TEST_F(AuditLogTest, DeletedEntryIsFound) {
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    const auto v = AuditLog(*db).verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, 3);
}

TEST_F(AuditLogTest, ReorderedEntriesAreFound) {
    // Swap the contents of entries 2 and 3 while keeping their ids.
    tamper(QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2"));
    tamper(QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"));
    tamper(QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 100"));
    const auto v = AuditLog(*db).verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenId, 2);
}

TEST_F(AuditLogTest, AppendOutsideATransactionIsRefused) {
    EXPECT_THROW(AuditLog(*db).append(QStringLiteral("insert"), QStringLiteral("people"), 1, {}, {}), std::exception);
}
