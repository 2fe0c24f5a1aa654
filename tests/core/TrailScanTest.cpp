// Issue #23: the check of a file reads the trail and the records straight from SQLite
// (TrailScan). It must find exactly what the row-by-row reading through Qt finds — the reading the
// server uses — on real data, on values no form would let through, and on every kind of direct
// edit; and it must not lean on that reading to hide its own mistakes (a scan that suspected
// every row would be right but slow: the suspects themselves are checked here).
#include <gtest/gtest.h>

#include <QSqlRecord>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "services/DataGenerator.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TrailScan.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class TrailScanTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (TestFiles::onServer()) GTEST_SKIP() << "the fast reading is a SQLite file's";
        db = isms::test::demoDatabase(files.database(QStringLiteral("scan.sqlite")));
        DataGenerator(*db, 5).generate(0.02);
    }
    void direct(const QString& sql) { Sql::run(db->connection(), sql); }
    qint64 anyId(const QString& table) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM %1").arg(table))
            .toLongLong();
    }
    QStringList tablesWithIds() {
        QStringList out;
        for (const QString& t : AuditState::auditedTables(*db)) {
            if (db->connection().record(t).contains(QStringLiteral("id"))) out << t;
        }
        return out;
    }
    // The rows written outside the program taken into the trail as they are, by the row-by-row
    // reading's own JSON (as a schema update does).
    void adopt() {
        Transaction tx(*db);
        AuditState(*db).adopt(QStringLiteral("test"));
        tx.commit();
    }
    static QStringList described(const QList<AuditState::Difference>& found) {
        QStringList out;
        for (const auto& d : found) {
            out << QStringLiteral("%1/%2/%3/%4/%5")
                       .arg(d.table)
                       .arg(d.id)
                       .arg(int(d.kind))
                       .arg(d.image, d.row.isEmpty() ? QString() : AuditLog::toJson(d.row));
        }
        out.sort();
        return out;
    }
    void expectSameFindings() {
        AuditLog::Verification chain;
        const QStringList fast = described(AuditState(*db).differences({}, &chain));
        EXPECT_EQ(fast, described(AuditState(*db).differencesRowByRow()))
            << fast.join(QLatin1Char('\n')).toStdString();
        const AuditLog::Verification reference = AuditLog(*db).verifyRowByRow();
        EXPECT_EQ(chain.intact, reference.intact);
        EXPECT_EQ(chain.firstBrokenId, reference.firstBrokenId);
        EXPECT_EQ(chain.entries, reference.entries);
        EXPECT_EQ(chain.headId, reference.headId);
        EXPECT_EQ(chain.headHash, reference.headHash);
        const AuditLog::Verification alone = AuditLog(*db).verify();
        EXPECT_EQ(alone.intact, reference.intact);
        EXPECT_EQ(alone.firstBrokenId, reference.firstBrokenId);
    }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(TrailScanTest, OnRealDataTheScanSuspectsNothing) {
    TrailScan scan(*db);
    scan.run(true, tablesWithIds());
    EXPECT_TRUE(scan.complete());
    EXPECT_TRUE(scan.chain().suspects.isEmpty());
    EXPECT_TRUE(scan.suspects().isEmpty());
    EXPECT_GT(scan.chain().entries, 1000);
    expectSameFindings();
}

