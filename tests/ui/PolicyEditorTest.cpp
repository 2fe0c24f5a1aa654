#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "editor/PolicyEditor.h"
#include "editor/TitleBlockForm.h"
#include "i18n/Language.h"
#include "models/SectionTreeModel.h"
#include "pages/PolicyPage.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "widgets/RocDateEdit.h"
#include "widgets/VersionActions.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class PolicyEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("editor.sqlite")));
        db->setSession(core::Session::user(5, QStringLiteral("editor1"), QStringLiteral("林志豪"),
                                           core::UserRole::Editor));
        published = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
        draft = core::PolicyService(*db).newVersion(published, QStringLiteral("2.1"),
                                                    QStringLiteral("修訂"));
    }
    QString heading(const QModelIndex& index) { return index.data().toString(); }
    QString top(ui::PolicyEditor& e, int row) { return heading(e.tree()->model()->index(row, 0)); }
    qint64 sectionId(const QString& h) {
        return core::Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT id FROM sections WHERE version_id = :v AND heading = :h"),
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
    ASSERT_TRUE(editor.undo());
    EXPECT_EQ(top(editor, 0), QStringLiteral("壹、目的"));
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].heading, QStringLiteral("目的"));
    ASSERT_TRUE(editor.redo());
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].heading,
              QStringLiteral("目的與宗旨"));
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
    ASSERT_TRUE(editor.undo());  // indent
    ASSERT_TRUE(editor.undo());  // move up
    ASSERT_TRUE(editor.undo());  // add
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、依據"));
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、適用範圍"));
    EXPECT_EQ(core::PolicyRepository(*db).sectionCount(draft), 39);
    ASSERT_TRUE(editor.redo());  // add again, with the same id
    EXPECT_EQ(top(editor, 2), QStringLiteral("參、New section"));
}

TEST_F(PolicyEditorTest, DeleteAndUndoBringBackTheWholeSubtree) {
    ui::PolicyEditor editor(*db, draft);
    const qint64 basis = sectionId(QStringLiteral("依據"));
    editor.selectSection(basis);
    ASSERT_TRUE(editor.removeSection());
    EXPECT_EQ(core::PolicyRepository(*db).sectionCount(draft), 33);
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、適用範圍"));
    ASSERT_TRUE(editor.undo());
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
    ASSERT_TRUE(editor.undo());
    EXPECT_FALSE(core::PolicyRepository(*db).load(draft).effectiveDate.isValid());
    editor.effectiveDateField()->setDate(QDate(2024, 1, 1));  // before 2.0's effective date
    EXPECT_FALSE(editor.applyTitleBlock());
    EXPECT_TRUE(editor.titleMessage()->text().contains(QStringLiteral("previous version")));
    EXPECT_TRUE(editor.sectionMessage()->text().isEmpty());
}

