#include <gtest/gtest.h>

#include <QSqlQuery>

#include "DemoDatabase.h"
#include "MeetingPackReport.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "services/AuditService.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;
using isms::test::pdfText;
using isms::test::TestFiles;
using isms::test::withoutSpace;

namespace {

class MeetingPackReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("pack.sqlite")), 2025);
        meeting = core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM meetings"))
                      .toLongLong();
        person = core::Sql::scalar(db->connection(),
                                   QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"))
                     .toLongLong();
        core::AuditService audits(*db);
        const qint64 audit = audits.addAudit({QStringLiteral("114年度內部稽核"), QDate(2025, 10, 1),
                                              QDate(2025, 10, 3), QStringLiteral("兵役處"),
                                              QStringLiteral("張淑芬"), QStringLiteral("兵役處")});
        const qint64 finding =
            audits.addFinding(audit, {QStringLiteral("major"), QStringLiteral("A.5.15"),
                                      QStringLiteral("共用帳號未列管"), QString()});
        audits.addCorrectiveAction(
            finding, {QStringLiteral("未訂規範"), QStringLiteral("訂定帳號管理規範"), person,
                      QDate(2025, 11, 20)});
    }
    QString text(qint64 id) {
        const QString file = files.path(QStringLiteral("pack-%1.pdf").arg(id));
        reports::MeetingPackReport::build(*db, id, QDate(2025, 12, 1)).writePdf(file);
        return pdfText(file);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
    qint64 meeting = 0;
    qint64 person = 0;
};

}  // namespace

TEST_F(MeetingPackReportTest, BeforeTheMeetingThePackHoldsAgendaFiguresFindingsAndOverdueActions) {
    core::MeetingService(*db).prepare(meeting, QDate(2025, 12, 1), false);
    const QString pack = text(meeting);
    const QString flat = withoutSpace(pack);
    EXPECT_TRUE(flat.contains(QStringLiteral("114年度資通安全管理審查會議"))) << pack.toStdString();
    EXPECT_TRUE(flat.contains(
        withoutSpace(QStringLiteral("Meeting pack — Management review, 2025-12-10"))));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Place: 民政局第一會議室"))));
    EXPECT_TRUE(flat.contains(
        withoutSpace(QStringLiteral("1. a) Status of actions from previous management reviews"))));
    EXPECT_TRUE(flat.contains(
        withoutSpace(QStringLiteral("10. g) Opportunities for continual improvement"))));
    EXPECT_TRUE(flat.contains(
        withoutSpace(QStringLiteral("Overdue actions on 2025-12-01: 3"))));  // prepared text
    EXPECT_TRUE(
        flat.contains(withoutSpace(QStringLiteral("Objective effectiveness 2025 (ISMS-01-01)"))));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Open findings"))));
    EXPECT_TRUE(flat.contains(QStringLiteral("共用帳號未列管")));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Major nonconformity"))));
    EXPECT_TRUE(flat.contains(QStringLiteral("訂定帳號管理規範")));
    EXPECT_TRUE(
        flat.contains(QStringLiteral("執行年度內部稽核並追蹤矯正措施")));  // overdue action item
    EXPECT_TRUE(flat.contains(
        withoutSpace(QStringLiteral("No earlier meeting of this kind is on record."))));
    EXPECT_FALSE(
        flat.contains(withoutSpace(QStringLiteral("Attendees' signatures"))));  // no minutes yet
}

TEST_F(MeetingPackReportTest, AfterTheMeetingTheMinutesPrintWithSignatureLines) {
    core::MeetingService s(*db);
    const auto item = s.agenda(meeting).first();
    s.saveAgendaItem(item.id, item.rowVersion, QString(), QStringLiteral("前次決議均已辦理完成。"));
    int version = 0;
    s.decisions(meeting, &version);
    s.saveDecisions(meeting, version, QStringLiteral("請資訊室於明年第一季完成帳號盤點。"));
    core::ActionItem followUp;
    followUp.title = QStringLiteral("完成全局帳號盤點");
    followUp.ownerPersonId = person;
    followUp.dueDate = QDate(2026, 3, 31);
    s.addFollowUp(meeting, followUp);
    const QString flat = withoutSpace(text(meeting));
    EXPECT_TRUE(flat.contains(QStringLiteral("Minutes")));
    EXPECT_TRUE(flat.contains(QStringLiteral("前次決議均已辦理完成。")));
    EXPECT_TRUE(flat.contains(QStringLiteral("請資訊室於明年第一季完成帳號盤點。")));
    EXPECT_TRUE(
        flat.contains(withoutSpace(QStringLiteral("Follow-up actions set by this meeting"))));
    EXPECT_TRUE(flat.contains(QStringLiteral("完成全局帳號盤點")));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Attendees' signatures"))));
    QSqlQuery q = core::Sql::run(
        db->connection(),
        QStringLiteral("SELECT p.name FROM meeting_attendees t JOIN people p ON p.id = t.person_id "
                       "WHERE t.meeting_id = :m"),
        {{QStringLiteral("m"), meeting}});
    int attendees = 0;
    for (; q.next(); ++attendees)
        EXPECT_TRUE(flat.contains(q.value(0).toString())) << q.value(0).toString().toStdString();
    EXPECT_EQ(attendees, 3);
}

TEST_F(MeetingPackReportTest, TheNextPackShowsThePreviousFollowUpsWithTheirStatus) {
    core::MeetingService s(*db);
    core::MeetingService::Meeting next;
    next.title = QStringLiteral("115年度第1次管理審查會議");
    next.date = QDate(2026, 6, 1);
    next.chairPersonId = person;
    const qint64 id = s.create(next);
    const QString flat = withoutSpace(text(id));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("Follow-ups of the previous meeting"))));
    EXPECT_TRUE(
        flat.contains(withoutSpace(QStringLiteral("114年度資通安全管理審查會議, 2025-12-10"))));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("召開年度管理審查會議"))));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("In progress 50%"))));
}

// ✔ and ✖ are not in Noto Sans CJK: they come from a fallback face, and the text after them
// still extracts as written (a missing glyph once shifted every later character).
TEST(JournaledText, CharactersTheFaceLacksDoNotShiftTheTextAfterThem) {
    TestFiles files;
    const QString file = files.path(QStringLiteral("marks.pdf"));
    reports::TableReport(QStringLiteral("演練結果"), QString(), {QStringLiteral("結果")}, {1},
                         {{QString(),
                           {{QStringLiteral("✔ 通過：開啟率 7.2%")},
                            {QStringLiteral("✖ 未通過：點閱率 6.5 %")},
                            {QStringLiteral("請於九月底前完成帳號盤點。")}}}},
                         {})
        .writePdf(file);
    const QString flat = withoutSpace(pdfText(file));
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("✔ 通過：開啟率 7.2%"))))
        << flat.toStdString();
    EXPECT_TRUE(flat.contains(withoutSpace(QStringLiteral("✖ 未通過：點閱率 6.5 %"))));
    EXPECT_TRUE(flat.contains(QStringLiteral("請於九月底前完成帳號盤點。")));
}
