#include <gtest/gtest.h>

#include <QLabel>
#include <QTableView>

#include "DemoDatabase.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/AuditsPage.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

using namespace isms;
using isms::test::TestFiles;

namespace {
ui::RecordListWidget* list(ui::AuditsPage& page, const char* name) {
    for (auto* w : page.lists()->lists()) {
        if (w->objectName() == QLatin1String(name)) return w;
    }
    return nullptr;
}
void choose(ui::AuditsPage& page, const char* name, int row) {
    auto* w = list(page, name);
    w->refresh();
    w->view()->setCurrentIndex(w->model()->index(row, 1));
}
// The row of the record with this id (the demo's compliance check has records of its own).
void chooseId(ui::AuditsPage& page, const char* name, qint64 id) {
    auto* w = list(page, name);
    w->refresh();
    for (int row = 0; row < w->model()->rowCount(); ++row) {
        if (w->model()->index(row, 0).data(Qt::EditRole).toLongLong() == id) w->view()->setCurrentIndex(w->model()->index(row, 1));
    }
}
}  // namespace

// The walk-through: record an audit and a finding, correct it, and close it by verifying.
TEST(AuditsPage, RecordAFindingAndCloseItByVerifyingItsAction) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("a.sqlite")), 2025);
    const qint64 person =
        core::Sql::scalar(db->connection(),
                          QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"))
            .toLongLong();
    ui::AuditsPage page(*db);
    QString message;
    ASSERT_TRUE(page.run(QStringLiteral("audit"),
                         {{QStringLiteral("title"), QStringLiteral("114年度內部稽核")},
                          {QStringLiteral("start"), QDate(2025, 10, 1)},
                          {QStringLiteral("end"), QDate(2025, 10, 2)},
                          {QStringLiteral("auditors"), QStringLiteral("張淑芬")}},
                         &message))
        << message.toStdString();
    EXPECT_FALSE(page.run(QStringLiteral("finding"),
                          {{QStringLiteral("kind"), QStringLiteral("minor")},
                           {QStringLiteral("description"), QStringLiteral("x")}},
                          &message));
    EXPECT_EQ(message, QStringLiteral("Choose an audit in its list first."));
    choose(page, "audits", 0);
    ASSERT_TRUE(page.run(QStringLiteral("finding"),
                         {{QStringLiteral("kind"), QStringLiteral("minor")},
                          {QStringLiteral("description"), QStringLiteral("帳號未停用")}},
                         &message))
        << message.toStdString();
    const auto newest = [&](const char* table) {
        return core::Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM %1").arg(QLatin1String(table))).toLongLong();
    };
    const qint64 finding = newest("findings");
    chooseId(page, "findings", finding);
    EXPECT_FALSE(page.run(QStringLiteral("close"), {}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("verified effective")));
    ASSERT_TRUE(page.run(QStringLiteral("action"),
                         {{QStringLiteral("cause"), QStringLiteral("流程缺漏")},
                          {QStringLiteral("action"), QStringLiteral("修訂離職流程")},
                          {QStringLiteral("owner"), person},
                          {QStringLiteral("due"), QDate(2025, 11, 30)}},
                         &message))
        << message.toStdString();
    chooseId(page, "corrective_actions", newest("corrective_actions"));
    ASSERT_TRUE(page.run(QStringLiteral("done"), {}, &message)) << message.toStdString();
    EXPECT_NE(page.selected(QStringLiteral("corrective_actions")),
              0);  // the reload keeps the chosen action
    ASSERT_TRUE(page.run(QStringLiteral("verify"),
                         {{QStringLiteral("on"), QDate(2025, 12, 1)},
                          {QStringLiteral("verifier"), person},
                          {QStringLiteral("effective"), true},
                          {QStringLiteral("result"), QStringLiteral("抽查無誤")}},
                         &message))
        << message.toStdString();
    EXPECT_EQ(core::Sql::scalar(db->connection(), QStringLiteral("SELECT status FROM findings WHERE id = :id"),
                                {{QStringLiteral("id"), finding}})
                  .toString(),
              QStringLiteral("closed"));
}

TEST(AuditsPage, TheFormsCollectTheirFields) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.path(QStringLiteral("f.sqlite")), 2025);
    ui::AuditsPage page(*db);
    std::unique_ptr<ui::FieldsDialog> dialog(page.form(QStringLiteral("finding")));
    ASSERT_NE(dialog, nullptr);
    dialog->setValue(QStringLiteral("description"), QStringLiteral("備份未測試"));
    dialog->setValue(QStringLiteral("kind"), QStringLiteral("observation"));
    EXPECT_EQ(dialog->values().value(QStringLiteral("kind")).toString(),
              QStringLiteral("observation"));
    dialog->setWork([](const ui::FieldsDialog::Values&, QString* message) {
        *message = QStringLiteral("refused");
        return false;
    });
    dialog->accept();
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("refused"));
    // Done asks the day it was done (whether by the due date counts for objective 5), today unless told.
    std::unique_ptr<ui::FieldsDialog> done(page.form(QStringLiteral("done")));
    ASSERT_NE(done, nullptr);
    EXPECT_EQ(done->values().value(QStringLiteral("on")).toDate(), core::Clock::today());
}

// Issue #23: the page hands core the row_version its list showed, so a change another workstation
// made meanwhile is not silently overwritten; once the list is read again the step goes through.
TEST(AuditsPage, AStepOnARecordChangedElsewhereIsRefusedUntilTheListIsReadAgain) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.path(QStringLiteral("two.sqlite"));
    auto db = isms::test::demoDatabase(location, 2025);
    const qint64 person =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people"))
            .toLongLong();
    core::AuditService service(*db);
    const qint64 audit =
        service.addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1), QDate(2025, 10, 2),
                          QString(), QStringLiteral("張淑芬"), QString()});
    const qint64 finding = service.addFinding(
        audit, {QStringLiteral("minor"), QString(), QStringLiteral("帳號未停用"), QString()});
    const qint64 action = service.addCorrectiveAction(
        finding, {QStringLiteral("流程"), QStringLiteral("修訂流程"), person, QDate(2025, 11, 30)});
    const qint64 observation = service.addFinding(
        audit, {QStringLiteral("observation"), QString(), QStringLiteral("格式"), QString()});
    ui::AuditsPage page(*db);
    chooseId(page, "corrective_actions", action);
    auto other = core::Database::open(location);
    other->setSession(db->session());
    core::AuditService(*other).markActionDone(action, 1);
    QString message;
    EXPECT_FALSE(page.run(QStringLiteral("done"), {}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
    chooseId(page, "corrective_actions", action);  // read again: now it is done, and can be verified
    EXPECT_TRUE(page.run(QStringLiteral("verify"),
                         {{QStringLiteral("on"), QDate(2025, 12, 1)},
                          {QStringLiteral("verifier"), person},
                          {QStringLiteral("effective"), true},
                          {QStringLiteral("result"), QStringLiteral("抽查無誤")}},
                         &message))
        << message.toStdString();
    // The same for closing an observation closed elsewhere.
    for (int row = 0; row < list(page, "findings")->model()->rowCount(); ++row) {
        if (list(page, "findings")->model()->index(row, 0).data(Qt::EditRole).toLongLong() ==
            observation)
            choose(page, "findings", row);
    }
    ASSERT_EQ(page.selected(QStringLiteral("findings")), observation);
    core::AuditService(*other).closeFinding(observation, 1);
    EXPECT_FALSE(page.run(QStringLiteral("close"), {}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
}
