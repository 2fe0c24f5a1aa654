#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Session.h"
#include "i18n/Language.h"
#include "services/AuditService.h"
#include "services/MeetingBrief.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

// The demo's management review is on 2025-12-10; its sample plan has eight action items, of
// which "辦理全體同仁資通安全教育訓練" (due 11-30, in progress) and "執行年度內部稽核並追蹤矯正措施"
// (due 10-31, planned) are overdue on 2025-12-01, and "召開年度管理審查會議" is its follow-up.
class MeetingServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("meeting.sqlite")), 2025);
        demoMeeting = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM meetings")).toLongLong();
        person = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = '林志豪'")).toLongLong();
    }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    QString prepared(qint64 meeting, const QString& input) {
        for (const auto& item : MeetingService(*db).agenda(meeting)) {
            if (item.inputKey == input) return item.prepared;
        }
        return {};
    }
    MeetingService::Meeting meeting(const QString& kind, const QDate& date) {
        MeetingService::Meeting m;
        m.kind = kind;
        m.title = QStringLiteral("115年度第1次管理審查會議");
        m.date = date;
        m.place = QStringLiteral("第一會議室");
        m.chairPersonId = person;
        m.attendees = {person};
        return m;
    }
    TestFiles files;
    std::unique_ptr<Database> db;
    qint64 demoMeeting = 0;
    qint64 person = 0;
};

}  // namespace

TEST_F(MeetingServiceTest, AManagementReviewStartsWithTheInputsOfClause932) {
    MeetingService s(*db);
    const qint64 review = s.create(meeting(QStringLiteral("management_review"), QDate(2026, 6, 1)));
    const auto agenda = s.agenda(review);
    ASSERT_EQ(agenda.size(), 10);
    EXPECT_EQ(agenda.first().inputKey, QStringLiteral("input_previous_actions"));
    EXPECT_EQ(agenda.first().title, QStringLiteral("a) Status of actions from previous management reviews"));
    EXPECT_EQ(agenda.last().inputKey, QStringLiteral("input_improvement"));
    const qint64 committee = s.create(meeting(QStringLiteral("committee"), QDate(2026, 6, 2)));
    EXPECT_TRUE(s.agenda(committee).isEmpty());
    s.addAgendaItem(committee, QStringLiteral("資安預算"));
    ASSERT_EQ(s.agenda(committee).size(), 1);
    EXPECT_EQ(s.agenda(committee).first().title, QStringLiteral("資安預算"));
    EXPECT_EQ(s.agenda(committee).first().position, 1);
    // The demo's meeting has the standard agenda too.
    EXPECT_EQ(s.agenda(demoMeeting).size(), 10);
}

TEST_F(MeetingServiceTest, ABadMeetingIsRefusedAndNothingIsWritten) {
    MeetingService s(*db);
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM meetings"));
    const int agendaBefore = count(QStringLiteral("SELECT COUNT(*) FROM meeting_agenda_items"));
    auto noChair = meeting(QStringLiteral("management_review"), QDate(2026, 6, 1));
    noChair.chairPersonId = 0;
    EXPECT_EQ(errorOf([&] { s.create(noChair); }), Error::Kind::Invalid);
    auto noTitle = meeting(QStringLiteral("management_review"), QDate(2026, 6, 1));
    noTitle.title = QStringLiteral("  ");
    EXPECT_EQ(errorOf([&] { s.create(noTitle); }), Error::Kind::Invalid);
    auto ghost = meeting(QStringLiteral("management_review"), QDate(2026, 6, 1));
    ghost.attendees << 99999;
    EXPECT_EQ(errorOf([&] { s.create(ghost); }), Error::Kind::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM meetings")), before);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM meeting_agenda_items")), agendaBefore);
    EXPECT_EQ(errorOf([&] { s.addAgendaItem(demoMeeting, QString()); }), Error::Kind::Invalid);
}

