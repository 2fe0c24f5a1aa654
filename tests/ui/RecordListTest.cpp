#include <gtest/gtest.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/SettingsPage.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "widgets/RecordListWidget.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class RecordListTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("list.sqlite")));
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(RecordListTest, TypingInTheSearchFieldFiltersInSql) {
    ui::RecordListWidget list(*db, core::ListCatalog::definition(QStringLiteral("action_items")));
    list.show();
    ASSERT_EQ(list.model()->rowCount(), 8);
    QTest::keyClicks(list.searchField(), QStringLiteral("30,000"));  // the training's budget
    EXPECT_TRUE(QTest::qWaitFor([&] { return list.model()->rowCount() == 1; }, 3000));
    EXPECT_EQ(list.model()->data(list.model()->index(0, 2)).toInt(), 3);
    // Chinese arrives through the input method, as one insertion.
    list.searchField()->clear();
    list.searchField()->insert(QStringLiteral("社交工程"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return list.model()->rowCount() == 1 &&
                   list.model()->data(list.model()->index(0, 3)).toString() ==
                       QStringLiteral("辦理上半年度社交工程演練");
        },
        3000));
    EXPECT_TRUE(list.findChild<QLabel*>()->text().contains(QStringLiteral("1 record")));
    list.searchField()->clear();
    EXPECT_TRUE(QTest::qWaitFor([&] { return list.model()->rowCount() == 8; }, 3000));
}

TEST_F(RecordListTest, ClickingAHeaderSortsInSql) {
    ui::RecordListWidget list(*db, core::ListCatalog::definition(QStringLiteral("action_items")));
    list.show();
    list.view()->sortByColumn(11, Qt::AscendingOrder);  // progress
    EXPECT_EQ(list.model()->data(list.model()->index(0, 11)).toInt(), 0);
    list.view()->sortByColumn(11, Qt::DescendingOrder);
    EXPECT_EQ(list.model()->data(list.model()->index(0, 11)).toInt(), 100);
    EXPECT_EQ(list.model()->listQuery().sortColumn(), 11);
}

TEST_F(RecordListTest, ShowsLabelsNotKeysAndRefreshesAfterChanges) {
    ui::RecordListWidget list(*db, core::ListCatalog::definition(QStringLiteral("drills")));
    EXPECT_FALSE(list.model()->loaded());  // nothing is read until the list is shown
    EXPECT_EQ(list.model()->rowCount(), 0);
    list.show();
    EXPECT_EQ(list.model()->rowCount(), 1);
    EXPECT_EQ(list.model()->data(list.model()->index(0, 9)).toDouble(), 7.2);  // open rate %
    {
        core::Transaction tx(*db);
        core::RecordWriter(*db, isms::test::everything(*db))
            .insert(QStringLiteral("drills"), {{QStringLiteral("period_year"), 2025},
                                               {QStringLiteral("period_half"), 2},
                                               {QStringLiteral("emails_sent"), 10},
                                               {QStringLiteral("opened"), 1},
                                               {QStringLiteral("clicked"), 0}});
        tx.commit();
    }
    list.refresh();
    EXPECT_EQ(list.model()->rowCount(), 2);
    ui::RecordListWidget roles(*db, core::ListCatalog::definition(QStringLiteral("org_units")));
    roles.refresh();
    bool labelled = false;
    for (int r = 0; r < roles.model()->rowCount(); ++r) {
        labelled |= roles.model()->data(roles.model()->index(r, 4)).toString() ==
                    QStringLiteral("Internal unit");
    }
    EXPECT_TRUE(labelled);
}

TEST_F(RecordListTest, SettingsPageChecksTheDatabase) {
    ui::SettingsPage page(*db);
    page.runCheck();
    EXPECT_TRUE(page.checkResult()->text().contains(QStringLiteral("Database is sound.")))
        << page.checkResult()->text().toStdString();
    EXPECT_EQ(page.languageChooser()->count(), 2);
}

// Run against PostgreSQL too (the suite's postgres: tests): there the driver would otherwise
// read a whole result for the first screen.
TEST(RecordListPaging, ReadsAPageAtATimeAsTheViewScrolls) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("pages.sqlite")));
    constexpr int kItems = 600;
    {
        core::Transaction tx(*db);
        for (int i = 0; i < kItems; ++i) {
            core::RecordWriter(*db, isms::test::everything(*db))
                .insert(QStringLiteral("action_items"),
                        {{QStringLiteral("plan_year"), 2030},
                         {QStringLiteral("title"),
                          QStringLiteral("項目 %1").arg(i, 4, 10, QLatin1Char('0'))},
                         {QStringLiteral("status"), QStringLiteral("planned")}});
        }
        tx.commit();
    }
    ui::RecordListModel model(*db, core::ListCatalog::definition(QStringLiteral("action_items")));
    model.setFilter(QStringLiteral("year"), 2030);
    model.sort(3, Qt::DescendingOrder);  // by title
    model.refresh();
    EXPECT_EQ(model.rowCount(), ui::RecordListModel::kPage);
    EXPECT_EQ(model.matchingRows(), kItems);
    ASSERT_TRUE(model.canFetchMore({}));
    while (model.canFetchMore({})) model.fetchMore({});
    ASSERT_EQ(model.rowCount(), kItems);
    // In order across the pages, each item once.
    for (int row = 0; row < kItems; ++row) {
        EXPECT_EQ(model.data(model.index(row, 3)).toString(),
                  QStringLiteral("項目 %1").arg(kItems - 1 - row, 4, 10, QLatin1Char('0')))
            << row;
    }
    // A new order starts again from the first page.
    model.sort(3, Qt::AscendingOrder);
    EXPECT_EQ(model.rowCount(), ui::RecordListModel::kPage);
    EXPECT_EQ(model.data(model.index(0, 3)).toString(), QStringLiteral("項目 0000"));
    EXPECT_FALSE(model.lastError().isValid());
}
