#include "DemoDatabase.h"
#include "TestFiles.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

QList<QVariantList> rows(Database& db, const ListQuery& q) {
    QSqlQuery query = Sql::run(db.connection(), q.selectStatement(), q.boundValues());
    QList<QVariantList> out;
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < q.definition().columns.size(); ++c) row << query.value(c);
        out << row;
    }
    return out;
}

}  // namespace

TEST(ListQuery, EveryListRunsAndSortsOnEveryColumn) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("lists.sqlite")));
    for (const QString& key : ListCatalog::keys()) {
        const ListDefinition d = ListCatalog::definition(key);
        EXPECT_EQ(d.key, key);
        EXPECT_FALSE(d.title.isEmpty());
        ListQuery q(d);
        for (int c = 0; c < d.columns.size(); ++c) {
            q.setSort(c, c % 2 == 1);
            EXPECT_NO_THROW(rows(*db, q)) << key.toStdString() << " column " << c;
        }
        q.setSearch(QStringLiteral("資通"));
        EXPECT_NO_THROW(rows(*db, q)) << key.toStdString();
        EXPECT_NO_THROW(Sql::scalar(db->connection(), q.countStatement(), q.boundValues()));
    }
}

TEST(ListQuery, SortsInSql) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("lists.sqlite")));
    ListQuery q(ListCatalog::definition(QStringLiteral("action_items")));
    q.setSort(7, false);  // due date
    auto ascending = rows(*db, q);
    ASSERT_EQ(ascending.size(), 8);
    EXPECT_EQ(ascending.first()[7].toString(), QStringLiteral("2025-06-30"));
    EXPECT_EQ(ascending.last()[7].toString(), QStringLiteral("2025-12-10"));
    q.setSort(7, true);
    EXPECT_EQ(rows(*db, q).first()[7].toString(), QStringLiteral("2025-12-10"));
}

TEST(ListQuery, SearchFiltersInSqlAndTreatsWildcardsLiterally) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("lists.sqlite")));
    ListQuery q(ListCatalog::definition(QStringLiteral("action_items")));
    q.setSearch(QStringLiteral("社交工程"));
    ASSERT_EQ(rows(*db, q).size(), 1);
    EXPECT_EQ(Sql::scalar(db->connection(), q.countStatement(), q.boundValues()).toInt(), 1);
    q.setSearch(QStringLiteral("陳美玲"));  // the owner's name, from a joined table
    EXPECT_EQ(rows(*db, q).size(), 4);
    q.setSearch(QStringLiteral("%"));  // two results are measured in per cent
    EXPECT_EQ(rows(*db, q).size(), 2);
    q.setSearch(QStringLiteral("可用率%99"));  // as a wildcard it would match "可用率 99.8 %"
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QStringLiteral("可用率_99"));
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QStringLiteral("99.8 %"));
    EXPECT_EQ(rows(*db, q).size(), 1);
    q.setSearch(QStringLiteral("'; DROP TABLE action_items; --"));
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QString());
    EXPECT_EQ(rows(*db, q).size(), 8);
}

TEST(ListQuery, UnknownListIsAnError) {
    EXPECT_THROW(ListCatalog::definition(QStringLiteral("nope")), std::exception);
}
