#include <gtest/gtest.h>

#include <functional>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "services/ObjectiveRegister.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

// A small draft: 壹 A (一 A1, 二 A2), 貳 B, 參 C.
class SectionEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = Workspace::open(files.database(QStringLiteral("edit.sqlite")), false);
        db->setSession(isms::test::administrator(QStringLiteral("editor")));
        PolicyContent c;
        c.code = QStringLiteral("E-1");
        c.version = QStringLiteral("1.0");
        c.title = QStringLiteral("測試政策");
        c.orgName = QStringLiteral("測試機關");
        c.sections.push_back(
            {0,
             QStringLiteral("A"),
             {QStringLiteral("a text")},
             {{0, QStringLiteral("A1"), {}, {}}, {0, QStringLiteral("A2"), {}, {}}}});
        c.sections.push_back({0, QStringLiteral("B"), {}, {}});
        c.sections.push_back({0, QStringLiteral("C"), {}, {}});
        version = PolicyImporter(*db).import(c).versionId;
    }
    // The tree as derived numbers and headings, one line each.
    QStringList outline() {
        QStringList out;
        const PolicyContent c = PolicyRepository(*db).load(version);
        forEachSection(c.sections, [&](const PolicySection& s, const QList<int>& path) {
            out << c.numbering.label(path) + s.heading;
        });
        return out;
    }
    qint64 idOf(const QString& heading) {
        return Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT id FROM sections WHERE version_id = :v AND heading = :h"),
                   {{QStringLiteral("v"), version}, {QStringLiteral("h"), heading}})
            .toLongLong();
    }

    TestFiles files;
    std::unique_ptr<Database> db;
    qint64 version = 0;
};

}  // namespace

TEST_F(SectionEditorTest, NumberingFollowsEveryTreeOperation) {
    SectionEditor e(*db, version);
    EXPECT_EQ(outline(), QStringList({"壹、A", "一、A1", "二、A2", "貳、B", "參、C"}));
    // Add a child at the end of A, a sibling between B and C.
    e.insert(e.treeVersion(), {idOf(QStringLiteral("A")), 2}, QStringLiteral("A3"), {});
    e.insert(e.treeVersion(), {0, 2}, QStringLiteral("D"), {QStringLiteral("d text")});
    EXPECT_EQ(outline(),
              QStringList({"壹、A", "一、A1", "二、A2", "三、A3", "貳、B", "參、D", "肆、C"}));
    SectionEditor::Position to;
    // Move C up; indent D under B; outdent A2 after A.
    ASSERT_TRUE(e.upTarget(idOf(QStringLiteral("C")), &to));
    e.move(e.treeVersion(), idOf(QStringLiteral("C")), to);
    EXPECT_EQ(outline(),
              QStringList({"壹、A", "一、A1", "二、A2", "三、A3", "貳、B", "參、C", "肆、D"}));
    ASSERT_TRUE(e.indentTarget(idOf(QStringLiteral("D")), &to));
    e.move(e.treeVersion(), idOf(QStringLiteral("D")), to);
    EXPECT_EQ(outline(),
              QStringList({"壹、A", "一、A1", "二、A2", "三、A3", "貳、B", "參、C", "一、D"}));
    ASSERT_TRUE(e.outdentTarget(idOf(QStringLiteral("A2")), &to));
    e.move(e.treeVersion(), idOf(QStringLiteral("A2")), to);
    EXPECT_EQ(outline(),
              QStringList({"壹、A", "一、A1", "二、A3", "貳、A2", "參、B", "肆、C", "一、D"}));
    ASSERT_TRUE(e.downTarget(idOf(QStringLiteral("A")), &to));
    e.move(e.treeVersion(), idOf(QStringLiteral("A")), to);
    EXPECT_EQ(outline(),
              QStringList({"壹、A2", "貳、A", "一、A1", "二、A3", "參、B", "肆、C", "一、D"}));
    EXPECT_FALSE(e.upTarget(idOf(QStringLiteral("A2")), &to));
    EXPECT_FALSE(e.outdentTarget(idOf(QStringLiteral("B")), &to));
    EXPECT_FALSE(e.indentTarget(idOf(QStringLiteral("A1")), &to));
    EXPECT_FALSE(e.downTarget(idOf(QStringLiteral("D")), &to));
    EXPECT_THROW(
        e.move(e.treeVersion(), idOf(QStringLiteral("A")), {idOf(QStringLiteral("A1")), 0}), Error);
}

TEST_F(SectionEditorTest, RemoveAndRestoreGiveBackTheSameSectionsAndIds) {
    SectionEditor e(*db, version);
    const QString before = PolicyFingerprint::of(PolicyRepository(*db).load(version));
    const qint64 a = idOf(QStringLiteral("A"));
    const SectionEditor::Position at = e.positionOf(a);
    const PolicySection subtree = e.load(a);
    e.remove(e.treeVersion(), a);
    EXPECT_EQ(outline(), QStringList({"壹、B", "貳、C"}));
    EXPECT_EQ(idOf(QStringLiteral("A1")), 0);
    e.restore(e.treeVersion(), at, subtree);
    EXPECT_EQ(idOf(QStringLiteral("A")), a);
    EXPECT_EQ(PolicyFingerprint::of(PolicyRepository(*db).load(version)), before);
}

