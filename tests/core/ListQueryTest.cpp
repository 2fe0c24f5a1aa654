#include <gtest/gtest.h>

#include <QBuffer>
#include <QSqlQuery>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListExport.h"
#include "storage/ListFormatter.h"
#include "storage/ListQuery.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

// As the views run a list: the list's search index caught up first.
QList<QVariantList> rows(Database& db, const ListQuery& q) {
    if (!q.search().isEmpty()) SearchIndex::catchUp(db, q.definition());
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
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("lists.sqlite")));
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
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("lists.sqlite")));
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
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("lists.sqlite")));
    ListQuery q(ListCatalog::definition(QStringLiteral("action_items")));
    q.setSearch(QStringLiteral("社交工程"));
    ASSERT_EQ(rows(*db, q).size(), 1);
    EXPECT_EQ(Sql::scalar(db->connection(), q.countStatement(), q.boundValues()).toInt(), 1);
    q.setSearch(QStringLiteral("陳美玲"));  // the owner's name, from a joined table
    EXPECT_EQ(rows(*db, q).size(), 4);
    q.setSearch(QStringLiteral("%"));  // two results are measured in per cent
    EXPECT_EQ(rows(*db, q).size(), 2);
    q.setSearch(QStringLiteral("可用率%99"));  // as a wildcard it would match "可用率 99.8%"
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QStringLiteral("可用率_99"));
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QStringLiteral("99.8%"));
    EXPECT_EQ(rows(*db, q).size(), 1);
    q.setSearch(QStringLiteral("'; DROP TABLE action_items; --"));
    EXPECT_EQ(rows(*db, q).size(), 0);
    q.setSearch(QString());
    EXPECT_EQ(rows(*db, q).size(), 8);
}

// The action items' search goes through a trigram index (schema 11): it finds what comparing
// every column would, and follows the items as they change.
TEST(ListQuery, TheActionItemIndexFindsWhatTheColumnsHold) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("search.sqlite")), 2025);
    ListDefinition indexed = ListCatalog::definition(QStringLiteral("action_items"));
    ASSERT_FALSE(indexed.search.isEmpty());
    ListDefinition scanned = indexed;
    scanned.search.clear();
    const QStringList terms{
        QStringLiteral("資安"),   QStringLiteral("教育訓練"), QStringLiteral("陳美玲"),
        QStringLiteral("民政局"), QStringLiteral("2025"),     QStringLiteral("done"),
        QStringLiteral("DONE"),   QStringLiteral("1"),        QStringLiteral("%"),
        QStringLiteral("_"),      QStringLiteral("100"),      QStringLiteral("x")};
    for (const QString& term : terms) {
        SearchIndex::catchUp(*db, indexed);
        ListQuery a(indexed);
        ListQuery b(scanned);
        a.setSearch(term);
        b.setSearch(term);
        EXPECT_EQ(rows(*db, a), rows(*db, b)) << term.toStdString();
    }
    ListQuery q(indexed);
    q.setSearch(QStringLiteral("弱點掃描服務"));
    EXPECT_EQ(rows(*db, q).size(), 0);
    const qint64 id =
        Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM action_items"))
            .toLongLong();
    ASSERT_TRUE(
        QSqlQuery(db->connection())
            .exec(QStringLiteral("UPDATE action_items SET title = '弱點掃描服務' WHERE id = %1")
                      .arg(id)));
    // The change is queued; the index has it once it catches up, as every search does first.
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM action_items_search_queue"))
                  .toInt(),
              1);
    EXPECT_EQ(Sql::scalar(db->connection(), q.countStatement(), q.boundValues()).toInt(),
              0);  // not yet indexed
    SearchIndex::catchUp(*db, indexed);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM action_items_search_queue"))
                  .toInt(),
              0);
    EXPECT_EQ(rows(*db, q).size(), 1);
    ASSERT_TRUE(QSqlQuery(db->connection())
                    .exec(QStringLiteral("DELETE FROM action_items WHERE id = %1").arg(id)));
    SearchIndex::catchUp(*db, indexed);
    EXPECT_EQ(rows(*db, q).size(), 0);
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM action_items_search"))
            .toInt(),
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM action_items")).toInt());
}

TEST(ListQuery, UnknownListIsAnError) {
    EXPECT_THROW(ListCatalog::definition(QStringLiteral("nope")), std::exception);
}

TEST(ListQuery, AColumnReadForThePageIsNeitherShownNorExported) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("hidden.sqlite")));
    const ListDefinition users = ListCatalog::definition(QStringLiteral("users"));
    ASSERT_FALSE(
        users.columns.constLast().shown);  // the account's row_version, for its next change
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ListExport::writeCsv(*db, ListQuery(users), out);
    const QList<QByteArray> lines = out.data().split('\n');
    int shown = 0;
    for (const auto& c : users.columns) shown += c.shown ? 1 : 0;
    EXPECT_EQ(lines.value(0).trimmed().split(',').size(), shown);
    EXPECT_FALSE(lines.value(0).trimmed().endsWith(','));
}

// A moment stored in UTC is shown in local time, as a ROC date in Chinese; no list says UTC.
TEST(ListFormatter, TimesAreShownInLocalTime) {
    const QString stored = QStringLiteral("2026-12-02T03:21:36.887Z");
    const QDateTime local = QDateTime::fromString(stored, Qt::ISODateWithMs).toLocalTime();
    isms::core::Language::install(QStringLiteral("en"));
    EXPECT_EQ(ListFormatter::text(ListDefinition::Format::Time, stored),
              local.date().toString(Qt::ISODate) + QLatin1Char(' ') +
                  local.time().toString(QStringLiteral("HH:mm:ss")));
    isms::core::Language::install(QStringLiteral("zh_TW"));
    EXPECT_EQ(ListFormatter::text(ListDefinition::Format::Time, stored),
              isms::core::RocDate::shortForm(local.date()) + QLatin1Char(' ') +
                  local.time().toString(QStringLiteral("HH:mm:ss")));
    for (const char* key : {"audit_log", "users", "backups"}) {
        for (const auto& c : ListCatalog::definition(QString::fromLatin1(key)).columns)
            EXPECT_FALSE(c.header.contains(QStringLiteral("UTC"))) << c.header.toStdString();
    }
    isms::core::Language::install(QStringLiteral("en"));
}

// The audit log names every kind of record the demo's trail holds in the user's words, never by
// its table.
TEST(ListFormatter, EveryRecordTypeOfTheTrailHasAName) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("kinds.sqlite")));
    isms::core::Language::install(QStringLiteral("zh_TW"));
    QSqlQuery q =
        Sql::run(db->connection(), QStringLiteral("SELECT DISTINCT entity FROM audit_log"));
    int kinds = 0;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString shown = ListFormatter::text(ListDefinition::Format::RecordKind, table);
        EXPECT_NE(shown, table);
        EXPECT_FALSE(shown.contains(QLatin1Char('_'))) << table.toStdString();
        ++kinds;
    }
    EXPECT_GT(kinds, 10);
    isms::core::Language::install(QStringLiteral("en"));
}