TEST_F(MeetingServiceTest, PreparingFillsTheAgendaFromTheRecords) {
    AuditService audits(*db);
    const qint64 audit = audits.addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1), QDate(2025, 10, 3),
                                          QStringLiteral("兵役處"), QStringLiteral("張淑芬"), QStringLiteral("兵役處")});
    const qint64 finding = audits.addFinding(audit, {QStringLiteral("minor"), QStringLiteral("A.8.2"),
                                                     QStringLiteral("離職人員帳號未停用"), QString()});
    audits.addCorrectiveAction(finding, {QStringLiteral("流程未通知"), QStringLiteral("離職單加會資訊室"), person,
                                         QDate(2025, 11, 15)});
    audits.addFinding(audit, {QStringLiteral("observation"), QString(), QStringLiteral("備份紀錄格式不一"), QString()});

    const MeetingBrief brief(*db, demoMeeting, QDate(2025, 12, 1));
    ASSERT_EQ(brief.openFindings().size(), 2);
    EXPECT_EQ(brief.openFindings().first().action, QStringLiteral("離職單加會資訊室"));
    const auto overdue = brief.overdueActions();
    ASSERT_EQ(overdue.size(), 3);  // two action items and the corrective action
    EXPECT_EQ(overdue[0].title, QStringLiteral("執行年度內部稽核並追蹤矯正措施"));
    EXPECT_TRUE(overdue[1].corrective);
    EXPECT_EQ(overdue[2].title, QStringLiteral("辦理全體同仁資通安全教育訓練（每人 3 小時）"));
    // The demo's compliance check of 03-18 (both its nonconformities resolved), then this audit.
    ASSERT_EQ(brief.audits().size(), 2);
    EXPECT_EQ(brief.audits().last().findings, 2);
    EXPECT_EQ(brief.audits().last().nonconformities, 1);
    EXPECT_EQ(brief.previousMeeting(), 0);
    ASSERT_FALSE(brief.objectives().isEmpty());
    EXPECT_EQ(brief.objectives().first().actionItems, 1);
    EXPECT_EQ(brief.objectives().first().actionItemsDone, 1);

    MeetingService s(*db);
    EXPECT_EQ(s.prepare(demoMeeting, QDate(2025, 12, 1), false), 5);
    EXPECT_EQ(prepared(demoMeeting, QStringLiteral("input_previous_actions")),
              QStringLiteral("No earlier meeting of this kind is on record."));
    const QString nonconformities = prepared(demoMeeting, QStringLiteral("input_nonconformities"));
    EXPECT_TRUE(nonconformities.startsWith(QStringLiteral("Open findings: 2\n"))) << nonconformities.toStdString();
    EXPECT_TRUE(nonconformities.contains(QStringLiteral("Minor nonconformity A.8.2 — 離職人員帳號未停用; 離職單加會資訊室")));
    EXPECT_TRUE(nonconformities.contains(QStringLiteral("Overdue actions on 2025-12-01: 3")));
    EXPECT_TRUE(prepared(demoMeeting, QStringLiteral("input_audit_results"))
                    .contains(QStringLiteral("114年度內部稽核 (2025-10-01 – 2025-10-03): 2 finding(s), 1 nonconformity(ies), 2 still open")));
    const QString objectives = prepared(demoMeeting, QStringLiteral("input_objectives"));
    EXPECT_TRUE(objectives.startsWith(QStringLiteral("• Objective 1: "))) << objectives.toStdString();
    EXPECT_TRUE(objectives.contains(QStringLiteral("action items done 1 of 1")));
    EXPECT_TRUE(prepared(demoMeeting, QStringLiteral("input_risk")).isEmpty());  // nothing on record speaks to it

    // Edited text stays unless the caller asks to replace it.
    auto item = s.agenda(demoMeeting).at(3);
    s.saveAgendaItem(item.id, item.rowVersion, QStringLiteral("執行小組修訂"), QString());
    EXPECT_EQ(s.prepare(demoMeeting, QDate(2025, 12, 1), false), 0);
    EXPECT_EQ(prepared(demoMeeting, QStringLiteral("input_nonconformities")), QStringLiteral("執行小組修訂"));
    EXPECT_EQ(s.prepare(demoMeeting, QDate(2025, 12, 1), true), 1);
    EXPECT_EQ(prepared(demoMeeting, QStringLiteral("input_nonconformities")), nonconformities);
}