TEST_F(SectionEditorTest, EditsHeadingAndParagraphsAndRefusesAnEmptyHeading) {
    SectionEditor e(*db, version);
    const qint64 b = idOf(QStringLiteral("B"));
    e.update(e.treeVersion(), b, QStringLiteral("B 改"),
             {QStringLiteral("第一段"), QString(), QStringLiteral("第二段")});
    const PolicySection s = e.load(b);
    EXPECT_EQ(s.heading, QStringLiteral("B 改"));
    EXPECT_EQ(s.paragraphs, QStringList({"第一段", "第二段"}));
    try {
        e.update(e.treeVersion(), b, QStringLiteral("  "), {});
        FAIL();
    } catch (const Error& err) {
        EXPECT_EQ(err.kind(), Error::Kind::Invalid);
        EXPECT_EQ(err.message(), QStringLiteral("A section needs a heading."));
    }
    EXPECT_EQ(e.load(b).heading, QStringLiteral("B 改"));
}

TEST_F(SectionEditorTest, AnEditOnAStalePictureIsRefused) {
    SectionEditor mine(*db, version);
    const int seen = mine.treeVersion();
    auto other = Database::open(db->path());
    other->setSession(isms::test::administrator(QStringLiteral("someone-else")));
    SectionEditor theirs(*other, version);
    theirs.insert(theirs.treeVersion(), {0, 0}, QStringLiteral("Z"), {});
    try {
        mine.remove(seen, idOf(QStringLiteral("B")));
        FAIL();
    } catch (const Error& err) {
        EXPECT_EQ(err.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(err.message().contains(QStringLiteral("someone-else")));
    }
    EXPECT_NE(idOf(QStringLiteral("B")), 0);
}

TEST_F(SectionEditorTest, TitleBlockWithValidation) {
    SectionEditor e(*db, version);
    SectionEditor::TitleBlock block{QStringLiteral("新標題"), Classification::Sensitive,
                                    QDate(2026, 1, 1), QStringLiteral("注意")};
    e.setTitleBlock(e.treeVersion(), block);
    const PolicyContent c = PolicyRepository(*db).load(version);
    EXPECT_EQ(c.title, QStringLiteral("新標題"));
    EXPECT_EQ(c.classification, Classification::Sensitive);
    EXPECT_EQ(c.effectiveDate, QDate(2026, 1, 1));
    block.title.clear();
    EXPECT_THROW(e.setTitleBlock(e.treeVersion(), block), Error);
    block.title = QStringLiteral("新標題");
    block.effectiveDate = QDate();  // not set yet: allowed for a draft
    e.setTitleBlock(e.treeVersion(), block);
    EXPECT_FALSE(PolicyRepository(*db).load(version).effectiveDate.isValid());
}

TEST_F(SectionEditorTest, ALockedVersionCannotBeEdited) {
    PolicyService s(*db);
    SectionEditor e(*db, version);
    e.setTitleBlock(e.treeVersion(), {QStringLiteral("測試政策"), Classification::Internal,
                                      QDate(2026, 1, 1), QString()});
    s.submitForReview(version,
                      isms::test::rowVersion(*db, QStringLiteral("document_versions"), version));
    const QString password = isms::test::signIn(*db, QStringLiteral("chief"),
                                                QStringLiteral("王局長"), UserRole::Administrator);
    s.approve(version, isms::test::rowVersion(*db, QStringLiteral("document_versions"), version),
              PolicyService(*db).fingerprint(version), QStringLiteral("局長"), password);
    try {
        e.insert(e.treeVersion(), {0, 0}, QStringLiteral("X"), {});
        FAIL();
    } catch (const Error& err) {
        EXPECT_EQ(err.kind(), Error::Kind::Refused);
    }
    EXPECT_THROW(e.update(e.treeVersion(), idOf(QStringLiteral("B")), QStringLiteral("B2"), {}),
                 Error);
    EXPECT_THROW(e.remove(e.treeVersion(), idOf(QStringLiteral("B"))), Error);
    EXPECT_EQ(outline(), QStringList({"壹、A", "一、A1", "二、A2", "貳、B", "參、C"}));
}

TEST_F(SectionEditorTest, DeletingASectionKeepsItsRegisterRowsUnlinked) {
    db->setSession(isms::test::administrator(QStringLiteral("editor")));
    const QString file =
        files.write(QStringLiteral("p.txt"),
                    "文件編號：G-1\n版本編號：1.0\n\n壹、目標\n\n一、目標如下：\n\n1. "
                    "第一目標。\n\n2. 第二目標。\n");
    const qint64 v = PolicyImporter(*db).importFile(file).versionId;
    {
        // As its publication would: the items become objectives, each linked to its section.
        Transaction tx(*db);
        ObjectiveRegister(*db).settle(isms::test::everything(*db), v);
        tx.commit();
    }
    ASSERT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM objective_wordings WHERE version_id = :v"),
                    {{QStringLiteral("v"), v}})
            .toInt(),
        2);
    SectionEditor e(*db, v);
    const qint64 first =
        Sql::scalar(
            db->connection(),
            QStringLiteral(
                "SELECT section_id FROM objective_wordings WHERE version_id = :v AND number = 1"),
            {{QStringLiteral("v"), v}})
            .toLongLong();
    e.remove(e.treeVersion(), first);
    EXPECT_TRUE(
        Sql::scalar(
            db->connection(),
            QStringLiteral(
                "SELECT section_id FROM objective_wordings WHERE version_id = :v AND number = 1"),
            {{QStringLiteral("v"), v}})
            .isNull());
}
