#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "PolicyPrinting.h"
#include "Signer.h"
#include "TestFiles.h"
#include "dialogs/ApprovalDialog.h"
#include "dialogs/CompareDialog.h"
#include "dialogs/NewVersionDialog.h"
#include "dialogs/VerifyDialog.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/PolicyPage.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "widgets/ControlledCopiesWidget.h"
#include "widgets/PolicyHistoryWidget.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocDateEdit.h"
#include "widgets/VersionActions.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

class DocumentControlUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.path(QStringLiteral("dc.sqlite")));
    }
    void TearDown() override { core::Language::install(QStringLiteral("en")); }
    void as(core::UserRole::Value role, const QString& name) {
        db->setSession(core::Session::user(7, QStringLiteral("u%1").arg(int(role)), name, role));
    }
    bool enabled(ui::PolicyPage& page, const char* name) {
        return page.versionActions()->button(QString::fromLatin1(name))->isEnabled();
    }
    int rowOf(ui::PolicyPage& page, const QString& version) {
        for (int r = 0; r < page.versionTable()->rowCount(); ++r) {
            if (page.versionTable()->item(r, 0)->text() == version) return r;
        }
        return -1;
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST_F(DocumentControlUiTest, NewVersionReviewApprovePublish) {
    as(core::UserRole::Editor, QStringLiteral("林志豪"));
    ui::PolicyPage page(*db);
    // The published version: only "New version…" makes sense.
    EXPECT_TRUE(enabled(page, "new"));
    EXPECT_FALSE(enabled(page, "submit"));
    EXPECT_FALSE(enabled(page, "date"));
    EXPECT_FALSE(enabled(page, "approve"));
    QString message;
    EXPECT_FALSE(page.versionActions()->newVersion(QStringLiteral("2.1"), QString(), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("change summary")));
    ASSERT_TRUE(page.versionActions()->newVersion(QStringLiteral("2.1"),
                                                  QStringLiteral("修訂目標 6"), &message))
        << message.toStdString();
    ASSERT_EQ(page.versionTable()->rowCount(), 2);
    const int draftRow = rowOf(page, QStringLiteral("2.1"));
    EXPECT_TRUE(page.versionTable()->item(draftRow, 0)->isSelected());
    EXPECT_EQ(page.versionTable()->item(draftRow, 1)->text(), QStringLiteral("Draft"));
    EXPECT_TRUE(enabled(page, "submit"));
    EXPECT_TRUE(enabled(page, "date"));
    ASSERT_TRUE(page.versionActions()->setEffectiveDate(QDate(2026, 12, 1), &message))
        << message.toStdString();
    ASSERT_TRUE(page.versionActions()->submit(&message)) << message.toStdString();
    EXPECT_EQ(page.versionTable()->item(rowOf(page, QStringLiteral("2.1")), 1)->text(),
              QStringLiteral("In review"));
    EXPECT_FALSE(enabled(page, "approve"));  // an editor does not approve

    const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                QStringLiteral("王大明"), core::UserRole::Chair);
    const qint64 draftId =
        core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.1")).id;
    page.showVersionById(draftId);
    EXPECT_TRUE(enabled(page, "approve"));
    EXPECT_FALSE(enabled(page, "new"));  // a chair does not write drafts
    ASSERT_TRUE(page.versionActions()->approve(core::PolicyService(*db).fingerprint(draftId),
                                               QStringLiteral("局長"), password, &message))
        << message.toStdString();
    EXPECT_TRUE(enabled(page, "publish"));
    ASSERT_TRUE(page.versionActions()->publish(&message)) << message.toStdString();
    // Its effective date has come: it is current, and 2.0 says by which version it was replaced.
    EXPECT_EQ(page.versionTable()->item(rowOf(page, QStringLiteral("2.1")), 1)->text(),
              QStringLiteral("Current"));
    EXPECT_TRUE(page.versionTable()
                    ->item(rowOf(page, QStringLiteral("2.0")), 1)
                    ->text()
                    .startsWith(QStringLiteral("Superseded by 2.1 on")));
    // The revision history names the approver and the approved fingerprint.
    QTableWidget* history = page.historyWidget()->historyTable();
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_TRUE(history->item(1, 4)->text().startsWith(QStringLiteral("王大明 局長")));
    EXPECT_EQ(history->item(1, 5)->text().size(), 19);
    EXPECT_EQ(history->item(1, 3)->text(), QStringLiteral("修訂目標 6"));
}

