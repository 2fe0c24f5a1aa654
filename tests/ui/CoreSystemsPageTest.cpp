// Issue #24: the Core systems page — a system with office hours, an outage recorded as it starts
// and ended later, a stale edit refused, and the availability report.
#include <gtest/gtest.h>

#include <QTableView>

#include "DemoDatabase.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/CoreSystemsPage.h"
#include "services/CoreSystemService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

using namespace isms;
using isms::test::TestFiles;

namespace {

ui::RecordListWidget* list(ui::CoreSystemsPage& page, const char* name) {
    for (auto* w : page.lists()->lists()) {
        if (w->objectName() == QLatin1String(name)) return w;
    }
    return nullptr;
}

void chooseId(ui::CoreSystemsPage& page, const char* name, qint64 id) {
    auto* w = list(page, name);
    w->refresh();
    for (int row = 0; row < w->model()->rowCount(); ++row) {
        if (w->model()->index(row, 0).data(Qt::EditRole).toLongLong() == id) w->view()->setCurrentIndex(w->model()->index(row, 1));
    }
}

}  // namespace

TEST(CoreSystemsPage, ASystemItsOutagesAndTheReport) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    const QString location = files.path(QStringLiteral("systems.sqlite"));
    auto db = isms::test::demoDatabase(location, 2025);
    ui::CoreSystemsPage page(*db);
    QString message;
    // Office hours 08:00–17:00 on working days.
    std::unique_ptr<ui::FieldsDialog> form(page.form(QStringLiteral("system")));
    EXPECT_DOUBLE_EQ(form->values().value(QStringLiteral("target")).toDouble(), 99.5);
    EXPECT_FALSE(page.run(QStringLiteral("system"), {{QStringLiteral("name"), QString()}}, &message));
    EXPECT_EQ(message, QStringLiteral("Name the system."));
    ASSERT_TRUE(page.run(QStringLiteral("system"),
                         {{QStringLiteral("name"), QStringLiteral("兵役行政系統")},
                          {QStringLiteral("weekdays"), true},
                          {QStringLiteral("from"), QTime(8, 0)},
                          {QStringLiteral("until"), QTime(17, 0)},
                          {QStringLiteral("target"), 99.0},
                          {QStringLiteral("since"), QDate(2025, 1, 1)}},
                         &message))
        << message.toStdString();
    const qint64 system =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM core_systems WHERE name = '兵役行政系統'")).toLongLong();
    core::CoreSystemService service(*db);
    EXPECT_EQ(service.system(system).hours.endMinute, 17 * 60);
    EXPECT_TRUE(service.system(system).hours.weekdaysOnly);
    // An outage recorded as it started, without an end; then ended from the list.
    const QDate day = core::Clock::today().addDays(-1);
    ASSERT_TRUE(page.run(QStringLiteral("outage"),
                         {{QStringLiteral("system"), system},
                          {QStringLiteral("start_day"), day},
                          {QStringLiteral("start_time"), QTime(9, 0)},
                          {QStringLiteral("end_day"), QDate()},
                          {QStringLiteral("cause"), QStringLiteral("網路設備故障")}},
                         &message))
        << message.toStdString();
    const qint64 outage = core::Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM outages")).toLongLong();
    EXPECT_FALSE(service.outage(outage).end.isValid());
    EXPECT_FALSE(page.run(QStringLiteral("edit_outage"), {}, &message));
    EXPECT_EQ(message, QStringLiteral("Choose an outage in its list first."));
    chooseId(page, "outages", outage);
    std::unique_ptr<ui::FieldsDialog> edit(page.form(QStringLiteral("edit_outage")));
    EXPECT_EQ(edit->values().value(QStringLiteral("cause")).toString(), QStringLiteral("網路設備故障"));
    auto values = edit->values();
    values.insert(QStringLiteral("end_day"), day);
    values.insert(QStringLiteral("end_time"), QTime(8, 0));  // before it started
    EXPECT_FALSE(page.run(QStringLiteral("edit_outage"), values, &message));
    EXPECT_EQ(message, QStringLiteral("The outage ends before it starts."));
    // Someone else ends it meanwhile: this page's save is refused until the list is read again.
    auto other = core::Database::open(location);
    other->setSession(db->session());
    core::CoreSystemService::Outage theirs = core::CoreSystemService(*other).outage(outage);
    theirs.end = QDateTime(day, QTime(10, 0));
    core::CoreSystemService(*other).updateOutage(outage, 1, theirs);
    values.insert(QStringLiteral("end_time"), QTime(10, 30));
    EXPECT_FALSE(page.run(QStringLiteral("edit_outage"), values, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("after you opened it"))) << message.toStdString();
    chooseId(page, "outages", outage);
    ASSERT_TRUE(page.run(QStringLiteral("edit_outage"), values, &message)) << message.toStdString();
    EXPECT_EQ(service.outage(outage).end, QDateTime(day, QTime(10, 30)));

    // The report: the demo's website in September, and the year's outages.
    const QString pdf = files.path(QStringLiteral("availability.pdf"));
    ASSERT_TRUE(page.writeReport(pdf, 2025, &message)) << message.toStdString();
    const QString text = isms::test::withoutSpace(isms::test::pdfText(pdf));
    EXPECT_TRUE(text.contains(QStringLiteral("Coresystemavailability2025"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("99.41%")));
    EXPECT_TRUE(text.contains(QStringLiteral("遭受分散式阻斷服務攻擊")));
    EXPECT_TRUE(text.contains(QStringLiteral("Planned(notcounted)")));
    const QString csv = files.path(QStringLiteral("availability.csv"));
    ASSERT_TRUE(page.writeReport(csv, 2025, &message)) << message.toStdString();
    const QString rows = QString::fromUtf8(TestFiles::read(csv));
    EXPECT_TRUE(rows.contains(QStringLiteral("民政局全球資訊網"))) << rows.toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("99.821%")));
}