TEST_F(PolicyEditorTest, TheOrganisationIsPutRightAndTheDocumentsOwnNumberingStaysAChoice) {
    // An imported document (3.0, numbered 1. 1.1 1.1.1) revised as 3.1.
    core::Session admin = core::Session::user(1, QStringLiteral("admin"), QStringLiteral("系統管理員"), core::UserRole::Administrator);
    db->setSession(admin);
    const auto imported = core::PolicyImporter(*db).importFile(QStringLiteral(ISMS_FIXTURE_DIR "/policies/decimal-outline.txt"));
    const qint64 revision = core::PolicyService(*db).newVersion(imported.versionId, QStringLiteral("3.1"), QStringLiteral("修訂"));
    const QString own = core::PolicyRepository(*db).load(revision).numbering.sample();
    {
        ui::PolicyEditor editor(*db, revision);
        auto* form = editor.findChild<ui::TitleBlockForm*>();
        ASSERT_NE(form, nullptr);
        form->organisationField()->setText(QStringLiteral("  某某市政府 資訊處 "));
        Q_EMIT form->organisationField()->textEdited(form->organisationField()->text());
        const int articles = form->numberingChooser()->findText(QStringLiteral("第一條"), Qt::MatchStartsWith);
        ASSERT_GE(articles, 0);
        form->numberingChooser()->setCurrentIndex(articles);
        ASSERT_TRUE(editor.applyTitleBlock()) << editor.titleMessage()->text().toStdString();
        const core::PolicyContent after = core::PolicyRepository(*db).load(revision);
        EXPECT_EQ(after.orgName, QStringLiteral("某某市政府 資訊處"));
        EXPECT_TRUE(after.numbering.sample().startsWith(QStringLiteral("第一條")));
        ASSERT_TRUE(editor.undo());
        EXPECT_EQ(core::PolicyRepository(*db).load(revision).orgName, QStringLiteral("新北市某某局"));
        ASSERT_TRUE(editor.redo());
    }
    // Opened again later, the document's own numbering (its 3.0's) is still offered.
    ui::PolicyEditor again(*db, revision);
    auto* form = again.findChild<ui::TitleBlockForm*>();
    EXPECT_EQ(form->organisationField()->text(), QStringLiteral("某某市政府 資訊處"));
    EXPECT_GE(form->numberingChooser()->findText(own), 0) << own.toStdString();
    EXPECT_TRUE(form->numberingChooser()->currentText().startsWith(QStringLiteral("第一條")));
    // A document of one version switched to another scheme still offers the one it came in with.
    const auto single = core::PolicyImporter(*db).importFile(QStringLiteral(ISMS_FIXTURE_DIR "/policies/chapters-articles.txt"));
    const QString articles = core::PolicyRepository(*db).load(single.versionId).numbering.sample();
    {
        ui::PolicyEditor editor(*db, single.versionId);
        auto* f = editor.findChild<ui::TitleBlockForm*>();
        f->numberingChooser()->setCurrentIndex(f->numberingChooser()->findText(
            core::NumberingScheme::preset(core::NumberingScheme::Preset::Decimal).sample()));
        ASSERT_TRUE(editor.applyTitleBlock()) << editor.titleMessage()->text().toStdString();
    }
    ui::PolicyEditor reopened(*db, single.versionId);
    EXPECT_GE(reopened.findChild<ui::TitleBlockForm*>()->numberingChooser()->findText(articles), 0) << articles.toStdString();
    // Core refuses a name no organisation has.
    core::SectionEditor::TitleBlock block = form->value();
    block.orgName = QString(201, QChar(u'局'));
    EXPECT_THROW(core::SectionEditor(*db, revision).setTitleBlock(core::SectionEditor(*db, revision).treeVersion(), block),
                 core::Error);
}

TEST_F(PolicyEditorTest, APublishedVersionRefusesEveryEdit) {
    ui::PolicyEditor editor(*db, published);
    editor.selectSection(
        core::Sql::scalar(
            db->connection(),
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
        ASSERT_TRUE(editor.undo());
        editor.effectiveDateField()->setDate(QDate::currentDate());  // in force from today
        ASSERT_TRUE(editor.applyTitleBlock());
    }
    page.showVersionById(draft);
    ASSERT_TRUE(page.versionActions()->submit(&message)) << message.toStdString();
    const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                QStringLiteral("王大明"), core::UserRole::Chair);
    page.showVersionById(draft);
    ASSERT_TRUE(page.versionActions()->approve(core::PolicyService(*db).fingerprint(draft),
                                               QStringLiteral("局長"), password, &message))
        << message.toStdString();
    ASSERT_TRUE(page.versionActions()->publish(&message)) << message.toStdString();
    const auto v = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
    EXPECT_EQ(v.version, QStringLiteral("2.1"));
    EXPECT_EQ(v.status, core::VersionStatus::Published);
    // The undone edit is not in what was published.
    const auto content = core::PolicyRepository(*db).load(v.id);
    EXPECT_TRUE(content.sections[3].children[2].paragraphs.isEmpty());
}

