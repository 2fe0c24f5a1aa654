// Issue #24: objectives measured from the records themselves. Each source is computed on records
// worked out by hand (dated in 2026, apart from the demo's 2025 samples), across the period's
// edges, live for a period still running, and recorded at a period's end with its records.
#include "Administrator.h"
#include "ByHand.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "RowsBehind.h"
#include "TestFiles.h"
#include "domain/IndicatorSource.h"
#include "services/AuditService.h"
#include "services/DashboardService.h"
#include "services/IndicatorComputer.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <barrier>
#include <thread>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;
using Kind = IndicatorSource::Kind;

namespace {

class ComputedIndicators : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("computed.sqlite"));
        db = isms::test::demoDatabase(location, 2025);
        clock.moveTo(QDate(2026, 7, 15));
        convener = idOf(QStringLiteral("SELECT id FROM roles WHERE code = 'convener'"));
        executive = idOf(QStringLiteral("SELECT id FROM roles WHERE code = 'executive_team'"));
        wang = idOf(QStringLiteral("SELECT id FROM people WHERE name = '王大明'"));  // convener
        chen = idOf(QStringLiteral("SELECT id FROM people WHERE name = '陳美玲'"));  // executive team
        lin = idOf(QStringLiteral("SELECT id FROM people WHERE name = '林志豪'"));
    }
    qint64 idOf(const QString& sql) { return Sql::scalar(db->connection(), sql).toLongLong(); }
    qint64 meeting(const QDate& day, const QList<qint64>& attendees, const QString& kind = QStringLiteral("management_review")) {
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        const qint64 id = writer.insert(QStringLiteral("meetings"), {{QStringLiteral("kind"), kind},
                                                                     {QStringLiteral("title"), QStringLiteral("管理審查")},
                                                                     {QStringLiteral("meeting_date"), day}});
        for (qint64 p : attendees) {
            writer.insertLink(QStringLiteral("meeting_attendees"), {{QStringLiteral("meeting_id"), id}, {QStringLiteral("person_id"), p}});
        }
        tx.commit();
        return id;
    }
    // 林志豪 on the executive team from January to the end of February only.
    void linOnTheTeamUntilFebruary() {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db))
            .insert(QStringLiteral("role_assignments"), {{QStringLiteral("role_id"), executive},
                                                         {QStringLiteral("person_id"), lin},
                                                         {QStringLiteral("start_date"), QDate(2026, 1, 1)},
                                                         {QStringLiteral("end_date"), QDate(2026, 2, 28)}});
        tx.commit();
    }
    IndicatorComputer::Result compute(Kind kind, const QDate& from, const QDate& until, bool records = false) {
        return IndicatorComputer(*db).compute({kind, {convener, executive}}, from, until, Clock::today(), records);
    }
    qint64 action(qint64 finding, const QDate& due, const QDate& done = {}) {
        AuditService s(*db);
        const qint64 id = s.addCorrectiveAction(finding, {QStringLiteral("原因"), QStringLiteral("矯正"), lin, due});
        if (done.isValid()) s.markActionDone(id, rowVersion(*db, QStringLiteral("corrective_actions"), id), done);
        return id;
    }
    qint64 objective(int number) {
        return ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2026)[number - 1].objectiveId;
    }
    int rowsBehind(const QString& key) { return isms::test::rowsBehind(*db, key, 2026, Clock::today()); }

    TestFiles files;
    isms::test::MovedClock clock;
    QString location;
    std::unique_ptr<Database> db;
    qint64 convener = 0, executive = 0, wang = 0, chen = 0, lin = 0;
};

}  // namespace

