#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "MovedClock.h"
#include "TestFiles.h"
#include "dialogs/FieldsDialog.h"
#include "dialogs/VerifyDialog.h"
#include "domain/ObjectiveItems.h"
#include "editor/PolicyEditor.h"
#include "i18n/Language.h"
#include "pages/AuditsPage.h"
#include "pages/CommunicationPage.h"
#include "pages/CoreSystemsPage.h"
#include "pages/DashboardPage.h"
#include "pages/DrillsPage.h"
#include "pages/MeetingsPage.h"
#include "pages/ObjectivesPage.h"
#include "pages/PolicyPage.h"
#include "pages/ReviewsPage.h"
#include "services/PolicyService.h"
#include "services/ReviewCalendar.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "widgets/RocDateEdit.h"
#include "widgets/VersionActions.h"

using namespace isms;
using isms::test::MovedClock;
using isms::test::TestFiles;

namespace {

const QString kCode = QStringLiteral("ISMS-01-01");
const QString kPassword = QStringLiteral("a long enough password");

// The year's journeys through the window, as its users take them: an editor, the chair and an
// administrator each sign in (File ▸ Open signs in again) and work on the pages, while the
// clock moves across the new version's effective date. The demo's records are of 2026; the day
// is 2026-12-02, the new version takes effect on 2026-12-15.
class YearJourney : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        clock.moveTo(QDate(2026, 12, 2));
        path = files.path(QStringLiteral("year.sqlite"));
        auto db = isms::test::demoDatabase(path, 2026);
        core::UserService users(*db);
        users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("系統管理者"),
                                       kPassword);
        users.signIn(QStringLiteral("admin"), kPassword);
        users.createUser(QStringLiteral("editor1"), QStringLiteral("林文書"),
                         core::UserRole::Editor, kPassword);
        users.createUser(QStringLiteral("chair1"), QStringLiteral("王主委"), core::UserRole::Chair,
                         kPassword);
        window = std::make_unique<ui::MainWindow>(std::move(db));
        window->setSignIn([this](core::Database& d, const QString&) {
            core::UserService(d).signIn(next, kPassword);
            return true;
        });
        signInAs(QStringLiteral("editor1"));
    }
    void TearDown() override { window.reset(); }

    // Signs out and in again as another user, as File ▸ Open of the same database does.
    void signInAs(const QString& user) {
        next = user;
        QString error;
        ASSERT_TRUE(window->openDatabase(path, false, &error)) << error.toStdString();
        ASSERT_EQ(window->database().session().username, user);
    }
    template <class Page>
    Page* open(int row) {
        window->navigation()->setCurrentRow(row);
        auto* page = qobject_cast<Page*>(window->page(row));
        EXPECT_NE(page, nullptr);
        return page;
    }
    ui::PolicyPage* policies() { return open<ui::PolicyPage>(1); }
    QString statusOf(const QString& version) {
        ui::PolicyPage* page = policies();
        page->reload();
        for (int r = 0; r < page->versionTable()->rowCount(); ++r) {
            if (page->versionTable()->item(r, 0)->text() == version)
                return page->versionTable()->item(r, 1)->text();
        }
        return {};
    }
    core::DashboardService::Figures dashboard() {
        auto* page = open<ui::DashboardPage>(0);
        page->refresh();
        return page->figures();
    }
    QString inForceOnDashboard() {
        const auto f = dashboard();
        return f.policies.isEmpty() ? QString() : f.policies.first().version;
    }
    QString firstOnCommunication() {
        auto* page = open<ui::CommunicationPage>(10);
        window->refreshPage();  // View ▸ Refresh
        QStringList items;
        for (int i = 0; i < page->versionChooser()->count(); ++i)
            items << page->versionChooser()->itemText(i);
        return items.join(QStringLiteral(" | "));
    }
    QTableWidget* objectives() {
        auto* page = open<ui::ObjectivesPage>(2);
        page->refresh();
        return page->standings();
    }
    int inForceOnDashboardObjectives() { return int(dashboard().objectives.size()); }
    QString objectivesNote() { return open<ui::ObjectivesPage>(2)->versionNote()->text(); }
    QString verdict(qint64 versionId) {
        ui::VerifyDialog dialog(window->database());
        dialog.verify(core::PolicyService(window->database()).fingerprint(versionId));
        return dialog.verdictLabel()->text();
    }
    qint64 versionId(const QString& number) {
        return core::PolicyRepository(window->database()).find(kCode, number).id;
    }

    // 2.1 from 2.0 with a ninth objective item, to take effect on 2026-12-15: drafted and
    // submitted by the editor, approved and published by the chair.
    void revise() {
        QString message;
        ui::PolicyPage* page = policies();
        ASSERT_TRUE(page->versionActions()->newVersion(
            QStringLiteral("2.1"), QStringLiteral("年度審查修訂，增列目標"), &message))
            << message.toStdString();
        const qint64 draft = versionId(QStringLiteral("2.1"));
        {
            ui::PolicyEditor editor(window->database(), draft);
            const auto content = core::PolicyRepository(window->database()).load(draft);
            editor.selectSection(core::ObjectiveItems::of(content).back()->id);
            ASSERT_TRUE(editor.addSibling()) << editor.sectionMessage()->text().toStdString();
            editor.headingField()->setText(QStringLiteral("每年完成資訊資產盤點並更新清冊。"));
            ASSERT_TRUE(editor.applySectionText()) << editor.sectionMessage()->text().toStdString();
            editor.effectiveDateField()->setDate(effective);
            ASSERT_TRUE(editor.applyTitleBlock()) << editor.titleMessage()->text().toStdString();
        }
        page->showVersionById(draft);
        ASSERT_TRUE(page->versionActions()->submit(&message)) << message.toStdString();

        signInAs(QStringLiteral("chair1"));
        page = policies();
        page->showVersionById(versionId(QStringLiteral("2.1")));
        ASSERT_TRUE(page->versionActions()->approve(
            core::PolicyService(window->database()).fingerprint(draft), QStringLiteral("主任委員"),
            kPassword, &message))
            << message.toStdString();
        ASSERT_TRUE(page->versionActions()->publish(&message)) << message.toStdString();
    }

    MovedClock clock;
    TestFiles files;
    QString path;
    QString next;
    std::unique_ptr<ui::MainWindow> window;
    const QDate effective{2026, 12, 15};
};

}  // namespace

