#include <gtest/gtest.h>

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include "AnswerModal.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestFiles.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/AuditLogPage.h"
#include "pages/Page.h"
#include "services/ExportRecord.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/Sql.h"
#include "storage/TrailReading.h"
#include "widgets/ExportFile.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocCalendar.h"
#include "widgets/RocDateEdit.h"
#include "widgets/TrailEntryView.h"
#include "widgets/YearSpinBox.h"

using namespace isms;

namespace {

class ReadableTrailTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("zh_TW"));
        auto db = isms::test::demoDatabase(files.path(QStringLiteral("trail.sqlite")));
        window = std::make_unique<ui::MainWindow>(std::move(db));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window.reset();
        core::Language::install(QStringLiteral("en"));
    }
    ui::AuditLogPage* auditLog() {
        for (int row = 0; row < window->navigation()->count(); ++row) {
            window->navigation()->setCurrentRow(row);
            if (auto* page = qobject_cast<ui::AuditLogPage*>(window->page(row))) return page;
        }
        return nullptr;
    }
    isms::test::TestFiles files;
    std::unique_ptr<ui::MainWindow> window;
};

}  // namespace

TEST_F(ReadableTrailTest, TheListShowsWhatHappenedInWordsAndTheEntryInFull) {
    ui::AuditLogPage* page = auditLog();
    ASSERT_NE(page, nullptr);
    QTableView* view = page->list()->view();
    ui::RecordListModel* model = page->list()->model();
    ASSERT_GT(model->rowCount(), 20);
    for (int row = 0; row < 40 && row < model->rowCount(); ++row) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (view->isColumnHidden(c)) continue;
            const QString text = model->index(row, c).data().toString();
            EXPECT_FALSE(text.contains(QLatin1Char('{')) || text.contains(QStringLiteral("_id")))
                << "row " << row << " column " << c << ": " << text.toStdString();
        }
    }
    // Choosing an entry shows it below, field by field.
    view->setCurrentIndex(model->index(0, 1));
    ui::TrailEntryView* entry = page->entryView();
    EXPECT_EQ(entry->entryId(), model->index(0, 0).data(Qt::EditRole).toLongLong());
    EXPECT_FALSE(entry->headline().isEmpty());
    // A double click opens it in a window of its own.
    QString title;
    int changes = -1;
    isms::test::answerNextModal([&](QWidget* modal) {
        title = modal->windowTitle();
        if (auto* t = modal->findChild<QTableWidget*>(QStringLiteral("trail_changes")))
            changes = t->rowCount();
        qobject_cast<QDialog*>(modal)->reject();
    });
    Q_EMIT view->doubleClicked(model->index(0, 1));
    EXPECT_TRUE(title.contains(model->index(0, 0).data().toString())) << title.toStdString();
    EXPECT_GE(changes, 0);
}

TEST_F(ReadableTrailTest, AnEntryOpensItsRecordWhereItIsKept) {
    ui::AuditLogPage* page = auditLog();
    ASSERT_NE(page, nullptr);
    core::Database& db = window->database();
    const qint64 item = core::Sql::scalar(db.connection(),
                                          QStringLiteral("SELECT MIN(id) FROM action_items"))
                            .toLongLong();
    const qint64 entryId =
        core::Sql::scalar(db.connection(),
                          QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity = "
                                         "'action_items' AND entity_id = :id"),
                          {{QStringLiteral("id"), item}})
            .toLongLong();
    page->entryView()->showEntry(entryId);
    QPushButton* open = page->entryView()->openButton();
    ASSERT_TRUE(open->isEnabled()) << open->toolTip().toStdString();
    open->click();
    auto* shown = dynamic_cast<ui::Page*>(window->pages()->currentWidget());
    ASSERT_NE(shown, nullptr);
    ASSERT_NE(shown->mainList(), nullptr);
    EXPECT_EQ(shown->mainList()->currentIndex().siblingAtColumn(0).data(Qt::EditRole).toLongLong(),
              item);
    // An event is no record kept on a page: the button says so.
    core::ExportRecord::note(db, QStringLiteral("儀表板"), files.path(QStringLiteral("d.pdf")));
    page->entryView()->showEntry(
        core::Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong());
    EXPECT_FALSE(page->entryView()->openButton()->isEnabled());
    EXPECT_EQ(page->entryView()->openButton()->toolTip(),
              ui::TrailEntryView::tr("This entry is an event, not a record kept on a page."));
}

