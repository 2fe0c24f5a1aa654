#include "DemoDatabase.h"
#include "TestFiles.h"
#include "editor/PolicyEditor.h"
#include "i18n/Language.h"
#include "models/SectionTreeModel.h"
#include "pages/PolicyPage.h"
#include "pages/VersionActions.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "widgets/RocDateEdit.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace isms;
using isms::test::TestFiles;

namespace {

class PolicyEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("editor.sqlite")));
        db->setSession(core::Session::user(5, QStringLiteral("editor1"), QStringLiteral("林志豪"), core::UserRole::Editor));
        published = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
        draft = core::PolicyService(*db).newVersion(published, QStringLiteral("2.1"), QStringLiteral("修訂"));
    }
    QString heading(const QModelIndex& index) { return index.data().toString(); }
    QString top(ui::PolicyEditor& e, int row) { return heading(e.tree()->model()->index(row, 0)); }
    qint64 sectionId(const QString& h) {
        return core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM sections WHERE version_id = :v AND heading = :h"),
                                 {{QStringLiteral("v"), draft}, {QStringLiteral("h"), h}})
            .toLongLong();
    }

    TestFiles files;
    std::unique_ptr<core::Database> db;
    qint64 published = 0;
    qint64 draft = 0;
};

}  // namespace

TEST_F(PolicyEditorTest, EditUndoRedoASection) {
    ui::PolicyEditor editor(*db, draft);
    EXPECT_EQ(top(editor, 0), QStringLiteral("壹、目的"));
    editor.selectSection(sectionId(QStringLiteral("目的")));
    EXPECT_TRUE(editor.bodyField()->toPlainText().contains(QStringLiteral("特訂定本政策")));
    editor.headingField()->setText(QStringLiteral("目的與宗旨"));
    EXPECT_TRUE(editor.hasUnappliedText());
    ASSERT_TRUE(editor.applySectionText()) << editor.sectionMessage()->text().toStdString();
    EXPECT_FALSE(editor.hasUnappliedText());
    EXPECT_EQ(top(editor, 0), QStringLiteral("壹、目的與宗旨"));
    editor.undoStack()->undo();
    EXPECT_EQ(top(editor, 0), QStringLiteral("壹、目的"));
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].heading, QStringLiteral("目的"));
    editor.undoStack()->redo();
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].heading, QStringLiteral("目的與宗旨"));
    // An empty heading is refused with the reason, and nothing changes.
    editor.headingField()->clear();
    EXPECT_FALSE(editor.applySectionText());
    EXPECT_EQ(editor.sectionMessage()->text(), QStringLiteral("A section needs a heading."));
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

TEST_F(PolicyEditorTest, TreeOperationsRenumberLiveAndUndo) {
    ui::PolicyEditor editor(*db, draft);
    editor.selectSection(sectionId(QStringLiteral("依據")));
    ASSERT_TRUE(editor.addSibling());
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、New section"));
    EXPECT_EQ(top(editor, 3), QStringLiteral("肆、適用範圍"));
    ASSERT_TRUE(editor.moveUp());
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、New section"));
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、依據"));
    ASSERT_TRUE(editor.indent());  // under 壹、目的
    EXPECT_EQ(heading(editor.tree()->model()->index(0, 0, editor.tree()->model()->index(0, 0))),
              QStringLiteral("一、New section"));
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、依據"));
    editor.undoStack()->undo();  // indent
    editor.undoStack()->undo();  // move up
    editor.undoStack()->undo();  // add
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、依據"));
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、適用範圍"));
    EXPECT_EQ(core::PolicyRepository(*db).sectionCount(draft), 39);
    editor.undoStack()->redo();  // add again, with the same id
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、New section"));
}