TEST_F(ComputedIndicators, SeniorAttendanceCountsWhoHeldTheRolesOnTheReviewsDay) {
    linOnTheTeamUntilFebruary();
    const qint64 first = meeting(QDate(2026, 1, 1), {wang, chen});   // the quarter's first day: 2 of 3 (林 too)
    const qint64 last = meeting(QDate(2026, 3, 31), {wang, lin});    // its last: 1 of 2 (林 no longer on it)
    meeting(QDate(2026, 4, 1), {});                                  // the next quarter's: 0 of 2
    meeting(QDate(2026, 2, 1), {}, QStringLiteral("committee"));     // not a management review
    meeting(QDate(2026, 8, 1), {wang, chen});                        // not held yet on 07-15

    const auto q1 = compute(Kind::SeniorAttendance, QDate(2026, 1, 1), QDate(2026, 3, 31), true);
    ASSERT_TRUE(q1.hasValue);
    EXPECT_DOUBLE_EQ(q1.value, 60);  // 3 of 5
    EXPECT_EQ(q1.records, (QList<IndicatorComputer::Record>{{QStringLiteral("meetings"), first},
                                                            {QStringLiteral("meetings"), last}}));
    EXPECT_TRUE(q1.basis.contains(QStringLiteral("3 of 5"))) << q1.basis.toStdString();
    const auto q2 = compute(Kind::SeniorAttendance, QDate(2026, 4, 1), QDate(2026, 6, 30));
    ASSERT_TRUE(q2.hasValue);
    EXPECT_DOUBLE_EQ(q2.value, 0);
    // A review planned but not held is not counted: no value for the running quarter yet.
    EXPECT_FALSE(compute(Kind::SeniorAttendance, QDate(2026, 7, 1), QDate(2026, 9, 30)).hasValue);
    EXPECT_DOUBLE_EQ(compute(Kind::SeniorAttendance, QDate(2026, 1, 1), QDate(2026, 12, 31)).value, 42.86);  // 3 of 7, to 2 decimals
    // Without roles nothing is senior management.
    EXPECT_FALSE(IndicatorComputer(*db).compute({Kind::SeniorAttendance, {}}, QDate(2026, 1, 1), QDate(2026, 3, 31),
                                                Clock::today(), false)
                     .hasValue);
}

TEST_F(ComputedIndicators, CorrectiveActionsAreJudgedByTheirDueDate) {
    AuditService s(*db);
    const qint64 audit = s.addAudit({QStringLiteral("115年度內部稽核"), QDate(2026, 1, 10), QDate(2026, 1, 11),
                                     QString(), QStringLiteral("張淑芬"), QString()});
    const qint64 finding = s.addFinding(audit, {QStringLiteral("minor"), {}, QStringLiteral("缺失"), {}});
    const qint64 onTheDay = action(finding, QDate(2026, 3, 31), QDate(2026, 3, 31));  // on time, on the due day
    const qint64 dayLate = action(finding, QDate(2026, 3, 1), QDate(2026, 3, 2));     // late
    const qint64 neverDone = action(finding, QDate(2026, 2, 15));                     // late: due passed
    action(finding, QDate(2026, 7, 20));                                              // not judged yet
    action(finding, QDate(2026, 7, 30), QDate(2026, 7, 10));                          // done early: judged
    action(finding, QDate(2026, 4, 1), QDate(2026, 3, 20));                           // the next quarter's

    const auto q1 = compute(Kind::CorrectiveOnTime, QDate(2026, 1, 1), QDate(2026, 3, 31), true);
    ASSERT_TRUE(q1.hasValue);
    EXPECT_DOUBLE_EQ(q1.value, 33.33);
    EXPECT_EQ(q1.records, (QList<IndicatorComputer::Record>{{QStringLiteral("corrective_actions"), neverDone},
                                                            {QStringLiteral("corrective_actions"), dayLate},
                                                            {QStringLiteral("corrective_actions"), onTheDay}}));
    EXPECT_DOUBLE_EQ(compute(Kind::CorrectiveOnTime, QDate(2026, 1, 1), QDate(2026, 12, 31)).value, 60);  // 3 of 5
    EXPECT_EQ(rowsBehind(QStringLiteral("source:corrective_on_time:2026-01-01:2026-12-31")), 5);
    clock.moveTo(QDate(2026, 7, 21));  // the 07-20 action is now late
    EXPECT_DOUBLE_EQ(compute(Kind::CorrectiveOnTime, QDate(2026, 1, 1), QDate(2026, 12, 31)).value, 50);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:corrective_on_time:2026-01-01:2026-12-31")), 6);
    EXPECT_FALSE(compute(Kind::CorrectiveOnTime, QDate(2026, 10, 1), QDate(2026, 12, 31)).hasValue);
    // Done once: a second "done" would move the day it counts by.
    EXPECT_EQ(errorOf([&] { s.markActionDone(dayLate, rowVersion(*db, QStringLiteral("corrective_actions"), dayLate)); }),
              Error::Kind::Invalid);
    // Verified ineffective, an action is no longer done: the day it is done again counts.
    s.verify(onTheDay, rowVersion(*db, QStringLiteral("corrective_actions"), onTheDay), QDate(2026, 4, 2), lin, false,
             QStringLiteral("無效"));
    EXPECT_TRUE(Sql::scalar(db->connection(), QStringLiteral("SELECT done_date FROM corrective_actions WHERE id = :id"),
                            {{QStringLiteral("id"), onTheDay}})
                    .isNull());
    EXPECT_DOUBLE_EQ(compute(Kind::CorrectiveOnTime, QDate(2026, 1, 1), QDate(2026, 3, 31)).value, 0);
    EXPECT_EQ(errorOf([&] { s.markActionDone(onTheDay, rowVersion(*db, QStringLiteral("corrective_actions"), onTheDay),
                                             Clock::today().addDays(1)); }),
              Error::Kind::Invalid);
}