TEST_F(ReadableTrailTest, EveryDateFieldAndItsCalendarSpeakTheRocCalendar) {
    // Every page once, and each date field on it.
    int fields = 0;
    for (int row = 0; row < window->navigation()->count(); ++row) {
        window->navigation()->setCurrentRow(row);
        QWidget* page = window->page(row);
        ASSERT_NE(page, nullptr);
        for (QDateEdit* edit : page->findChildren<QDateEdit*>()) {
            ++fields;
            auto* roc = qobject_cast<ui::RocDateEdit*>(edit);
            ASSERT_NE(roc, nullptr) << edit->objectName().toStdString();
            EXPECT_TRUE(edit->text().startsWith(QStringLiteral("民國"))) << edit->text().toStdString();
            auto* calendar = qobject_cast<ui::RocCalendar*>(edit->calendarWidget());
            ASSERT_NE(calendar, nullptr);
        }
    }
    EXPECT_GE(fields, 2);

    ui::RocDateEdit edit(QDate(2026, 12, 6));
    auto* calendar = qobject_cast<ui::RocCalendar*>(edit.calendarWidget());
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(edit.text(), core::RocDate::longForm(QDate(2026, 12, 6)));
    EXPECT_TRUE(calendar->heading().startsWith(QStringLiteral("民國115年"))) << calendar->heading().toStdString();
    EXPECT_FALSE(calendar->heading().contains(QStringLiteral("2026")));
    // The next month is in the next year, as the bar says.
    calendar->findChild<QToolButton*>(QStringLiteral("calendar_next"))->click();
    EXPECT_TRUE(calendar->heading().startsWith(QStringLiteral("民國116年"))) << calendar->heading().toStdString();
    EXPECT_EQ(calendar->yearShown(), 2027);
    EXPECT_EQ(calendar->monthShown(), 1);
    // A year typed as the ROC year moves the calendar to it.
    calendar->yearBox()->setValue(2025);
    EXPECT_EQ(calendar->yearShown(), 2025);
    EXPECT_EQ(calendar->yearBox()->text(), QStringLiteral("民國114年"));
}

TEST_F(ReadableTrailTest, ListsGiveTheirRoomToTheTextNotToEmptyColumns) {
    window->resize(1366, 768);
    ui::AuditLogPage* page = auditLog();
    ASSERT_NE(page, nullptr);
    QTest::qWait(50);
    QTableView* view = page->list()->view();
    ui::RecordListModel* model = page->list()->model();
    int used = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (view->isColumnHidden(c)) continue;
        used += view->columnWidth(c);
        // Each column shows its rows' text whole, or at least enough to read a few words.
        int widest = 0;
        for (int row = 0; row < 10 && row < model->rowCount(); ++row) {
            widest = qMax(widest, view->fontMetrics().horizontalAdvance(model->index(row, c).data().toString()));
        }
        EXPECT_GE(view->columnWidth(c), qMin(widest, 110)) << "column " << c;
    }
    // Nothing scrolls sideways that the room could have held.
    EXPECT_LE(used, view->viewport()->width() + 2);
    // The record named in each row is whole on screen.
    const int record = 5;
    ASSERT_EQ(model->headerData(record, Qt::Horizontal).toString(), core::ListCatalog::tr("Record"));
    for (int row = 0; row < 5; ++row) {
        EXPECT_LE(view->fontMetrics().horizontalAdvance(model->index(row, record).data().toString()),
                  view->columnWidth(record))
            << model->index(row, record).data().toString().toStdString();
    }
}

TEST_F(ReadableTrailTest, AnExportFromTheWindowIsOnTheTrail) {
    const QString folder = files.path(QStringLiteral("exports"));
    QDir().mkpath(folder);
    ui::Settings::open()->setValue(ui::Settings::kExportFolder, folder);
    core::Database& db = window->database();
    const qint64 before =
        core::Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    isms::test::answerNextModal([](QWidget* modal) {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) QMetaObject::invokeMethod(dialog, "accept");
    });
    ASSERT_TRUE(ui::ExportFile::save(window->pages()->currentWidget(), QStringLiteral("儀表板"),
                                     QStringLiteral("dashboard"), QStringLiteral("CSV (*.csv)"),
                                     [](const QString&, QString*) { return true; }));
    core::TrailReading reading(db);
    const core::TrailReading::Entry entry = reading.entry(
        core::Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong());
    ASSERT_GT(entry.id, before);
    EXPECT_EQ(entry.entity, QStringLiteral("exports"));
    EXPECT_EQ(entry.entityId, 0);
    EXPECT_EQ(entry.actor, db.session().username);
    const core::TrailReading::Reading r = reading.read(entry);
    EXPECT_EQ(r.event, core::TrailReading::tr("Exported"));
    EXPECT_TRUE(r.record.contains(QStringLiteral("dashboard.csv"))) << r.record.toStdString();
    EXPECT_TRUE(r.summary().contains(QStringLiteral("儀表板"))) << r.summary().toStdString();
}