// Journey 1: the version in force across a version change, on every page and for both copies.
TEST_F(YearJourney, ARevisionPublishedAheadTakesOverOnItsDayEverywhere) {
    revise();
    signInAs(QStringLiteral("editor1"));
    // Published ahead: 2.0 stays current everywhere until the 15th, and 2.1 says when it starts.
    for (const QDate& day : {QDate(2026, 12, 2), QDate(2026, 12, 14)}) {
        clock.moveTo(day);
        EXPECT_EQ(statusOf(QStringLiteral("2.0")), QStringLiteral("Current"));
        EXPECT_EQ(statusOf(QStringLiteral("2.1")),
                  QStringLiteral("Published, takes effect on 2026-12-15"));
        EXPECT_EQ(inForceOnDashboard(), QStringLiteral("2.0"));
        EXPECT_EQ(dashboard().policies.first().nextVersion, QStringLiteral("2.1"));
        EXPECT_TRUE(open<ui::DashboardPage>(0)
                        ->findChild<QLabel*>(QStringLiteral("policy_in_force"))
                        ->text()
                        .contains(QStringLiteral("Version 2.1 takes effect on 2026-12-15.")));
        EXPECT_TRUE(firstOnCommunication().contains(QStringLiteral("2.0 (Current)")))
            << firstOnCommunication().toStdString();
        // Its new objective is listed after 2.0's eight, to be prepared before its day.
        QTableWidget* upcoming = objectives();
        ASSERT_EQ(upcoming->rowCount(), 9);
        EXPECT_EQ(upcoming->item(8, 1)->text(), QStringLiteral("每年完成資訊資產盤點並更新清冊。"));
        EXPECT_EQ(upcoming->item(8, 5)->text(), QStringLiteral("From version 2.1 (2026-12-15)"));
        EXPECT_EQ(inForceOnDashboardObjectives(), 8);
        EXPECT_EQ(
            objectivesNote(),
            QStringLiteral("The objectives of ISMS-01-01 version 2.0, in force. Version 2.1 takes "
                           "effect on 2026-12-15; its objectives apply from that day."));
        EXPECT_TRUE(verdict(versionId(QStringLiteral("2.0"))).contains(QStringLiteral("VALID")));
        EXPECT_TRUE(
            verdict(versionId(QStringLiteral("2.1"))).contains(QStringLiteral("NOT YET IN FORCE")));
        EXPECT_TRUE(verdict(versionId(QStringLiteral("2.1")))
                        .contains(QStringLiteral("until then version 2.0 is current")));
    }
    // The day it takes effect, every page moves over without anyone touching a record.
    clock.moveTo(effective);
    window->refreshPage();
    EXPECT_EQ(statusOf(QStringLiteral("2.1")), QStringLiteral("Current"));
    EXPECT_EQ(statusOf(QStringLiteral("2.0")), QStringLiteral("Superseded by 2.1 on 2026-12-15"));
    EXPECT_EQ(policies()->currentVersionId(), versionId(QStringLiteral("2.1")));
    EXPECT_EQ(inForceOnDashboard(), QStringLiteral("2.1"));
    EXPECT_TRUE(firstOnCommunication().contains(QStringLiteral("2.1 (Current)")))
        << firstOnCommunication().toStdString();
    // The ninth item is an objective now, its indicator still to be set.
    EXPECT_EQ(inForceOnDashboardObjectives(), 9);
    QTableWidget* table = objectives();
    EXPECT_EQ(objectivesNote(),
              QStringLiteral("The objectives of ISMS-01-01 version 2.1, in force."));
    ASSERT_EQ(table->rowCount(), 9);
    EXPECT_EQ(table->item(8, 0)->text(), QStringLiteral("9"));
    EXPECT_EQ(table->item(8, 1)->text(), QStringLiteral("每年完成資訊資產盤點並更新清冊。"));
    EXPECT_EQ(table->item(8, 2)->text(), QStringLiteral("Indicator still to be set"));
    const QString old = verdict(versionId(QStringLiteral("2.0")));
    EXPECT_TRUE(old.contains(QStringLiteral("SUPERSEDED")) &&
                old.contains(QStringLiteral("superseded by version 2.1 on 2026-12-15")))
        << old.toStdString();
    EXPECT_TRUE(verdict(versionId(QStringLiteral("2.1"))).contains(QStringLiteral(">VALID<")));
}