TEST_F(ComputedIndicators, ComplianceFindingsAreThoseUnresolvedOnTheDay) {
    // Before the demo's compliance check of 2025-03-18 there is nothing to measure compliance by.
    EXPECT_FALSE(IndicatorComputer(*db)
                     .compute({Kind::ComplianceFindings, {}}, QDate(2025, 1, 1), QDate(2025, 3, 17), QDate(2025, 3, 17), false)
                     .hasValue);
    AuditService s(*db);
    AuditService::Audit check{QStringLiteral("115年度法令遵循查核"), QDate(2026, 2, 1), QDate(2026, 2, 2), QString(),
                              QStringLiteral("資通安全執行小組"), QString(), QStringLiteral("compliance_check")};
    const qint64 audit = s.addAudit(check);
    const qint64 major = s.addFinding(audit, {QStringLiteral("major"), {}, QStringLiteral("未訂定資通安全維護計畫"), {}});
    const qint64 minor = s.addFinding(audit, {QStringLiteral("minor"), {}, QStringLiteral("未辦理資安健診"), {}});
    s.addFinding(audit, {QStringLiteral("observation"), {}, QStringLiteral("紀錄格式不一"), {}});  // not a nonconformity
    const qint64 internal = s.addAudit({QStringLiteral("內部稽核"), QDate(2026, 2, 5), {}, {}, QStringLiteral("張淑芬"), {}});
    s.addFinding(internal, {QStringLiteral("major"), {}, QStringLiteral("內部稽核缺失"), {}});  // not a compliance check's
    const qint64 fix = action(minor, QDate(2026, 4, 30), QDate(2026, 5, 1));
    s.verify(fix, rowVersion(*db, QStringLiteral("corrective_actions"), fix), QDate(2026, 5, 10), lin, true, QStringLiteral("已改善"));

    const auto q1 = compute(Kind::ComplianceFindings, QDate(2026, 1, 1), QDate(2026, 3, 31), true);
    ASSERT_TRUE(q1.hasValue);
    EXPECT_DOUBLE_EQ(q1.value, 2);  // both open on 03-31 (the minor closed on 05-10)
    EXPECT_EQ(q1.records, (QList<IndicatorComputer::Record>{{QStringLiteral("findings"), major},
                                                            {QStringLiteral("findings"), minor}}));
    EXPECT_DOUBLE_EQ(compute(Kind::ComplianceFindings, QDate(2026, 4, 1), QDate(2026, 5, 9)).value, 2);
    EXPECT_DOUBLE_EQ(compute(Kind::ComplianceFindings, QDate(2026, 4, 1), QDate(2026, 5, 10)).value, 1);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:compliance_findings:2026-01-01:2026-03-31")), 2);
    EXPECT_EQ(rowsBehind(QStringLiteral("source:compliance_findings:2026-07-01:2026-09-30")), 1);  // as of today
    // The internal audit does not close the internal-audit cycle's place for a compliance check.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT kind FROM audits WHERE id = :id"), {{QStringLiteral("id"), audit}})
                  .toString(),
              QStringLiteral("compliance_check"));
    check.kind = QStringLiteral("inspection");
    EXPECT_EQ(errorOf([&] { s.addAudit(check); }), Error::Kind::Invalid);
}

