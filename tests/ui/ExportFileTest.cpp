#include <gtest/gtest.h>

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

#include "AnswerModal.h"
#include "Settings.h"
#include "TestFiles.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "widgets/ExportFile.h"

using namespace isms;

TEST(ExportFile, AddsTheChosenTypesExtension) {
    const QString pdf = QStringLiteral("PDF documents (*.pdf)");
    EXPECT_EQ(ui::ExportFile::withExtension(QStringLiteral("/d/report"), pdf),
              QStringLiteral("/d/report.pdf"));
    EXPECT_EQ(ui::ExportFile::withExtension(QStringLiteral("/d/report.PDF"), pdf),
              QStringLiteral("/d/report.PDF"));
    EXPECT_EQ(ui::ExportFile::withExtension(QStringLiteral("/d/v2.0"), pdf),
              QStringLiteral("/d/v2.0.pdf"));
    EXPECT_EQ(ui::ExportFile::withExtension(QStringLiteral("/d/plan.odt"),
                                            QStringLiteral("OpenDocument text (*.odt)")),
              QStringLiteral("/d/plan.odt"));
    // The name proposed for a PDF, saved as Word: one extension, the chosen type's.
    EXPECT_EQ(ui::ExportFile::withExtension(QStringLiteral("/d/ISMS-01-01-v2.1.pdf"),
                                            QStringLiteral("Word documents, to edit (*.docx)")),
              QStringLiteral("/d/ISMS-01-01-v2.1.docx"));
    EXPECT_EQ(ui::ExportFile::dated(QStringLiteral("raci")),
              QStringLiteral("raci_") + core::Clock::today().toString(Qt::ISODate));
}

// Saved through the file dialog: the name is proposed in the last export's folder, a name typed
// without an extension gets one, and the status bar confirms with a link to the folder.
TEST(ExportFile, ProposesANameAndConfirmsWhereItWent) {
    core::Language::install(QStringLiteral("en"));
    isms::test::TestFiles files;
    const QString folder = files.path(QStringLiteral("exports"));
    QDir().mkpath(folder);
    ui::Settings::open()->setValue(ui::Settings::kExportFolder, folder);
    QMainWindow window;
    auto* page = new QWidget(&window);
    window.setCentralWidget(page);
    window.statusBar();  // as the main window has one from the start
    window.show();
    QString proposed;
    isms::test::answerNextModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        if (!dialog) return;
        proposed = dialog->selectedFiles().value(0);
        // Typed into the name field, as a person does.
        dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))
            ->setText(QStringLiteral("typed-name"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QString written;
    window.statusBar()->showMessage(QStringLiteral("an earlier message"));
    EXPECT_TRUE(ui::ExportFile::save(
        page, QStringLiteral("Export"), QStringLiteral("raci-2026-12-03"),
        QStringLiteral("PDF (*.pdf);;CSV (*.csv)"), [&](const QString& file, QString*) {
            written = file;
            return true;
        }));
    EXPECT_EQ(proposed.toStdString(),
              QDir(folder).filePath(QStringLiteral("raci-2026-12-03.pdf")).toStdString());
    EXPECT_EQ(written.toStdString(),
              QDir(folder).filePath(QStringLiteral("typed-name.pdf")).toStdString());
    auto* notice = window.statusBar()->findChild<QLabel*>(QStringLiteral("export_notice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisibleTo(&window));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("typed-name.pdf")));
    EXPECT_TRUE(notice->text().contains(QUrl::fromLocalFile(folder).toString()))
        << notice->text().toStdString();
    // One thing said at a time: the notice took the earlier message's place, and a later one takes its.
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());
    window.statusBar()->showMessage(QStringLiteral("a later message"));
    EXPECT_FALSE(notice->isVisibleTo(&window));

    // Refused: said, and the folder is not remembered as an export's.
    const QString other = files.path(QStringLiteral("other"));
    QDir().mkpath(other);
    isms::test::answerNextModal([&](QWidget* modal) {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))
                ->setText(QDir(other).filePath(QStringLiteral("x.pdf")));
            QMetaObject::invokeMethod(dialog, "accept");
        }
    });
    QString box;
    bool answered = false;
    EXPECT_FALSE(ui::ExportFile::save(page, QStringLiteral("Export"), QStringLiteral("x"),
                                      QStringLiteral("PDF (*.pdf)"),
                                      [&](const QString&, QString* message) {
                                          *message = QStringLiteral("The folder is full.");
                                          isms::test::pressInNextBox(QMessageBox::Ok, &box);
                                          answered = true;
                                          return false;
                                      }));
    EXPECT_TRUE(answered);
    EXPECT_EQ(box, QStringLiteral("The folder is full."));
    EXPECT_EQ(ui::Settings::open()->value(ui::Settings::kExportFolder).toString(), folder);
    ui::Settings::open()->remove(ui::Settings::kExportFolder);
}

// Written with something to tell (characters no font has): the file is confirmed and the words
// are shown.
TEST(ExportFile, SaysWhatTheWriterHadToTell) {
    core::Language::install(QStringLiteral("en"));
    isms::test::TestFiles files;
    ui::Settings::open()->setValue(ui::Settings::kExportFolder, files.path(QString()));
    QMainWindow window;
    auto* page = new QWidget(&window);
    window.setCentralWidget(page);
    window.statusBar();
    window.show();
    isms::test::answerNextModal([&](QWidget* modal) {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal))
            QMetaObject::invokeMethod(dialog, "accept");
    });
    QString told;
    QTimer::singleShot(50, [&] { isms::test::pressInNextBox(QMessageBox::Ok, &told); });
    EXPECT_TRUE(ui::ExportFile::save(page, QStringLiteral("Export"), QStringLiteral("plan"),
                                     QStringLiteral("PDF (*.pdf)"),
                                     [&](const QString&, QString* message) {
                                         *message = QStringLiteral("1 character no font has.");
                                         return true;
                                     }));
    EXPECT_EQ(told, QStringLiteral("1 character no font has."));
}

// In Chinese the proposed name is in Chinese and its day and year are of the ROC calendar.
TEST(ExportFile, ProposedNamesInChineseUseTheRocCalendar) {
    core::Language::install(QStringLiteral("zh_TW"));
    const QDate today = core::Clock::today();
    const QString day = QStringLiteral("%1-%2-%3")
                            .arg(today.year() - 1911)
                            .arg(today.month(), 2, 10, QLatin1Char('0'))
                            .arg(today.day(), 2, 10, QLatin1Char('0'));
    EXPECT_EQ(ui::ExportFile::dated(QStringLiteral("稽核軌跡")), QStringLiteral("稽核軌跡_") + day);
    EXPECT_EQ(ui::ExportFile::year(2026), QStringLiteral("民國115年"));
    core::Language::install(QStringLiteral("en"));
    EXPECT_EQ(ui::ExportFile::year(2026), QStringLiteral("2026"));
}