// Journey 2: measurements and a failed drill before and after the change make one trend and one
// status, on the objectives page and the dashboard alike.
TEST_F(YearJourney, MeasurementsAndAFailedDrillRunOnAcrossTheChange) {
    const auto before = dashboard();
    ASSERT_EQ(before.objectives.size(), 8);
    const qint64 availability = before.objectives[5].objectiveId;  // 6: core system availability
    EXPECT_TRUE(before.objectives[5].live);  // computed from the core systems' outages
    QString message;
    // The website down for 130 minutes in November (43,200 minutes): 99.699 %, recorded on the
    // Core systems page.
    auto* systems = open<ui::CoreSystemsPage>(11);
    const qint64 web = core::Sql::scalar(window->database().connection(),
                                         QStringLiteral("SELECT id FROM core_systems WHERE name = '民政局全球資訊網'"))
                           .toLongLong();
    ASSERT_TRUE(systems->run(QStringLiteral("outage"),
                             {{QStringLiteral("system"), web},
                              {QStringLiteral("start_day"), QDate(2026, 11, 10)},
                              {QStringLiteral("start_time"), QTime(9, 0)},
                              {QStringLiteral("end_day"), QDate(2026, 11, 10)},
                              {QStringLiteral("end_time"), QTime(11, 10)},
                              {QStringLiteral("planned"), false},
                              {QStringLiteral("cause"), QStringLiteral("主機故障")}},
                             &message))
        << message.toStdString();
    auto* page = open<ui::ObjectivesPage>(2);
    // Typed in, it would be a second set of books.
    EXPECT_FALSE(page->recordMeasurement(availability, QDate(2026, 11, 1), QDate(2026, 11, 30), 99.7, QString(), &message));
    revise();
    signInAs(QStringLiteral("editor1"));
    clock.moveTo(QDate(2026, 12, 20));
    page = open<ui::ObjectivesPage>(2);
    ASSERT_TRUE(page->recordEndedPeriods(&message)) << message.toStdString();
    core::DrillService::Drill drill;
    drill.year = 2026;
    drill.half = 2;
    drill.date = QDate(2026, 12, 18);
    drill.sent = 200;
    drill.opened = 40;  // 20 % opened: failed
    drill.clicked = 10;
    ASSERT_TRUE(open<ui::DrillsPage>(9)->record(drill, &message)) << message.toStdString();

    const auto after = dashboard();
    ASSERT_EQ(after.objectives.size(), 9);
    // The same objective 6, its months recorded before and after the change in one trend: November
    // as its outage left it, December computed so far.
    EXPECT_EQ(after.objectives[5].objectiveId, availability);
    ASSERT_GE(after.objectives[5].trend.size(), 2);
    EXPECT_EQ(after.objectives[5].trend[after.objectives[5].trend.size() - 2],
              (QPair<QDate, double>{QDate(2026, 11, 30), 99.699}));
    EXPECT_TRUE(after.objectives[5].live);
    EXPECT_EQ(after.objectives[5].trend.last().first, QDate(2026, 12, 31));
    // Objective 8: the demo's first-half drill passed, the second half's failed: not met.
    EXPECT_EQ(after.objectives[7].status, core::ObjectiveStatus::NotMet);
    QTableWidget* table = objectives();
    EXPECT_EQ(table->item(7, 5)->text().contains(
                  core::ObjectiveStatus::label(core::ObjectiveStatus::NotMet)),
              true)
        << table->item(7, 5)->text().toStdString();
    // One drill measurement for the one lasting objective, not one per version.
    EXPECT_EQ(core::Sql::scalar(window->database().connection(),
                                QStringLiteral("SELECT COUNT(*) FROM measurements WHERE drill_id "
                                               "IS NOT NULL AND period_end = '2026-12-31'"))
                  .toInt(),
              1);
}

