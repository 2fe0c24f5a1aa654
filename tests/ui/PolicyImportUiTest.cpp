// File ▸ Import policy… as a person uses it: choose the file, read the preview (title block,
// numbering, the tree as it will print, what was read differently), import, and land on the new
// draft; a file that is no policy, a missing code and a version that exists are refused with the
// reason and write nothing; a role that may not edit policies finds the item greyed with why.
#include <gtest/gtest.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QComboBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>
#include <QTreeView>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "dialogs/PolicyImportDialog.h"
#include "domain/NumberingScheme.h"
#include "i18n/Language.h"
#include "pages/PolicyPage.h"
#include "widgets/PolicyHistoryWidget.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;

namespace {

class PolicyImportUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("zh_TW"));
        window = std::make_unique<ui::MainWindow>(isms::test::demoDatabase(files.path(QStringLiteral("import.sqlite"))));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window.reset();
        core::Language::install(QStringLiteral("en"));
    }
    QAction* importAction() {
        // The File menu says what may be done when it opens.
        QMenu* file = window->menuBar()->actions().first()->menu();
        emit file->aboutToShow();
        return window->findChild<QAction*>(QStringLiteral("import_policy"));
    }
    int versions() {
        return core::Sql::scalar(window->database().connection(), QStringLiteral("SELECT COUNT(*) FROM document_versions")).toInt();
    }
    // Answers the file dialog with path, then hands the preview to preview().
    void chooseFile(const QString& path, std::function<void(ui::PolicyImportDialog*)> preview) {
        isms::test::answerNextModal([path, preview](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (!dialog) return;
            dialog->selectFile(path);
            if (preview) {
                isms::test::answerNextModal([preview](QWidget* next) {
                    if (auto* d = qobject_cast<ui::PolicyImportDialog*>(next)) preview(d);
                });
            }
            QMetaObject::invokeMethod(dialog, "accept");
        });
    }
    static QPushButton* importButton(QDialog* d) {
        return d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    isms::test::TestFiles files;
    std::unique_ptr<ui::MainWindow> window;
};

QString fixture(const char* name) { return QStringLiteral(ISMS_FIXTURE_DIR "/policies/") + QString::fromLatin1(name); }

}  // namespace

TEST_F(PolicyImportUiTest, ThePreviewShowsTheDocumentAsItWillPrintThenTheDraftIsShown) {
    QAction* action = importAction();
    ASSERT_NE(action, nullptr);
    ASSERT_TRUE(action->isEnabled());
    const int before = versions();
    QStringList tree;
    QString numbering, warnings, button;
    chooseFile(fixture("hard-wrapped.txt"), [&](ui::PolicyImportDialog* d) {
        numbering = d->numberingChooser()->currentText();
        const QAbstractItemModel* m = d->sectionView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            tree << m->index(r, 0).data().toString();
            const QModelIndex parent = m->index(r, 0);
            for (int c = 0; c < m->rowCount(parent); ++c) tree << m->index(c, 0, parent).data().toString();
        }
        for (int i = 0; i < d->warningList()->count(); ++i) warnings += d->warningList()->item(i)->text() + QLatin1Char('\n');
        button = importButton(d)->text();
        importButton(d)->click();
    });
    action->trigger();
    EXPECT_TRUE(numbering.startsWith(QStringLiteral("壹、／一、／(一)／1.／(1)／1)"))) << numbering.toStdString();
    ASSERT_GE(tree.size(), 6);
    EXPECT_EQ(tree.at(0), QStringLiteral("壹、目的"));
    // Hard-wrapped lines are one heading again.
    EXPECT_TRUE(tree.contains(QStringLiteral("一、保護本所業務資訊，避免未經授權之存取與修改，確保其正確完整，並定期檢視相關控制措施之有效性及執行情形，提出量測結果。")))
        << tree.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("第 1 行"))) << warnings.toStdString();
    EXPECT_FALSE(button.contains(QLatin1Char('&')));
    EXPECT_EQ(versions(), before + 1);
    auto* page = qobject_cast<ui::PolicyPage*>(window->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->documentChooser()->currentText().contains(QStringLiteral("KH-D-ISMS-01")), true)
        << page->documentChooser()->currentText().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("KH-D-ISMS-01")));
    // The message is not drawn over the database's name.
    for (QLabel* label : window->statusBar()->findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("import.sqlite"))) EXPECT_FALSE(label->isVisible());
    }
}

