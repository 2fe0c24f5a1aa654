#include <gtest/gtest.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QShowEvent>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "RowVersion.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "models/SectionTreeModel.h"
#include "pages/PolicyPage.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class PolicyPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("policy.sqlite")));
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

QModelIndex find(QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {}) {
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (model->data(i).toString() == text) return i;
        const QModelIndex inner = find(model, text, i);
        if (inner.isValid()) return inner;
    }
    return {};
}

}  // namespace

TEST_F(PolicyPageTest, ShowsTheDocumentItsVersionAndTitleBlock) {
    ui::PolicyPage page(*db);
    page.show();
    EXPECT_EQ(page.documentChooser()->count(), 1);
    EXPECT_TRUE(page.documentChooser()->currentText().startsWith(QStringLiteral("ISMS-01-01")));
    ASSERT_EQ(page.versionTable()->rowCount(), 1);
    EXPECT_EQ(page.versionTable()->item(0, 0)->text(), QStringLiteral("2.0"));
    EXPECT_EQ(page.versionTable()->item(0, 1)->text(), QStringLiteral("Current"));
    EXPECT_EQ(page.versionTable()->item(0, 2)->text(), QStringLiteral("2025-09-11"));
    EXPECT_EQ(page.titleLabel()->text(), QStringLiteral("暨所屬機關 資通安全管理制度 政策"));
}

TEST_F(PolicyPageTest, SectionTreeWithDerivedNumbers) {
    ui::PolicyPage page(*db);
    QAbstractItemModel* model = page.sectionView()->model();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->data(model->index(0, 0)).toString(), QStringLiteral("壹、目的"));
    EXPECT_EQ(model->data(model->index(4, 0)).toString(), QStringLiteral("伍、政策之評估及檢討"));
    EXPECT_TRUE(find(model, QStringLiteral("(一)資通安全政策：")).isValid());
    EXPECT_TRUE(find(model, QStringLiteral("8. 確保每半年一次社交工程演練成績為合格。")).isValid());
}

TEST_F(PolicyPageTest, SelectingASectionShowsItsText) {
    ui::PolicyPage page(*db);
    QAbstractItemModel* model = page.sectionView()->model();
    // The first section is selected at start.
    EXPECT_TRUE(page.sectionText()->toPlainText().contains(QStringLiteral("特訂定本政策")));
    page.sectionView()->setCurrentIndex(find(model, QStringLiteral("(一)資通安全政策：")));
    const QString text = page.sectionText()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("強化人員認知、避免資料外洩")));
    EXPECT_TRUE(text.contains(QStringLiteral("落實日常維運、確保服務可用")));
    page.sectionView()->setCurrentIndex(find(model, QStringLiteral("三、審查")));
    EXPECT_TRUE(
        page.sectionText()->toPlainText().contains(QStringLiteral("(二)本政策每年應審查一次")));
}

TEST_F(PolicyPageTest, ChoosingAnotherVersion) {
    const QString file = files.write(QStringLiteral("p.txt"),
                                     "某政策\n文件編號：ISMS-01-01\n版本編號：2."
                                     "1\n生效日期：115年1月1日\n\n壹、新目的\n\n內容。\n");
    core::PolicyImporter(*db).importFile(file);
    ui::PolicyPage page(*db);
    ASSERT_EQ(page.versionTable()->rowCount(), 2);
    EXPECT_EQ(page.sectionView()->model()->rowCount(), 5);  // the published one is shown first
    page.versionTable()->setCurrentCell(0, 0);              // newest first: 2.1 draft
    EXPECT_EQ(page.versionTable()->item(0, 1)->text(), QStringLiteral("Draft"));
    ASSERT_EQ(page.sectionView()->model()->rowCount(), 1);
    EXPECT_EQ(
        page.sectionView()->model()->data(page.sectionView()->model()->index(0, 0)).toString(),
        QStringLiteral("壹、新目的"));
}

TEST_F(PolicyPageTest, ShownAgainItReadsWhatAnotherWorkstationChangedOnTheVersionItShows) {
    const auto current =
        core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.0"));
    const qint64 draft = core::PolicyService(*db).newVersion(current.id, QStringLiteral("2.1"),
                                                             QStringLiteral("年度修訂"));
    ui::PolicyPage page(*db);
    page.show();
    page.showVersionById(draft);
    const int row = page.versionTable()->currentRow();
    ASSERT_EQ(page.versionTable()->item(row, 0)->text(), QStringLiteral("2.1"));
    const QString before = page.versionTable()->item(row, 1)->text();
    {
        auto other = core::Database::open(files.path(QStringLiteral("policy.sqlite")));
        other->setSession(isms::test::administrator(QStringLiteral("other-workstation")));
        core::PolicyService(*other).setEffectiveDate(
            draft, isms::test::rowVersion(*other, QStringLiteral("document_versions"), draft),
            QDate(2027, 1, 1));
        core::PolicyService(*other).submitForReview(
            draft, isms::test::rowVersion(*other, QStringLiteral("document_versions"), draft));
    }
    // As View ▸ Refresh shows it again.
    QShowEvent show;
    QCoreApplication::sendEvent(&page, &show);
    const int now = page.versionTable()->currentRow();
    ASSERT_EQ(page.versionTable()->item(now, 0)->text(), QStringLiteral("2.1"));
    EXPECT_NE(page.versionTable()->item(now, 1)->text(), before);
    EXPECT_EQ(page.versionTable()->item(now, 2)->text(), QStringLiteral("2027-01-01"));
}