TEST_F(ComputedIndicators, TheRunningPeriodIsLiveAndItsEndIsRecordedWithItsRecords) {
    linOnTheTeamUntilFebruary();
    const qint64 first = meeting(QDate(2026, 1, 1), {wang, chen});
    const qint64 last = meeting(QDate(2026, 3, 31), {wang, lin});
    ObjectiveService service(*db);
    const qint64 two = objective(2);
    int seen = 0;
    ObjectiveService::Indicator i = service.indicator(two, &seen);
    EXPECT_EQ(i.source, QStringLiteral("senior_attendance"));
    EXPECT_EQ(i.roleIds, (QList<qint64>{convener, executive}));
    i.frequency = QStringLiteral("quarterly");
    service.setIndicator(two, seen, i);

    // Q1 (60 %) and Q2 (no review: no value) are not recorded: Q1 is computed now and is the latest.
    auto s = service.standing(two, 2026);
    EXPECT_EQ(s.measurements, 0);
    ASSERT_TRUE(s.hasLatest);
    EXPECT_TRUE(s.latestIsLive);
    EXPECT_DOUBLE_EQ(s.latest, 60);
    EXPECT_EQ(s.livePeriod, (MeasurementPeriod{QDate(2026, 1, 1), QDate(2026, 3, 31)}));
    EXPECT_EQ(s.status, ObjectiveStatus::NotMet);
    // Typed in, a computed objective's value would be a second set of books.
    QString message;
    EXPECT_EQ(errorOf([&] { service.recordMeasurement(two, QDate(2026, 1, 1), QDate(2026, 3, 31), 100, 0, {}); }, &message),
              Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("computed"))) << message.toStdString();

    const int entries = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    // Ended since 2025-01-01 with something to count: objective 1 in 2025 (the demo's check, 0),
    // objective 2's 2025 Q4 (the demo's review of 12-10) and 2026 Q1, objective 3 in 2025 (the
    // demo's training), objective 5 in 2025 (50 %), and objective 6's eighteen months to June 2026
    // (the demo's core systems); objective 4's six quarters (a count, 0 included) and objective
    // 7's two quarters with an incident judged (2025 Q2 and Q3).
    EXPECT_EQ(service.recordEndedPeriods(), 5 + 18 + 6 + 2);
    EXPECT_EQ(service.recordEndedPeriods(), 0);  // each period once
    s = service.standing(two, 2026);
    EXPECT_EQ(s.measurements, 1);
    EXPECT_FALSE(s.latestIsLive);
    const QVariantMap q1{{QStringLiteral("o"), two}};
    QSqlQuery m = Sql::run(db->connection(),
                           QStringLiteral("SELECT id, value, source, evidence, period_start, period_end FROM measurements "
                                          "WHERE objective_id = :o AND period_end = '2026-03-31'"),
                           q1);
    ASSERT_TRUE(m.next());
    const qint64 measurement = m.value(0).toLongLong();
    EXPECT_DOUBLE_EQ(m.value(1).toDouble(), 60);
    EXPECT_EQ(m.value(2).toString(), QStringLiteral("senior_attendance"));
    EXPECT_FALSE(m.value(3).toString().isEmpty());
    EXPECT_EQ(m.value(4).toString(), QStringLiteral("2026-01-01"));
    m.finish();
    // Its records, in the list that opens them, and on the audit trail.
    ListQuery records(ListCatalog::definition(QStringLiteral("measurement_records")));
    records.setFilter(QStringLiteral("measurement"), measurement);
    EXPECT_EQ(Sql::scalar(db->connection(), records.countStatement(), records.boundValues()).toInt(), 2);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM measurement_records WHERE measurement_id = :m AND record_id IN "
                                         "(:a, :b) AND record_kind = 'meetings'"),
                          {{QStringLiteral("m"), measurement}, {QStringLiteral("a"), first}, {QStringLiteral("b"), last}})
                  .toInt(),
              2);
    EXPECT_GT(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), entries + 22);
    // What is recorded stays as it was computed: a later change of the records does not rewrite it.
    Transaction tx(*db);
    RecordWriter(*db, isms::test::everything(*db))
        .insertLink(QStringLiteral("meeting_attendees"), {{QStringLiteral("meeting_id"), last}, {QStringLiteral("person_id"), chen}});
    tx.commit();
    EXPECT_DOUBLE_EQ(service.standing(two, 2026).latest, 60);
    EXPECT_EQ(service.recordEndedPeriods(), 0);
}