// Journey 3: an audit, a drill and a meeting close their cycles on the Reviews page, the Drills
// page and the dashboard at once. On 2027-01-10 the audit (cycle last done 2025-10-15) and the
// drill (last drill 2026-05-20) are overdue; the demo's management review meeting of 2026-12-10
// has closed its cycle already.
TEST_F(YearJourney, RecordsCloseTheirCyclesEverywhere) {
    signInAs(QStringLiteral("admin"));
    clock.moveTo(QDate(2027, 1, 10));
    const QStringList cycles{QStringLiteral("internal_audit"), QStringLiteral("drill"),
                             QStringLiteral("management_review")};
    const auto overdueKinds = [&] {
        QStringList kinds;
        for (const auto& r : dashboard().reviews) {
            if (r.state == core::ReviewSchedule::State::Overdue && cycles.contains(r.kind))
                kinds << r.kind;
        }
        kinds.sort();
        return kinds;
    };
    const auto lastDone = [this](const QString& kind) {
        for (const auto& i : core::ReviewCalendar(window->database()).items(core::Clock::today())) {
            if (i.kind == kind) return i.lastDone;
        }
        return QDate();
    };
    const auto overdueOnReviewsPage = [this](const QString& title) {
        auto* reviews = open<ui::ReviewsPage>(6);
        reviews->refresh();
        for (int r = 0; r < reviews->agenda()->rowCount(); ++r) {
            for (int c = 0; c < reviews->agenda()->columnCount(); ++c) {
                if (!reviews->agenda()->item(r, c) ||
                    !reviews->agenda()->item(r, c)->text().startsWith(title))
                    continue;
                return reviews->agenda()->item(r, 1)->text().startsWith(QStringLiteral("✖"));
            }
        }
        return false;
    };
    EXPECT_EQ(overdueKinds(),
              (QStringList{QStringLiteral("drill"), QStringLiteral("internal_audit")}));
    EXPECT_TRUE(overdueOnReviewsPage(QStringLiteral("資通安全內部稽核")));
    EXPECT_TRUE(overdueOnReviewsPage(QStringLiteral("社交工程演練")));
    // The demo was made on 2026-12-02, before its year's 10 December: its review was held a week
    // before that day.
    EXPECT_EQ(lastDone(QStringLiteral("management_review")), QDate(2026, 11, 25));
    auto* drills = open<ui::DrillsPage>(9);
    drills->refresh();
    EXPECT_TRUE(drills->missingLabel()->text().contains(QStringLiteral("OVERDUE")));
    bool dashboardMissing = false;
    for (const auto& h : dashboard().drills) dashboardMissing = dashboardMissing || h.missing;
    EXPECT_TRUE(dashboardMissing);  // the same half-year, by the same rule

    QString message;
    auto* audits = open<ui::AuditsPage>(8);
    ASSERT_TRUE(audits->run(QStringLiteral("audit"),
                            {{QStringLiteral("title"), QStringLiteral("115年度內部稽核")},
                             {QStringLiteral("start"), QDate(2027, 1, 4)},
                             {QStringLiteral("end"), QDate(2027, 1, 5)},
                             {QStringLiteral("auditors"), QStringLiteral("張淑芬")}},
                            &message))
        << message.toStdString();
    core::DrillService::Drill drill;
    drill.year = 2026;
    drill.half = 2;
    drill.date = QDate(2026, 12, 20);
    drill.sent = 100;
    drill.opened = 5;
    drill.clicked = 2;
    drills = open<ui::DrillsPage>(9);
    ASSERT_TRUE(drills->record(drill, &message)) << message.toStdString();
    auto* meetings = open<ui::MeetingsPage>(7);
    const qint64 chair = core::Sql::scalar(window->database().connection(),
                                           QStringLiteral("SELECT MIN(id) FROM people"))
                             .toLongLong();
    std::unique_ptr<ui::FieldsDialog> form(meetings->form(QStringLiteral("meeting")));
    ASSERT_NE(form, nullptr);
    form->setValue(QStringLiteral("title"), QStringLiteral("116年度第1次資通安全管理審查會議"));
    form->setValue(QStringLiteral("date"), QDate(2027, 1, 8));
    form->setValue(QStringLiteral("chair"), chair);
    form->setWork([meetings](const ui::FieldsDialog::Values& v, QString* m) {
        return meetings->run(QStringLiteral("meeting"), v, m);
    });
    form->accept();
    ASSERT_TRUE(form->messageLabel()->text().isEmpty())
        << form->messageLabel()->text().toStdString();

    // Done on their dates, everywhere.
    EXPECT_TRUE(overdueKinds().isEmpty()) << overdueKinds().join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(overdueOnReviewsPage(QStringLiteral("資通安全內部稽核")));
    EXPECT_FALSE(overdueOnReviewsPage(QStringLiteral("社交工程演練")));
    EXPECT_EQ(lastDone(QStringLiteral("internal_audit")), QDate(2027, 1, 5));
    EXPECT_EQ(lastDone(QStringLiteral("drill")), QDate(2026, 12, 20));
    EXPECT_EQ(lastDone(QStringLiteral("management_review")), QDate(2027, 1, 8));
    drills = open<ui::DrillsPage>(9);
    drills->refresh();
    EXPECT_EQ(drills->missingLabel()->text(),
              QStringLiteral("Every half-year so far has its drill."));
    for (const auto& h : dashboard().drills) EXPECT_FALSE(h.missing) << h.year << " " << h.half;
}