// The journey that lost the chair's title: a draft without an effective date is stopped at
// submission with the list of what is missing, and the approval is signed in its dialog.
TEST_F(DocumentControlUiTest, SubmitListsWhatIsMissingAndTheApprovalIsSigned) {
    as(core::UserRole::Editor, QStringLiteral("林志豪"));
    ui::PolicyPage page(*db);
    QString message;
    ASSERT_TRUE(
        page.versionActions()->newVersion(QStringLiteral("2.1"), QStringLiteral("修訂"), &message));
    const qint64 draftId =
        core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.1")).id;
    QString box;
    isms::test::pressInNextBox(QMessageBox::Ok, &box);
    page.versionActions()->button(QStringLiteral("submit"))->click();
    EXPECT_TRUE(box.contains(QStringLiteral("not ready for approval"))) << box.toStdString();
    EXPECT_TRUE(box.contains(QStringLiteral("effective date is not set"))) << box.toStdString();
    EXPECT_EQ(core::PolicyRepository(*db).version(draftId).status, core::VersionStatus::Draft);
    ASSERT_TRUE(page.versionActions()->setEffectiveDate(QDate(2026, 12, 20), &message))
        << message.toStdString();
    ASSERT_TRUE(page.versionActions()->submit(&message)) << message.toStdString();

    const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                QStringLiteral("王大明"), core::UserRole::Chair);
    page.showVersionById(draftId);
    const QString fingerprint = core::PolicyService(*db).fingerprint(draftId);
    QStringList shown;
    QString afterWrong;
    bool titleKept = false;
    bool passwordSelected = false;
    isms::test::answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::ApprovalDialog*>(modal);
        if (!dialog) return;
        for (QLabel* label : dialog->findChildren<QLabel*>()) shown << label->text();
        dialog->titleField()->setText(QStringLiteral("主任委員"));
        dialog->passwordField()->setText(QStringLiteral("not my password"));
        dialog->accept();
        afterWrong = dialog->messageLabel()->text();
        titleKept = dialog->titleField()->text() == QStringLiteral("主任委員");
        passwordSelected = dialog->passwordField()->hasSelectedText();
        dialog->passwordField()->setText(password);
        dialog->accept();
    });
    page.versionActions()->button(QStringLiteral("approve"))->click();
    const QString everything = shown.join(QLatin1Char('\n'));
    for (const QString& fact :
         {QStringLiteral("ISMS-01-01"), QStringLiteral("2.1"),
          core::PolicyFingerprint::shortForm(fingerprint), QStringLiteral("王大明 (chair)")})
        EXPECT_TRUE(everything.contains(fact)) << fact.toStdString() << everything.toStdString();
    EXPECT_TRUE(afterWrong.contains(QStringLiteral("not the password")))
        << afterWrong.toStdString();
    EXPECT_TRUE(titleKept);
    EXPECT_TRUE(passwordSelected);
    EXPECT_EQ(core::PolicyRepository(*db).version(draftId).status, core::VersionStatus::Approved);
    EXPECT_EQ(core::Sql::scalar(
                  db->connection(),
                  QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'chair'"))
                  .toInt(),
              0);  // the right password, after the wrong one, starts the count again
}

TEST_F(DocumentControlUiTest, AViewerGetsNoButtons) {
    as(core::UserRole::Viewer, QStringLiteral("黃雅婷"));
    ui::PolicyPage page(*db);
    for (const char* name : {"new", "date", "submit", "return", "approve", "publish", "withdraw"}) {
        EXPECT_FALSE(enabled(page, name)) << name;
    }
}

