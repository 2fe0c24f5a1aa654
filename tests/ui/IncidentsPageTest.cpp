// Issue #24: the Incidents page — an incident recorded as it becomes known shows its reporting
// clock, overdue once the hour has passed; each step filled in later; a weakness report; a stale
// edit refused; a corrective action linked; the deadlines; the register report.
#include <gtest/gtest.h>

#include <QTableWidget>
#include <QTableView>

#include "DemoDatabase.h"
#include "MovedClock.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/IncidentsPage.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

void choose(ui::IncidentsPage& page, qint64 id) {
    auto* w = page.lists()->lists().first();
    w->refresh();
    for (int row = 0; row < w->model()->rowCount(); ++row) {
        if (w->model()->index(row, 0).data(Qt::EditRole).toLongLong() == id) w->view()->setCurrentIndex(w->model()->index(row, 1));
    }
}

QString clocksText(ui::IncidentsPage& page) {
    QStringList out;
    for (int r = 0; r < page.clocks()->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < page.clocks()->columnCount(); ++c) row << (page.clocks()->item(r, c) ? page.clocks()->item(r, c)->text() : QString());
        out << row.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

}  // namespace

TEST(IncidentsPage, AnIncidentsClocksItsStepsAndTheRegister) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.path(QStringLiteral("incidents.sqlite"));
    auto db = isms::test::demoDatabase(location, 2025);
    ui::IncidentsPage page(*db);
    EXPECT_TRUE(clocksText(page).contains(QStringLiteral("No incident is being handled"))) << clocksText(page).toStdString();
    QString message;
    // Became known 40 minutes ago: 20 minutes left to report.
    const QDateTime known = core::Clock::nowUtc().toLocalTime().addSecs(-40 * 60);
    std::unique_ptr<ui::FieldsDialog> form(page.form(QStringLiteral("incident")));
    auto values = form->values();
    values.insert(QStringLiteral("title"), QString());
    EXPECT_FALSE(page.run(QStringLiteral("incident"), values, &message));
    EXPECT_EQ(message, QStringLiteral("Say in a few words what happened."));
    values.insert(QStringLiteral("title"), QStringLiteral("公文系統遭植入網頁後門"));
    values.insert(QStringLiteral("level"), 3);
    values.insert(QStringLiteral("category"), QStringLiteral("alteration"));
    values.insert(QStringLiteral("known_day"), known.date());
    values.insert(QStringLiteral("known_time"), QTime(known.time().hour(), known.time().minute()));
    ASSERT_TRUE(page.run(QStringLiteral("incident"), values, &message)) << message.toStdString();
    QString clocks = clocksText(page);
    EXPECT_TRUE(clocks.contains(QStringLiteral("公文系統遭植入網頁後門|3|Report"))) << clocks.toStdString();
    EXPECT_TRUE(clocks.contains(QStringLiteral("min left"))) << clocks.toStdString();
    // An hour later the report is overdue.
    isms::test::MovedClock clock;
    const qint64 id = core::Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM incidents")).toLongLong();
    {
        core::IncidentService service(*db);
        auto i = service.incident(id);
        const auto clocksNow = core::IncidentClock::clocks(core::IncidentService::clockOf(i), service.deadlines());
        EXPECT_EQ(core::IncidentClock::state(clocksNow.first(), core::Clock::nowUtc().addSecs(3600)),
                  core::IncidentClock::State::Overdue);
    }
    // Reported now, to the platform: the report clock leaves, recovery's runs (36 hours, level 3).
    choose(page, id);
    std::unique_ptr<ui::FieldsDialog> edit(page.form(QStringLiteral("edit")));
    values = edit->values();
    EXPECT_EQ(values.value(QStringLiteral("title")).toString(), QStringLiteral("公文系統遭植入網頁後門"));
    const QDateTime now = core::Clock::nowUtc().toLocalTime();
    values.insert(QStringLiteral("reported_day"), now.date());
    values.insert(QStringLiteral("reported_time"), QTime(now.time().hour(), now.time().minute()));
    EXPECT_FALSE(page.run(QStringLiteral("edit"), values, &message));
    EXPECT_TRUE(message.startsWith(QStringLiteral("Say to whom it was reported"))) << message.toStdString();
    values.insert(QStringLiteral("reported_to"), QStringLiteral("國家資通安全通報應變網站"));
    // Someone else saves first: refused until the list is read again.
    auto other = core::Database::open(location);
    other->setSession(db->session());
    auto theirs = core::IncidentService(*other).incident(id);
    theirs.notes = QStringLiteral("已聯繫廠商");
    core::IncidentService(*other).update(id, 1, theirs);
    EXPECT_FALSE(page.run(QStringLiteral("edit"), values, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
    choose(page, id);
    ASSERT_TRUE(page.run(QStringLiteral("edit"), values, &message)) << message.toStdString();
    clocks = clocksText(page);
    EXPECT_FALSE(clocks.contains(QStringLiteral("|Report|"))) << clocks.toStdString();
    EXPECT_TRUE(clocks.contains(QStringLiteral("Damage control or recovery"))) << clocks.toStdString();
    EXPECT_EQ(core::IncidentService(*db).incident(id).notes, QStringLiteral("已聯繫廠商"));  // theirs kept

    // A corrective action linked, a weakness report, the deadlines.
    const qint64 action = core::Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM corrective_actions")).toLongLong();
    ASSERT_TRUE(page.run(QStringLiteral("link"), {{QStringLiteral("action"), action}}, &message)) << message.toStdString();
    EXPECT_FALSE(page.run(QStringLiteral("link"), {{QStringLiteral("action"), action}}, &message));
    std::unique_ptr<ui::FieldsDialog> weakness(page.form(QStringLiteral("weakness")));
    values = weakness->values();
    EXPECT_FALSE(values.contains(QStringLiteral("level")));
    values.insert(QStringLiteral("title"), QStringLiteral("印表機預設密碼未變更"));
    ASSERT_TRUE(page.run(QStringLiteral("weakness"), values, &message)) << message.toStdString();
    EXPECT_EQ(core::Sql::scalar(db->connection(), QStringLiteral("SELECT kind FROM incidents WHERE title = '印表機預設密碼未變更'")).toString(),
              QStringLiteral("weakness"));
    std::unique_ptr<ui::FieldsDialog> deadlines(page.form(QStringLiteral("deadlines")));
    EXPECT_DOUBLE_EQ(deadlines->values().value(QStringLiteral("report")).toDouble(), 1);
    EXPECT_FALSE(page.run(QStringLiteral("deadlines"),
                          {{QStringLiteral("report"), 0.0}, {QStringLiteral("low"), 72.0}, {QStringLiteral("high"), 36.0},
                           {QStringLiteral("months"), 1}},
                          &message));
    ASSERT_TRUE(page.run(QStringLiteral("deadlines"),
                         {{QStringLiteral("report"), 1.0}, {QStringLiteral("low"), 72.0}, {QStringLiteral("high"), 24.0},
                          {QStringLiteral("months"), 1}},
                         &message))
        << message.toStdString();
    EXPECT_DOUBLE_EQ(core::IncidentService(*db).deadlines().recoveryHoursHigh, 24);

    // The register of the demo's year: its two incidents, the late report named.
    const QString pdf = files.path(QStringLiteral("incidents.pdf"));
    ASSERT_TRUE(page.writeReport(pdf, 2025, &message)) << message.toStdString();
    const QString text = isms::test::withoutSpace(isms::test::pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("全球資訊網後台帳號遭未經授權登入"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("lateby25min"))) << text.left(1200).toStdString();
    const QString csv = files.path(QStringLiteral("incidents.csv"));
    ASSERT_TRUE(page.writeReport(csv, 2025, &message)) << message.toStdString();
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(csv)).contains(QStringLiteral("戶政櫃台電腦未設定螢幕保護密碼")));
}
