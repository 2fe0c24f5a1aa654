#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

#include "ByHand.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/ReviewsPage.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"

using namespace isms;
using isms::test::TestFiles;

namespace {
// The first row whose subject is the given text, or starts with it followed by ':' (objectives).
int rowOf(QTableWidget* t, const QString& subject) {
    for (int r = 0; r < t->rowCount(); ++r) {
        const QString text = t->item(r, 3)->text();
        if (text == subject || text.startsWith(subject + QLatin1Char(' '))) return r;
    }
    return -1;
}
}  // namespace

TEST(ReviewsPage, AgendaFiltersMarkDoneAndOpen) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    // Sample records of last year: by now the audit is overdue (no audit was recorded); the
    // management review meeting held on last year's 12-10 closed its cycle until this 12-10.
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("rev.sqlite")),
                                       QDate::currentDate().year() - 1);
    // An objective measured by hand, so that the agenda has a measurement due.
    isms::test::measuredByHand(*db, 4, QDate::currentDate().year());
    ui::ReviewsPage page(*db);
    page.show();  // it reads when shown
    QTableWidget* agenda = page.agenda();
    const int review = rowOf(agenda, QStringLiteral("資通安全內部稽核"));
    ASSERT_GE(review, 0);
    EXPECT_TRUE(agenda->item(review, 1)->text().startsWith(QStringLiteral("✖")));
    if (const int meeting = rowOf(agenda, QStringLiteral("管理審查會議")); meeting >= 0) {
        EXPECT_FALSE(agenda->item(meeting, 1)->text().startsWith(QStringLiteral("✖")));
    }
    page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QStringLiteral("陳美玲")));
    for (int r = 0; r < agenda->rowCount(); ++r)
        EXPECT_EQ(agenda->item(r, 4)->text(), QStringLiteral("陳美玲"));
    page.ownerFilter()->setCurrentIndex(0);
    QSignalSpy meetings(&page, &ui::ReviewsPage::openArea);
    page.openRow(review);
    ASSERT_EQ(meetings.count(), 1);
    EXPECT_EQ(meetings.first().first().toString(), QStringLiteral("audits"));
    QString message;
    ASSERT_TRUE(page.markDone(rowOf(agenda, QStringLiteral("資通安全內部稽核")),
                              QDate::currentDate(), QStringLiteral("稽核小組"), &message))
        << message.toStdString();
    EXPECT_EQ(rowOf(agenda, QStringLiteral("資通安全內部稽核")),
              -1);  // due again in a year: off the 90-day agenda
    EXPECT_FALSE(page.markDone(rowOf(agenda, QStringLiteral("Objective")), QDate::currentDate(),
                               QStringLiteral("x"), &message));
    QSignalSpy opened(&page, &ui::ReviewsPage::openArea);
    page.openRow(rowOf(agenda, QStringLiteral("Objective")));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toString(), QStringLiteral("objectives"));
}

TEST(ReviewsPage, OpeningAnAgendaItemGoesToItsArea) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    ui::MainWindow window(isms::test::demoDatabase(files.path(QStringLiteral("nav.sqlite")),
                                                   QDate::currentDate().year() - 1));
    auto* reviews = qobject_cast<ui::ReviewsPage*>(window.page(6));
    ASSERT_NE(reviews, nullptr);
    reviews->refresh();  // as showing the page would
    reviews->openRow(rowOf(reviews->agenda(), QStringLiteral("社交工程演練")));
    EXPECT_EQ(window.navigation()->currentItem()->text(), QStringLiteral("Drills"));
    // The area's page was built on the way and is the one shown.
    EXPECT_EQ(window.pages()->currentWidget()->metaObject()->className(),
              QByteArray("isms::ui::DrillsPage"));
}

TEST(ReviewsPage, AddACustomCycleAndChangeItsInterval) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("cyc.sqlite")),
                                       QDate::currentDate().year());
    const qint64 person =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"))
            .toLongLong();
    ui::ReviewsPage page(*db);
    page.show();                                                 // it reads when shown
    EXPECT_EQ(page.cycleForm(QStringLiteral("edit")), nullptr);  // no cycle chosen
    std::unique_ptr<ui::FieldsDialog> form(page.cycleForm(QStringLiteral("new")));
    ASSERT_NE(form, nullptr);
    form->setValue(QStringLiteral("title"), QStringLiteral("委外廠商稽核"));
    form->setValue(QStringLiteral("interval"), 6);
    form->setValue(QStringLiteral("lead"), 400);
    form->setValue(QStringLiteral("owner"), person);
    form->setWork([&page](const ui::FieldsDialog::Values& v, QString* m) {
        return page.saveCycle(QStringLiteral("new"), v, m);
    });
    form->accept();
    EXPECT_EQ(form->messageLabel()->text(),
              QStringLiteral("The lead time must be shorter than the interval."));
    form->setValue(QStringLiteral("lead"), 14);
    form->accept();
    EXPECT_TRUE(form->messageLabel()->text().isEmpty())
        << form->messageLabel()->text().toStdString();
    // Never done yet: it is on the agenda at once.
    const int row = rowOf(page.agenda(), QStringLiteral("委外廠商稽核"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(page.agenda()->item(row, 4)->text(), QStringLiteral("林志豪"));

    // Choose it in the list of review cycles and change its interval.
    ui::RecordListWidget* cycles = nullptr;
    for (auto* w : page.findChildren<ui::RecordListWidget*>()) {
        if (w->objectName() == QStringLiteral("review_cycles")) cycles = w;
    }
    ASSERT_NE(cycles, nullptr);
    cycles->refresh();
    int found = -1;
    for (int r = 0; r < cycles->model()->rowCount(); ++r) {
        if (cycles->model()->index(r, 1).data().toString() == QStringLiteral("委外廠商稽核"))
            found = r;
    }
    ASSERT_GE(found, 0);
    cycles->view()->setCurrentIndex(cycles->model()->index(found, 1));
    std::unique_ptr<ui::FieldsDialog> edit(page.cycleForm(QStringLiteral("edit")));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->values().value(QStringLiteral("interval")).toInt(), 6);
    edit->setValue(QStringLiteral("interval"), 3);
    edit->setWork([&page](const ui::FieldsDialog::Values& v, QString* m) {
        return page.saveCycle(QStringLiteral("edit"), v, m);
    });
    edit->accept();
    EXPECT_TRUE(edit->messageLabel()->text().isEmpty())
        << edit->messageLabel()->text().toStdString();
    EXPECT_EQ(core::Sql::scalar(
                  db->connection(),
                  QStringLiteral(
                      "SELECT interval_months FROM review_cycles WHERE title = '委外廠商稽核'"))
                  .toInt(),
              3);
}