// What is typed into a section and not applied goes with it when another section is chosen, as
// one step that undo takes back.
TEST_F(PolicyEditorTest, TypedTextSurvivesChoosingAnotherSection) {
    ui::PolicyEditor editor(*db, draft);
    const qint64 purpose = sectionId(QStringLiteral("目的"));
    editor.selectSection(purpose);
    editor.bodyField()->setPlainText(QStringLiteral("新的目的說明"));
    EXPECT_TRUE(editor.isWindowModified());
    editor.selectSection(sectionId(QStringLiteral("依據")));
    EXPECT_EQ(editor.selectedSection(), sectionId(QStringLiteral("依據")));
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].paragraphs,
              QStringList{QStringLiteral("新的目的說明")});
    EXPECT_FALSE(editor.isWindowModified());
    EXPECT_EQ(editor.undoStack()->count(), 1);
    ASSERT_TRUE(editor.undo());
    EXPECT_TRUE(
        core::PolicyRepository(*db).load(draft).sections[0].paragraphs.join(QString()).contains(
            QStringLiteral("特訂定本政策")));
    EXPECT_EQ(editor.selectedSection(), purpose);  // undo shows what it took back
}

// A section whose typed text cannot be applied keeps it, and stays chosen, with the reason.
TEST_F(PolicyEditorTest, ARefusedTextKeepsItsSectionChosen) {
    ui::PolicyEditor editor(*db, draft);
    const qint64 purpose = sectionId(QStringLiteral("目的"));
    editor.selectSection(purpose);
    editor.headingField()->clear();
    editor.bodyField()->setPlainText(QStringLiteral("打了一半的字"));
    editor.selectSection(sectionId(QStringLiteral("依據")));
    EXPECT_EQ(editor.selectedSection(), purpose);
    EXPECT_EQ(editor.bodyField()->toPlainText(), QStringLiteral("打了一半的字"));
    EXPECT_EQ(editor.sectionMessage()->text(), QStringLiteral("A section needs a heading."));
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

// Enter in the heading applies the heading, and nothing else: not the title block, whose
// effective date stays unset (and shown as such).
TEST_F(PolicyEditorTest, EnterInTheHeadingAppliesOnlyTheHeading) {
    ui::PolicyEditor editor(*db, draft);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    EXPECT_TRUE(editor.effectiveDateField()->isNone());
    EXPECT_EQ(editor.effectiveDateField()->text(), QStringLiteral("(not set)"));
    editor.selectSection(sectionId(QStringLiteral("目的")));
    editor.headingField()->setFocus();
    editor.headingField()->setText(QStringLiteral("目的與宗旨"));
    QTest::keyClick(editor.headingField(), Qt::Key_Return);
    EXPECT_TRUE(editor.isVisible());
    const core::PolicyContent stored = core::PolicyRepository(*db).load(draft);
    EXPECT_EQ(stored.sections[0].heading, QStringLiteral("目的與宗旨"));
    EXPECT_FALSE(stored.effectiveDate.isValid());
    EXPECT_EQ(editor.headingField()->text(), QStringLiteral("目的與宗旨"));
    EXPECT_EQ(editor.undoStack()->count(), 1);
}

// Ctrl+S applies what was typed in the section and the title block; Ctrl+W closes.
TEST_F(PolicyEditorTest, SaveAndCloseKeys) {
    ui::PolicyEditor editor(*db, draft);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.selectSection(sectionId(QStringLiteral("目的")));
    editor.bodyField()->setFocus();
    editor.bodyField()->selectAll();
    QTest::keyClicks(editor.bodyField(), QStringLiteral("Saved with Ctrl+S"));
    editor.titleField()->setText(QStringLiteral("資通安全政策（修訂）"));
    Q_EMIT editor.titleField()->textEdited(editor.titleField()->text());
    EXPECT_TRUE(editor.windowTitle().endsWith(QStringLiteral("[*]")));
    EXPECT_TRUE(editor.isWindowModified());
    QTest::keySequence(&editor, QKeySequence::Save);
    const core::PolicyContent stored = core::PolicyRepository(*db).load(draft);
    EXPECT_EQ(stored.sections[0].paragraphs, QStringList{QStringLiteral("Saved with Ctrl+S")});
    EXPECT_EQ(stored.title, QStringLiteral("資通安全政策（修訂）"));
    EXPECT_FALSE(editor.isWindowModified());
    QTest::keySequence(&editor, QKeySequence(Qt::CTRL | Qt::Key_W));
    EXPECT_FALSE(editor.isVisible());
}

// Closing with typed text asks; Save applies it, Cancel keeps the editor open with the text.
TEST_F(PolicyEditorTest, ClosingWithTypedTextAsks) {
    ui::PolicyEditor editor(*db, draft);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    editor.selectSection(sectionId(QStringLiteral("目的")));
    editor.bodyField()->setPlainText(QStringLiteral("關閉前打的字"));
    QString question;
    isms::test::pressInNextBox(QMessageBox::Cancel, &question);
    QTest::keyClick(&editor, Qt::Key_Escape);
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(editor.bodyField()->toPlainText(), QStringLiteral("關閉前打的字"));
    EXPECT_TRUE(question.contains(QStringLiteral("not been saved"))) << question.toStdString();
    isms::test::pressInNextBox(QMessageBox::Save);
    editor.reject();
    EXPECT_FALSE(editor.isVisible());
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].paragraphs,
              QStringList{QStringLiteral("關閉前打的字")});
}