TEST_F(PolicyEditorTest, DeleteAndUndoBringBackTheWholeSubtree) {
    ui::PolicyEditor editor(*db, draft);
    const qint64 basis = sectionId(QStringLiteral("依據"));
    editor.selectSection(basis);
    ASSERT_TRUE(editor.removeSection());
    EXPECT_EQ(core::PolicyRepository(*db).sectionCount(draft), 33);
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、適用範圍"));
    editor.undoStack()->undo();
    EXPECT_EQ(core::PolicyRepository(*db).sectionCount(draft), 39);
    EXPECT_EQ(sectionId(QStringLiteral("依據")), basis);
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、依據"));
}

TEST_F(PolicyEditorTest, TitleBlockAppliesAndUndoes) {
    ui::PolicyEditor editor(*db, draft);
    editor.effectiveDateField()->setDate(QDate(2026, 12, 1));
    editor.titleField()->setText(QStringLiteral("資通安全政策（修訂）"));
    ASSERT_TRUE(editor.applyTitleBlock()) << editor.titleMessage()->text().toStdString();
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).effectiveDate, QDate(2026, 12, 1));
    editor.undoStack()->undo();
    EXPECT_FALSE(core::PolicyRepository(*db).load(draft).effectiveDate.isValid());
    editor.effectiveDateField()->setDate(QDate(2024, 1, 1));  // before 2.0's effective date
    EXPECT_FALSE(editor.applyTitleBlock());
    EXPECT_TRUE(editor.titleMessage()->text().contains(QStringLiteral("previous version")));
    EXPECT_TRUE(editor.sectionMessage()->text().isEmpty());
}

TEST_F(PolicyEditorTest, APublishedVersionRefusesEveryEdit) {
    ui::PolicyEditor editor(*db, published);
    editor.selectSection(core::Sql::scalar(db->connection(),
                                           QStringLiteral("SELECT id FROM sections WHERE version_id = :v AND heading = '目的'"),
                                           {{QStringLiteral("v"), published}})
                             .toLongLong());
    EXPECT_FALSE(editor.addSibling());
    EXPECT_TRUE(editor.sectionMessage()->text().contains(QStringLiteral("new version")));
    editor.headingField()->setText(QStringLiteral("改"));
    EXPECT_FALSE(editor.applySectionText());
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

// The walk-through: a new version, a section edited and the edit undone, then approved
// and published — through the page and the editor.
TEST_F(PolicyEditorTest, NewVersionEditUndoApprovePublishThroughTheWindow) {
    ui::PolicyPage page(*db);
    QString message;
    page.showVersionById(draft);
    ASSERT_TRUE(page.versionActions()->button(QStringLiteral("edit"))->isEnabled());
    {
        ui::PolicyEditor editor(*db, draft);
        editor.selectSection(sectionId(QStringLiteral("審查")));
        editor.bodyField()->setPlainText(QStringLiteral("新增的說明"));
        ASSERT_TRUE(editor.applySectionText());
        editor.undoStack()->undo();
        editor.effectiveDateField()->setDate(QDate::currentDate());  // in force from today
        ASSERT_TRUE(editor.applyTitleBlock());
    }
    page.showVersionById(draft);
    ASSERT_TRUE(page.versionActions()->submit(&message)) << message.toStdString();
    db->setSession(core::Session::user(6, QStringLiteral("chair"), QStringLiteral("王大明"), core::UserRole::Chair));
    page.showVersionById(draft);
    ASSERT_TRUE(page.versionActions()->approve(core::PolicyService(*db).fingerprint(draft), QStringLiteral("局長"), &message)) << message.toStdString();
    ASSERT_TRUE(page.versionActions()->publish(&message)) << message.toStdString();
    const auto v = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
    EXPECT_EQ(v.version, QStringLiteral("2.1"));
    EXPECT_EQ(v.status, core::VersionStatus::Published);
    // The undone edit is not in what was published.
    const auto content = core::PolicyRepository(*db).load(v.id);
    EXPECT_TRUE(content.sections[3].children[2].paragraphs.isEmpty());
}