TEST_F(DocumentControlUiTest, ReviewStateAndRecordingAReview) {
    as(core::UserRole::Editor, QStringLiteral("陳美玲"));
    ui::PolicyPage page(*db);
    ui::PolicyHistoryWidget* h = page.historyWidget();
    EXPECT_TRUE(h->reviewLabel()->text().contains(QStringLiteral("2025-09-11")));
    // Today (after 2026-09-11) the yearly review is overdue.
    EXPECT_EQ(h->reviewLabel()->text().contains(QStringLiteral("OVERDUE")),
              QDate::currentDate() > QDate(2026, 9, 11));
    QString message;
    EXPECT_EQ(h->recordReview(QDate::currentDate(), QString(), false, QString(), &message), -1);
    EXPECT_TRUE(message.contains(QStringLiteral("who reviewed")));
    EXPECT_EQ(h->recordReview(QDate::currentDate(), QStringLiteral("資通安全委員會"), false,
                              QStringLiteral("無須修訂"), &message),
              0);
    EXPECT_FALSE(h->reviewLabel()->text().contains(QStringLiteral("OVERDUE")));
    const qint64 draft = h->recordReview(QDate::currentDate(), QStringLiteral("資通安全委員會"),
                                         true, QStringLiteral("配合法規修正"), &message);
    ASSERT_GT(draft, 0);
    EXPECT_GE(rowOf(page, QStringLiteral("2.1")), 0);  // the page shows the new draft
}

TEST_F(DocumentControlUiTest, NewVersionDialogOffersTheNextNumbersAndKeepsCoresReason) {
    core::VersionSummary from;
    from.code = QStringLiteral("ISMS-01-01");
    from.version = QStringLiteral("2.0");
    ui::NewVersionDialog dialog(from, {QStringLiteral("2.1"), QStringLiteral("3.0")});
    EXPECT_EQ(dialog.numberChooser()->count(), 2);
    dialog.setWork([](const QString&, const QString&, QString* message) {
        *message = QStringLiteral("refused for a reason");
        return false;
    });
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("refused for a reason"));
}

TEST_F(DocumentControlUiTest, RocDateEditShowsAndReadsRocDates) {
    core::Language::install(QStringLiteral("zh_TW"));
    ui::RocDateEdit edit(QDate(2025, 9, 11));
    EXPECT_EQ(edit.text(), QStringLiteral("民國114年9月11日"));
    edit.findChild<QLineEdit*>()->setText(QStringLiteral("民國115年1月2日"));
    edit.interpretText();
    EXPECT_EQ(edit.date(), QDate(2026, 1, 2));
    core::Language::install(QStringLiteral("en"));
    ui::RocDateEdit english(QDate(2025, 9, 11));
    EXPECT_EQ(english.text(), QStringLiteral("2025-09-11"));
}

TEST_F(DocumentControlUiTest, CompareTwoVersionsWithARedline) {
    as(core::UserRole::Editor, QStringLiteral("林志豪"));
    const qint64 published = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const qint64 draft =
        core::PolicyService(*db).newVersion(published, QStringLiteral("2.1"), QStringLiteral("x"));
    core::SectionEditor editor(*db, draft);
    const qint64 review =
        core::Sql::scalar(
            db->connection(),
            QStringLiteral("SELECT id FROM sections WHERE version_id = :v AND heading LIKE "
                           "'本政策每年應審查一次%'"),
            {{QStringLiteral("v"), draft}})
            .toLongLong();
    const auto section = editor.load(review);
    editor.update(
        editor.treeVersion(), review,
        QString(section.heading).replace(QStringLiteral("每年"), QStringLiteral("每半年")), {});
    ui::CompareDialog dialog(*db, core::PolicyRepository(*db).version(draft).documentId);
    const QString text = dialog.view()->toPlainText();
    EXPECT_TRUE(text.contains(
        QStringLiteral("Changes from ISMS-01-01 version 2.0 to ISMS-01-01 version 2.1")))
        << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("Sections added: 0 · removed: 0 · changed: 1 · unchanged: 38")));
    EXPECT_TRUE(dialog.view()->toHtml().contains(QStringLiteral("underline")));  // the inserted 半
    // The same version on both sides: nothing changed.
    dialog.beforeChooser()->setCurrentIndex(dialog.afterChooser()->currentIndex());
    EXPECT_TRUE(
        dialog.view()->toPlainText().contains(QStringLiteral("changed: 0 · unchanged: 39")));
}