TEST_F(MeetingServiceTest, TheNextMeetingReviewsThePreviousFollowUps) {
    MeetingService s(*db);
    ActionItem followUp;
    followUp.title = QStringLiteral("修訂委外廠商資安條款");
    followUp.ownerPersonId = person;
    followUp.dueDate = QDate(2026, 3, 31);
    followUp.evaluationMethod = QStringLiteral("契約範本");
    const qint64 id = s.addFollowUp(demoMeeting, followUp);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT plan_year FROM action_items WHERE id = :id"),
                          {{QStringLiteral("id"), id}})
                  .toInt(),
              2026);
    const qint64 next = s.create(meeting(QStringLiteral("management_review"), QDate(2026, 6, 1)));
    EXPECT_EQ(MeetingBrief(*db, next, QDate(2026, 5, 20)).previousMeeting(), demoMeeting);
    s.prepare(next, QDate(2026, 5, 20), false);
    const QString previous = prepared(next, QStringLiteral("input_previous_actions"));
    EXPECT_TRUE(previous.contains(QStringLiteral("• 召開年度管理審查會議 — ")));
    EXPECT_TRUE(previous.contains(QStringLiteral("• 修訂委外廠商資安條款 — 林志豪, due 2026-03-31: Planned (0%)")))
        << previous.toStdString();

    ActionItem untitled = followUp;
    untitled.title.clear();
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM action_items"));
    EXPECT_EQ(errorOf([&] { s.addFollowUp(demoMeeting, untitled); }), Error::Kind::Invalid);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM action_items")), before);
}

TEST_F(MeetingServiceTest, StaleEditsAreRefused) {
    MeetingService s(*db);
    const auto item = s.agenda(demoMeeting).first();
    s.saveAgendaItem(item.id, item.rowVersion, QStringLiteral("甲"), QStringLiteral("會議紀錄甲"));
    EXPECT_EQ(errorOf([&] { s.saveAgendaItem(item.id, item.rowVersion, QStringLiteral("乙"), QString()); }),
              Error::Kind::Conflict);
    EXPECT_EQ(s.agenda(demoMeeting).first().minutes, QStringLiteral("會議紀錄甲"));

    auto m = s.load(demoMeeting);
    const auto attendees = m.attendees;
    auto mine = m;
    mine.attendees = {person};
    s.update(demoMeeting, mine);
    EXPECT_EQ(s.load(demoMeeting).attendees, QList<qint64>{person});
    m.attendees = attendees;  // based on the meeting as it was before
    EXPECT_EQ(errorOf([&] { s.update(demoMeeting, m); }), Error::Kind::Conflict);
    EXPECT_EQ(s.load(demoMeeting).attendees, QList<qint64>{person});

    int version = 0;
    s.decisions(demoMeeting, &version);
    s.saveDecisions(demoMeeting, version, QStringLiteral("一、請執行小組於三個月內完成改善。"));
    EXPECT_EQ(errorOf([&] { s.saveDecisions(demoMeeting, version, QStringLiteral("x")); }), Error::Kind::Conflict);
    EXPECT_EQ(s.decisions(demoMeeting), QStringLiteral("一、請執行小組於三個月內完成改善。"));
}

TEST_F(MeetingServiceTest, AViewerChangesNoMeeting) {
    db->setSession(Session::user(2, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    MeetingService s(*db);
    EXPECT_EQ(errorOf([&] { s.create(meeting(QStringLiteral("management_review"), QDate(2026, 6, 1))); }),
              Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { s.prepare(demoMeeting, QDate(2025, 12, 1), true); }), Error::Kind::Permission);
    const auto item = s.agenda(demoMeeting).first();
    EXPECT_EQ(errorOf([&] { s.saveAgendaItem(item.id, item.rowVersion, QStringLiteral("x"), QString()); }),
              Error::Kind::Permission);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM meeting_agenda_items WHERE prepared <> ''")), 0);
}