// Someone else changes the draft: an undo is then refused by core, and the editor's history is
// made true again (cleared), the draft shown as stored, and the reason said.
TEST_F(PolicyEditorTest, ARefusedUndoLeavesHistoryAndDraftInAgreement) {
    ui::PolicyEditor editor(*db, draft);
    editor.selectSection(sectionId(QStringLiteral("目的")));
    editor.headingField()->setText(QStringLiteral("目的與宗旨"));
    ASSERT_TRUE(editor.applySectionText());
    core::SectionEditor other(*db, draft);
    other.update(other.treeVersion(), sectionId(QStringLiteral("依據")), QStringLiteral("法令依據"),
                 {});
    EXPECT_FALSE(editor.undo());
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_FALSE(editor.undoStack()->canRedo());
    EXPECT_TRUE(editor.sectionMessage()->text().contains(QStringLiteral("was cleared")));
    const core::PolicyContent stored = core::PolicyRepository(*db).load(draft);
    EXPECT_EQ(stored.sections[0].heading, QStringLiteral("目的與宗旨"));
    EXPECT_EQ(stored.sections[1].heading, QStringLiteral("法令依據"));
    EXPECT_EQ(top(editor, 1), QStringLiteral("貳、法令依據"));  // shown as stored
}

// Close has each of its keys once (a key given twice to one action is ambiguous and runs
// nothing); the draft's Redo runs from the content field once the field has nothing of its own
// to redo; the undo step names its section.
TEST_F(PolicyEditorTest, CloseKeysAreUnambiguousAndTheDraftsRedoRunsFromAField) {
    ui::PolicyEditor editor(*db, draft);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    auto* close = editor.findChild<QAction*>(QStringLiteral("close"));
    ASSERT_NE(close, nullptr);
    const QList<QKeySequence> keys = close->shortcuts();
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
    for (const QKeySequence& k : keys) EXPECT_EQ(keys.count(k), 1) << k.toString().toStdString();

    editor.selectSection(sectionId(QStringLiteral("目的")));
    editor.headingField()->setText(QStringLiteral("目的與宗旨"));
    ASSERT_TRUE(editor.applySectionText());
    EXPECT_EQ(editor.undoStack()->undoText(), QStringLiteral("Edit section “目的與宗旨”"));
    ASSERT_TRUE(editor.undo());
    editor.bodyField()->setFocus();
    QTest::keySequence(editor.bodyField(), QKeySequence::Redo);
    EXPECT_EQ(core::PolicyRepository(*db).load(draft).sections[0].heading,
              QStringLiteral("目的與宗旨"));
    QTest::keySequence(editor.bodyField(), QKeySequence(Qt::CTRL | Qt::Key_W));
    EXPECT_FALSE(editor.isVisible());
}
