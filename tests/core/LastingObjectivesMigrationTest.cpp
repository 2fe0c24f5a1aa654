#include "TestFiles.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

// Schema 12 kept one copy of every objective per policy version: 2.0 (in force until 2026) and
// 2.1 (in force since) each had their own, the draft 2.2 too. Records were made against
// whichever copy was current then.
void writeSchema12Database(const QString& location) {
    const QString name = QStringLiteral("schema12");
    {
        QSqlDatabase db = TestFiles::onServer() ? ServerAddress::parse(location).connect(name, QString())
                                                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!TestFiles::onServer()) db.setDatabaseName(location);
        ASSERT_TRUE(db.isOpen() || db.open());
        Migrator(db).migrateTo(12);
        const char* const statements[] = {
            "INSERT INTO documents (id, code, title) VALUES (1, 'P-1', '政策')",
            "INSERT INTO document_versions (id, document_id, version, status, title, effective_date, created_at) VALUES "
            "(1, 1, '2.0', 'published', '政策', '2025-01-01', '2024-12-01'), "
            "(2, 1, '2.1', 'published', '政策', '2026-01-01', '2025-12-01'), "
            "(3, 1, '2.2', 'draft', '政策', NULL, '2026-11-01')",
            // 2.0's copies, then 2.1's (a third objective added), then the draft's (only one).
            "INSERT INTO objectives (id, version_id, number, text, kpi_name, target) VALUES "
            "(1, 1, 1, '可用率目標', '可用率', 99), (2, 1, 2, '通報目標', '', NULL), "
            "(3, 2, 1, '可用率目標（修）', '核心系統可用率', 99.5), (4, 2, 2, '通報目標', '通報比率', 100), "
            "(5, 2, 3, '演練目標', '', NULL), (6, 3, 1, '可用率目標（再修）', '', NULL)",
            "INSERT INTO measurements (id, objective_id, period_start, period_end, value) VALUES "
            "(1, 1, '2025-01-01', '2025-06-30', 99.1), (2, 3, '2026-01-01', '2026-06-30', 99.7), "
            "(3, 4, '2026-01-01', '2026-06-30', 100)",
            "INSERT INTO action_items (id, objective_id, plan_year, title, status) VALUES "
            "(1, 2, 2025, '舊年度行動', 'done'), (2, 4, 2026, '新年度行動', 'planned'), (3, NULL, 2026, '無目標', 'planned')",
            "INSERT INTO review_cycles (id, subject_kind, subject_id, title, interval_months) VALUES "
            "(1, 'objective', 4, '目標 2 審查', 12), (2, 'drill', NULL, '社交工程演練', 6)",
        };
        for (const char* statement : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QString::fromUtf8(statement))) << statement;
        }
        if (TestFiles::onServer()) {
            // Rows given their ids by hand, as the old program's would have come from the sequence.
            QSqlQuery(db).exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('objectives', 'id'), 6)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

TEST(LastingObjectivesMigration, CopiesOfOneNumberBecomeOneObjectiveAndNothingIsLostOrRepointedWrongly) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("old"));
    writeSchema12Database(location);
    auto db = Database::open(location);
    ASSERT_EQ(db->schemaVersion(), Migrator::latestVersion());
    const QSqlDatabase c = db->connection();
    const auto scalar = [&](const char* sql) { return Sql::scalar(c, QString::fromUtf8(sql)); };

    // Three lasting objectives, each the oldest copy's id, of the document.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM objectives").toInt(), 3);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM objectives WHERE id IN (1, 2, 5) AND document_id = 1").toInt(), 3);
    // Every version keeps its own wording, under the lasting identity.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM objective_wordings").toInt(), 6);
    EXPECT_EQ(scalar("SELECT text FROM objective_wordings WHERE version_id = 2 AND number = 1").toString(),
              QStringLiteral("可用率目標（修）"));
    EXPECT_EQ(scalar("SELECT objective_id FROM objective_wordings WHERE version_id = 3 AND number = 1").toInt(), 1);
    EXPECT_EQ(scalar("SELECT objective_id FROM objective_wordings WHERE version_id = 2 AND number = 3").toInt(), 5);
    // The indicator is the newest published copy's (2.1's), not the older one or the draft's.
    EXPECT_EQ(scalar("SELECT kpi_name FROM objectives WHERE id = 1").toString(), QStringLiteral("核心系統可用率"));
    EXPECT_DOUBLE_EQ(scalar("SELECT target FROM objectives WHERE id = 1").toDouble(), 99.5);
    EXPECT_EQ(scalar("SELECT kpi_name FROM objectives WHERE id = 2").toString(), QStringLiteral("通報比率"));
    // Measurements of both copies are one objective's trend now; nothing is lost.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM measurements").toInt(), 3);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM measurements WHERE objective_id = 1").toInt(), 2);
    EXPECT_EQ(scalar("SELECT objective_id FROM measurements WHERE id = 3").toInt(), 2);
    // Action items and the objective's review cycle follow their objective; others stay as they were.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM action_items WHERE objective_id = 2").toInt(), 2);
    EXPECT_TRUE(scalar("SELECT objective_id FROM action_items WHERE id = 3").isNull());
    EXPECT_EQ(scalar("SELECT subject_id FROM review_cycles WHERE id = 1").toInt(), 2);
    EXPECT_TRUE(scalar("SELECT subject_id FROM review_cycles WHERE id = 2").isNull());
    // The helper table is gone and every link holds.
    EXPECT_FALSE(c.tables().contains(QStringLiteral("objective_merge")));
    if (!TestFiles::onServer()) {
        QSqlQuery check(c);
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(check.next());
        EXPECT_EQ(scalar("PRAGMA foreign_keys").toInt(), 1);
    }
    // A new objective after the migration numbers on from the kept ids.
    QSqlQuery insert(c);
    ASSERT_TRUE(insert.exec(QStringLiteral("INSERT INTO objectives (document_id) VALUES (1)")));
    EXPECT_GT(scalar("SELECT MAX(id) FROM objectives").toInt(), 6);
}

TEST(OverdueMigration, AStoredOverdueBecomesTheStatusTheItemReallyHas) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("old14"));
    const QString name = QStringLiteral("schema13");
    {
        QSqlDatabase db = TestFiles::onServer() ? ServerAddress::parse(location).connect(name, QString())
                                                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!TestFiles::onServer()) db.setDatabaseName(location);
        ASSERT_TRUE(db.isOpen() || db.open());
        Migrator(db).migrateTo(13);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO action_items (plan_year, title, status, progress) VALUES "
                                          "(2025, '未開始', 'overdue', 0), (2025, '進行中', 'overdue', 40), "
                                          "(2025, '已完成', 'done', 100)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = Database::open(location);
    const auto status = [&](const char* title) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT status FROM action_items WHERE title = :t"),
                           {{QStringLiteral("t"), QString::fromUtf8(title)}})
            .toString();
    };
    EXPECT_EQ(status("未開始"), QStringLiteral("planned"));
    EXPECT_EQ(status("進行中"), QStringLiteral("in_progress"));
    EXPECT_EQ(status("已完成"), QStringLiteral("done"));
}