TEST_F(PolicyImportUiTest, TheDocumentsOwnNumberingIsWhatThePolicyPageShows) {
    chooseFile(fixture("decimal-outline.txt"), [](ui::PolicyImportDialog* d) { importButton(d)->click(); });
    importAction()->trigger();
    auto* page = qobject_cast<ui::PolicyPage*>(window->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    const QAbstractItemModel* m = page->sectionView()->model();
    const QModelIndex third = m->index(2, 0);
    EXPECT_EQ(third.data().toString(), QStringLiteral("3. 政策內容"));
    EXPECT_EQ(m->index(0, 0, m->index(0, 0, third)).data().toString(), QStringLiteral("3.1.1 應建立資訊資產清冊並每年更新。"));
}

TEST_F(PolicyImportUiTest, ArticlesGoOnThroughChaptersAndTheEarlierHistoryIsOnThePage) {
    chooseFile(fixture("chapters-articles.txt"), [](ui::PolicyImportDialog* d) { importButton(d)->click(); });
    importAction()->trigger();
    auto* page = qobject_cast<ui::PolicyPage*>(window->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    const QAbstractItemModel* m = page->sectionView()->model();
    EXPECT_EQ(m->index(0, 0, m->index(1, 0)).data().toString(), QStringLiteral("第三條 本府設資通安全管理委員會，其任務如下："));
    EXPECT_EQ(m->index(0, 0, m->index(2, 0)).data().toString(), QStringLiteral("第六條 本規定自發布日施行。"));

    chooseFile(fixture("history-first.txt"), [](ui::PolicyImportDialog* d) { importButton(d)->click(); });
    importAction()->trigger();
    QStringList rows;
    auto* history = page->findChild<ui::PolicyHistoryWidget*>();
    ASSERT_NE(history, nullptr);
    auto* table = history->findChild<QTableWidget*>();
    for (int r = 0; r < table->rowCount(); ++r) rows << table->item(r, 0)->text() + QLatin1Char(' ') + table->item(r, 1)->text();
    EXPECT_EQ(rows.join(QLatin1Char('\n')).toStdString(),
              "1.0 納入本系統前（僅修訂紀錄）\n1.1 納入本系統前（僅修訂紀錄）\n2.0 草稿");
}

TEST_F(PolicyImportUiTest, AnotherNumberingChosenBeforeImportingIsTheDrafts) {
    QString first, shown;
    chooseFile(fixture("decimal-outline.txt"), [&](ui::PolicyImportDialog* d) {
        EXPECT_TRUE(d->numberingChooser()->itemText(0).startsWith(QStringLiteral("1.／1.1／1.1.1")));
        d->sectionView()->setCurrentIndex(d->sectionView()->model()->index(2, 0));
        const int articles = d->numberingChooser()->findText(
            core::NumberingScheme::preset(core::NumberingScheme::Preset::Articles).sample());
        ASSERT_GE(articles, 0);
        d->numberingChooser()->setCurrentIndex(articles);
        first = d->sectionView()->model()->index(0, 0).data().toString();
        // The section chosen before stays chosen, its text shown with its new number.
        shown = d->findChild<QTextBrowser*>()->toPlainText();
        importButton(d)->click();
    });
    importAction()->trigger();
    EXPECT_EQ(first, QStringLiteral("第一條 目的"));
    EXPECT_TRUE(shown.startsWith(QStringLiteral("第三條 政策內容"))) << shown.toStdString();
    auto* page = qobject_cast<ui::PolicyPage*>(window->pages()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->sectionView()->model()->index(2, 0).data().toString(), QStringLiteral("第三條 政策內容"));
}

TEST_F(PolicyImportUiTest, RefusalsSayWhyAndWriteNothing) {
    const int before = versions();
    // Not a policy at all: said before any preview.
    const QString binary = files.write(QStringLiteral("image.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QString said;
    // The file dialog first, then the warning box.
    isms::test::answerNextModal([&](QWidget* modal) {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            dialog->selectFile(binary);
            isms::test::pressInNextBox(QMessageBox::Ok, &said);
            QMetaObject::invokeMethod(dialog, "accept");
        }
    });
    importAction()->trigger();
    EXPECT_TRUE(said.contains(QStringLiteral("二進位"))) << said.toStdString();

    // No document code in the text, then a version that exists: said in the dialog, which stays.
    const QString noCode = files.write(QStringLiteral("no-code.txt"), "某機關\n資安政策\n版本編號：2.0\n\n壹、目的\n確保安全。\n");
    QString first, second, badCode, badVersion;
    chooseFile(noCode, [&](ui::PolicyImportDialog* d) {
        importButton(d)->click();
        first = d->messageLabel()->text();
        EXPECT_TRUE(d->isVisible());
        // Put right in the dialog as core would refuse it: a code that is none, a version that is none.
        d->codeField()->setText(QStringLiteral("<b>X</b>/../a"));
        importButton(d)->click();
        badCode = d->messageLabel()->text();
        EXPECT_EQ(d->messageLabel()->textFormat(), Qt::PlainText);
        d->codeField()->setText(QStringLiteral("ISMS-01-01"));
        d->findChild<QLineEdit*>(QStringLiteral("import_version"))->setText(QStringLiteral("abc"));
        importButton(d)->click();
        badVersion = d->messageLabel()->text();
        d->findChild<QLineEdit*>(QStringLiteral("import_version"))->setText(QStringLiteral("2.0"));
        importButton(d)->click();
        second = d->messageLabel()->text();
        EXPECT_TRUE(d->isVisible());
        d->codeField()->clear();  // as it was shown: Cancel leaves without asking
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    importAction()->trigger();
    EXPECT_TRUE(first.contains(QStringLiteral("文件編號"))) << first.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("2.0"))) << second.toStdString();
    EXPECT_TRUE(badCode.contains(QStringLiteral("不是文件編號"))) << badCode.toStdString();
    EXPECT_TRUE(badCode.contains(QStringLiteral("<b>X</b>")));  // quoted as typed
    EXPECT_TRUE(badVersion.contains(QStringLiteral("2.1"))) << badVersion.toStdString();
    EXPECT_EQ(versions(), before);
}

TEST_F(PolicyImportUiTest, AViewerFindsItGreyedWithTheReason) {
    window->database().setSession(core::Session::user(7, QStringLiteral("viewer"), QStringLiteral("黃雅婷"), core::UserRole::Viewer));
    QAction* action = importAction();
    EXPECT_FALSE(action->isEnabled());
    EXPECT_FALSE(action->toolTip().isEmpty());
    EXPECT_NE(action->toolTip(), action->text());
}
