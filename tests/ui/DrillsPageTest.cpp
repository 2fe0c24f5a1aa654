#include <gtest/gtest.h>

#include <QLabel>
#include <QSpinBox>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/DrillDialog.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/DrillsPage.h"
#include "storage/Database.h"
#include "widgets/RecordListWidget.h"

using namespace isms;
using isms::test::TestFiles;

TEST(DrillsPage, RecordADrillAndSeeItsVerdictAndWhatIsOverdue) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("drills.sqlite")), 2025);
    ui::DrillsPage page(*db);
    page.show();  // it reads when shown
    // Only 2025's first half had a drill; every half-year since has ended without one.
    EXPECT_TRUE(page.missingLabel()->text().contains(QStringLiteral("OVERDUE")));
    EXPECT_TRUE(page.missingLabel()->text().contains(QStringLiteral("2025 second half")));
    auto* model = page.list()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 11).data().toString(), QStringLiteral("✔ Passed"));
    core::DrillService::Drill d;
    d.year = 2025;
    d.half = 2;
    d.date = QDate(2025, 11, 5);
    d.sent = 200;
    d.opened = 30;
    d.clicked = 4;
    QString message;
    ASSERT_TRUE(page.record(d, &message)) << message.toStdString();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, 11).data().toString(), QStringLiteral("✖ Failed"));  // newest first
    EXPECT_FALSE(page.missingLabel()->text().contains(QStringLiteral("2025 second half")));
}

TEST(DrillsPage, TheFormShowsTheVerdictAsNumbersAreTyped) {
    core::Language::install(QStringLiteral("en"));
    ui::DrillDialog dialog;
    dialog.sentField()->setValue(500);
    dialog.openedField()->setValue(36);
    dialog.clickedField()->setValue(13);
    EXPECT_EQ(dialog.verdictLabel()->text(),
              QStringLiteral("✔ Passed — 7.2% opened, 2.6% clicked"));
    dialog.clickedField()->setValue(30);
    EXPECT_TRUE(dialog.verdictLabel()->text().startsWith(QStringLiteral("✖ Failed")));
    dialog.setWork([](const core::DrillService::Drill& drill, QString* message) {
        EXPECT_EQ(drill.sent, 500);
        *message = QStringLiteral("no");
        return false;
    });
    dialog.accept();
    EXPECT_EQ(dialog.messageLabel()->text(), QStringLiteral("no"));
}