TEST_F(TrailScanTest, ValuesNoFormWouldAcceptAreReadAsQtReadsThem) {
    // Text with every kind of character, numbers in text columns and text in number columns,
    // bytes, NULLs, and the doubles whose writing is hardest to get right.
    direct(QStringLiteral(
        "INSERT INTO people (name, title, contact, notes, active_from, row_version) VALUES "
        "('引號\"與\\反斜線' || char(1) || char(9) || char(10) || char(31) || char(127), "
        "'😀 𠀀 ' || char(8232) || char(65279), 9223372036854775807, x'e8b387e5ae89', NULL, "
        "'two')"));
    direct(QStringLiteral("INSERT INTO people (name, notes, row_version) VALUES ('', -0.0, 2.5)"));
    const qint64 objective = anyId(QStringLiteral("objectives"));
    for (const char* value :
         {"0.1", "1e21", "5e-324", "1e-7", "-0.0", "123456789012345678.0", "1e300", "9e999",
          "-9e999", "9223372036854775808.0", "0.30000000000000004", "100.0/3"}) {
        direct(
            QStringLiteral(
                "INSERT INTO measurements (objective_id, period_start, period_end, value) VALUES "
                "(%1, '2026-01-01', '2026-01-31', %2)")
                .arg(objective)
                .arg(QLatin1String(value)));
    }
    const qint64 user =
        UserService(*db).createUser(QStringLiteral("lin"), QStringLiteral("林小姐"),
                                    UserRole::Viewer, QStringLiteral("a long enough password"));
    direct(QStringLiteral("UPDATE users SET locked_until = x'00' WHERE id = %1").arg(user));
    ASSERT_FALSE(AuditState(*db).differences().isEmpty());
    adopt();

    TrailScan scan(*db);
    scan.run(true, tablesWithIds());
    QStringList suspects;
    for (const auto& s : scan.suspects())
        suspects << QStringLiteral("%1 %2").arg(s.table).arg(s.id);
    EXPECT_TRUE(suspects.isEmpty()) << suspects.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(scan.chain().suspects.isEmpty());
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
    expectSameFindings();
}

TEST_F(TrailScanTest, EveryDirectEditTheRowByRowReadingFindsTheScanFindsToo) {
    const qint64 person = anyId(QStringLiteral("people"));
    const qint64 measurement = anyId(QStringLiteral("measurements"));
    const qint64 item = anyId(QStringLiteral("action_items"));
    const qint64 user =
        UserService(*db).createUser(QStringLiteral("lin"), QStringLiteral("林小姐"),
                                    UserRole::Viewer, QStringLiteral("a long enough password"));
    direct(QStringLiteral("UPDATE people SET name = name || '.' WHERE id = %1").arg(person));
    direct(QStringLiteral(
               "UPDATE people SET active_to = NULL, title = CAST(x'ff' AS TEXT) WHERE id = %1")
               .arg(person + 1));
    direct(QStringLiteral("UPDATE people SET row_version = 'one' WHERE id = %1")
               .arg(person + 2));  // text for a number
    direct(QStringLiteral("UPDATE measurements SET value = value + 0.01 WHERE id = %1")
               .arg(measurement));
    direct(QStringLiteral("UPDATE measurements SET value = 'high' WHERE id = %1")
               .arg(measurement + 1));
    direct(
        QStringLiteral("UPDATE action_items SET title = title || char(0) WHERE id = %1").arg(item));
    direct(QStringLiteral("DELETE FROM action_items WHERE id = %1").arg(item + 1));
    direct(QStringLiteral("INSERT INTO people (name) VALUES ('無紀錄的人')"));
    direct(QStringLiteral("UPDATE users SET password_hash = password_hash || 'x' WHERE id = %1")
               .arg(user));
    expectSameFindings();
    EXPECT_GE(AuditState(*db).differences().size(), 9)
        << described(AuditState(*db).differences()).join(QLatin1Char('\n')).toStdString();

    // The trail itself edited: an image made to match an edit, and an entry's actor.
    direct(
        QStringLiteral(
            "UPDATE audit_log SET after_data = REPLACE(after_data, '\"row_version\":1', "
            "'\"row_version\":\"one\"') "
            "WHERE id = (SELECT MAX(id) FROM audit_log WHERE entity = 'people' AND entity_id = %1)")
            .arg(person + 2));
    direct(QStringLiteral("UPDATE audit_log SET actor = CAST(x'c0' AS TEXT) WHERE id = 20"));
    expectSameFindings();
    EXPECT_FALSE(AuditLog(*db).verify().intact);
}

TEST_F(TrailScanTest, AStoppedScanSaysItIsIncomplete) {
    int asked = 0;
    const auto stop = [&asked] { return ++asked > 1; };
    AuditLog::Verification chain;
    AuditState state(*db);
    state.differences(stop, &chain);
    EXPECT_FALSE(state.complete());
    EXPECT_FALSE(chain.complete);
    asked = 0;
    EXPECT_FALSE(AuditLog(*db).verify(stop).complete);
}