TEST_F(ComputedIndicators, TheSourceIsCheckedInCoreAndAStaleSaveIsRefused) {
    ObjectiveService service(*db);
    const qint64 seven = isms::test::measuredByHand(*db, 7, 2026);
    int seen = 0;
    ObjectiveService::Indicator i = service.indicator(seven, &seen);
    EXPECT_EQ(i.source, QString());
    i.source = QStringLiteral("gossip");
    EXPECT_EQ(errorOf([&] { service.setIndicator(seven, seen, i); }), Error::Kind::Invalid);
    i.source = QStringLiteral("senior_attendance");
    EXPECT_EQ(errorOf([&] { service.setIndicator(seven, seen, i); }), Error::Kind::Invalid);  // no roles
    i.roleIds = {987654};
    EXPECT_EQ(errorOf([&] { service.setIndicator(seven, seen, i); }), Error::Kind::Invalid);  // no such role
    i.source = QStringLiteral("drills");
    service.setIndicator(seven, seen, i);
    EXPECT_EQ(service.indicator(seven, nullptr).source, QStringLiteral("drills"));
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT measured_by_drills FROM objectives WHERE id = :id"),
                          {{QStringLiteral("id"), seven}})
                  .toInt(),
              1);
    i.source = QStringLiteral("corrective_on_time");
    EXPECT_EQ(errorOf([&] { service.setIndicator(seven, seen, i); }), Error::Kind::Conflict);  // as read before
    EXPECT_EQ(service.indicator(seven, nullptr).source, QStringLiteral("drills"));
    // A viewer neither sets a source nor records the periods' ends.
    db->setSession(Session::user(0, QStringLiteral("viewer"), QStringLiteral("Viewer"), UserRole::Viewer));
    service.indicator(seven, &seen);
    EXPECT_EQ(errorOf([&] { service.setIndicator(seven, seen, i); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.recordEndedPeriods(); }), Error::Kind::Permission);
}

TEST_F(ComputedIndicators, TwoWorkstationsRecordingTheSameEndsKeepOneMeasurementEach) {
    std::barrier start(2);
    int recorded[2] = {0, 0};
    QString failure[2];
    auto work = [&](int n) {
        auto client = Database::open(location);
        client->setSession(isms::test::administrator(QStringLiteral("ws%1").arg(n)));
        start.arrive_and_wait();
        try {
            recorded[n] = ObjectiveService(*client).recordEndedPeriods();
        } catch (const Error& e) {
            failure[n] = e.message();
        }
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    EXPECT_TRUE(failure[0].isEmpty()) << failure[0].toStdString();
    EXPECT_TRUE(failure[1].isEmpty()) << failure[1].toStdString();
    // The demo's 2025: objective 1, objective 2 (yearly, the review of 12-10), objective 3 (the
    // training), objective 5; objective 6's months from January 2025 to June 2026; objective 4's
    // six quarters and objective 7's two with an incident.
    EXPECT_EQ(recorded[0] + recorded[1], 4 + 18 + 6 + 2);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM measurements WHERE source <> ''")).toInt(), 4 + 18 + 6 + 2);
}
