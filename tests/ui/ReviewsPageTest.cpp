#include "DemoDatabase.h"
#include "MainWindow.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "pages/ReviewsPage.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>

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
    // Sample records of last year: by now the management review and audit are overdue.
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("rev.sqlite")), QDate::currentDate().year() - 1);
    ui::ReviewsPage page(*db);
    QTableWidget* agenda = page.agenda();
    const int review = rowOf(agenda, QStringLiteral("管理審查會議"));
    ASSERT_GE(review, 0);
    EXPECT_TRUE(agenda->item(review, 1)->text().startsWith(QStringLiteral("✖")));
    page.ownerFilter()->setCurrentIndex(page.ownerFilter()->findData(QStringLiteral("陳美玲")));
    for (int r = 0; r < agenda->rowCount(); ++r) EXPECT_EQ(agenda->item(r, 4)->text(), QStringLiteral("陳美玲"));
    page.ownerFilter()->setCurrentIndex(0);
    QString message;
    ASSERT_TRUE(page.markDone(rowOf(agenda, QStringLiteral("管理審查會議")), QDate::currentDate(), QStringLiteral("資通安全委員會"),
                              &message))
        << message.toStdString();
    EXPECT_EQ(rowOf(agenda, QStringLiteral("管理審查會議")), -1);  // due again in a year: off the 90-day agenda
    EXPECT_FALSE(page.markDone(rowOf(agenda, QStringLiteral("Objective")), QDate::currentDate(), QStringLiteral("x"), &message));
    QSignalSpy opened(&page, &ui::ReviewsPage::openArea);
    page.openRow(rowOf(agenda, QStringLiteral("Objective")));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().first().toString(), QStringLiteral("objectives"));
}

TEST(ReviewsPage, OpeningAnAgendaItemGoesToItsArea) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    ui::MainWindow window(isms::test::demoDatabase(files.path(QStringLiteral("nav.sqlite")), QDate::currentDate().year() - 1));
    auto* reviews = window.findChild<ui::ReviewsPage*>();
    ASSERT_NE(reviews, nullptr);
    reviews->openRow(rowOf(reviews->agenda(), QStringLiteral("社交工程演練")));
    EXPECT_EQ(window.navigation()->currentItem()->text(), QStringLiteral("Drills"));
}