TEST_F(DocumentControlUiTest, ExportAndVerifyFromTheWindow) {
    const qint64 published = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    ui::PolicyPage page(*db);
    EXPECT_EQ(page.currentVersionId(), published);
    const QString pdf = files.path(QStringLiteral("copy.pdf"));
    QString message;
    ASSERT_TRUE(ui::PolicyPrinting(*db, &page).exportPdf(published, pdf, &message))
        << message.toStdString();
    ui::VerifyDialog dialog(*db);
    EXPECT_TRUE(dialog.verify(pdf));
    EXPECT_TRUE(dialog.verdictLabel()->text().contains(QStringLiteral("VALID")));
    // The verdict is never cut off: the dialog is as tall as its wrapped lines need.
    dialog.show();
    EXPECT_TRUE(dialog.verify(pdf));
    QLabel* verdict = dialog.verdictLabel();
    EXPECT_GE(verdict->height(), verdict->heightForWidth(verdict->width()));
    const QString shortForm =
        core::PolicyFingerprint::shortForm(core::PolicyService(*db).fingerprint(published));
    EXPECT_TRUE(dialog.verify(shortForm));
    EXPECT_FALSE(dialog.verify(QStringLiteral("0000-0000-0000-0000")));
    EXPECT_TRUE(dialog.verdictLabel()->text().contains(QStringLiteral("UNKNOWN")));
    EXPECT_FALSE(dialog.verify(QStringLiteral("nonsense")));
    EXPECT_TRUE(dialog.verdictLabel()->text().contains(QStringLiteral("hexadecimal")));
}

TEST_F(DocumentControlUiTest, IssueAndReturnAControlledCopy) {
    as(core::UserRole::Editor, QStringLiteral("陳美玲"));
    ui::PolicyPage page(*db);
    ui::ControlledCopiesWidget* copies = page.copiesWidget();
    QString message;
    ASSERT_TRUE(
        copies->issue(QStringLiteral("兵役處"), files.path(QStringLiteral("c1.pdf")), &message))
        << message.toStdString();
    ASSERT_EQ(copies->list()->model()->rowCount(), 1);
    EXPECT_EQ(copies->list()->model()->index(0, 3).data().toString(), QStringLiteral("兵役處"));
    EXPECT_FALSE(copies->close(false, &message));  // nothing chosen
    copies->list()->view()->setCurrentIndex(copies->list()->model()->index(0, 1));
    ASSERT_TRUE(copies->close(false, &message)) << message.toStdString();
    EXPECT_FALSE(copies->list()->model()->index(0, 5).data().toString().isEmpty());  // returned on
}

// A status that moved is said in the window's status bar: the version and what comes next.
TEST_F(DocumentControlUiTest, SubmittingSaysSoInTheStatusBar) {
    as(core::UserRole::Editor, QStringLiteral("林志豪"));
    QMainWindow window;
    auto* page = new ui::PolicyPage(*db);
    window.setCentralWidget(page);
    window.show();
    QString message;
    ASSERT_TRUE(page->versionActions()->newVersion(QStringLiteral("2.1"), QStringLiteral("修訂"),
                                                   &message));
    ASSERT_TRUE(page->versionActions()->setEffectiveDate(QDate(2026, 12, 20), &message))
        << message.toStdString();
    page->versionActions()->button(QStringLiteral("submit"))->click();
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral(
                  "Version 2.1 is in review: the convener approves it, or returns it to draft."));
}
