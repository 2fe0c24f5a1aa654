// Issue #24: the register of security incidents and weaknesses (資安事件通報) and objectives 4 and 7
// computed from it — the deadlines by level and where each stands, checked, permission-checked
// and audited in core with the stale-edit refusal.
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "RowsBehind.h"
#include "TestFiles.h"
#include "domain/IncidentClock.h"
#include "domain/Session.h"
#include "services/IncidentService.h"
#include "services/IndicatorComputer.h"
#include "services/ObjectiveService.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;

TEST(IncidentClock, TheDeadlinesByLevelAndWhereEachStands) {
    IncidentClock::Incident i;
    i.level = 2;
    i.known = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    const IncidentClock::Deadlines d;
    auto clocks = IncidentClock::clocks(i, d);
    ASSERT_EQ(clocks.size(), 3);
    EXPECT_EQ(clocks[0].due, QDateTime(QDate(2026, 3, 2), QTime(10, 0)));  // an hour to report
    EXPECT_EQ(clocks[1].due, QDateTime(QDate(2026, 3, 5), QTime(9, 0)));   // 72 hours, levels 1–2
    EXPECT_FALSE(clocks[2].due.isValid());                                  // from recovery
    const QDateTime at0935(QDate(2026, 3, 2), QTime(9, 35));
    EXPECT_EQ(IncidentClock::state(clocks[0], at0935), IncidentClock::State::Running);
    EXPECT_EQ(IncidentClock::describe(clocks[0], at0935), QStringLiteral("25 min left"));
    EXPECT_EQ(IncidentClock::state(clocks[0], at0935.addSecs(3600)), IncidentClock::State::Overdue);
    EXPECT_EQ(IncidentClock::describe(clocks[0], at0935.addSecs(3600)), QStringLiteral("overdue by 35 min"));
    EXPECT_EQ(IncidentClock::state(clocks[2], at0935), IncidentClock::State::NotYet);
    // Level 3: 36 hours; reported at 10:30 is late; contained first ends the second clock, and
    // the investigation report is due a month after recovery.
    i.level = 3;
    i.reported = QDateTime(QDate(2026, 3, 2), QTime(10, 30));
    i.contained = QDateTime(QDate(2026, 3, 3), QTime(8, 0));
    i.recovered = QDateTime(QDate(2026, 3, 4), QTime(12, 0));
    clocks = IncidentClock::clocks(i, d);
    EXPECT_EQ(clocks[1].due, QDateTime(QDate(2026, 3, 3), QTime(21, 0)));
    EXPECT_EQ(IncidentClock::state(clocks[0], at0935), IncidentClock::State::Late);
    EXPECT_EQ(IncidentClock::describe(clocks[0], at0935), QStringLiteral("late by 30 min"));
    EXPECT_EQ(IncidentClock::state(clocks[1], at0935), IncidentClock::State::Met);
    EXPECT_EQ(clocks[2].due, QDateTime(QDate(2026, 4, 4), QTime(12, 0)));
    // The agency's own deadlines.
    clocks = IncidentClock::clocks(i, {2, 48, 24, 2});
    EXPECT_EQ(IncidentClock::state(clocks[0], at0935), IncidentClock::State::Met);
    EXPECT_EQ(clocks[2].due, QDateTime(QDate(2026, 5, 4), QTime(12, 0)));
    EXPECT_EQ(IncidentClock::duration(26 * 60 + 5), QStringLiteral("1 day(s) 2 h 5 min"));
    // A weakness report has no deadlines.
    i.weakness = true;
    EXPECT_TRUE(IncidentClock::clocks(i, d).isEmpty());
}

namespace {

class Incidents : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("incidents.sqlite"));
        db = isms::test::demoDatabase(location, 2026);
        clock.moveTo(QDate(2026, 11, 16));
    }
    IncidentService::Incident incident(const QDateTime& known, const char* category = "malware", int level = 1) {
        IncidentService::Incident i;
        i.title = QStringLiteral("事件");
        i.level = level;
        i.category = QString::fromLatin1(category);
        i.known = known;
        return i;
    }
    IndicatorComputer::Result quarter(IndicatorSource::Kind kind, int q, bool withRecords = false) {
        const QDate from(2026, 3 * q - 2, 1);
        return IndicatorComputer(*db).compute({kind, {}, {}}, from, from.addMonths(3).addDays(-1), Clock::today(), withRecords);
    }

    TestFiles files;
    isms::test::MovedClock clock;
    QString location;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(Incidents, TheDemoGivesObjectivesFourAndSevenFromItsRegister) {
    using K = IndicatorSource::Kind;
    // Q2: the malware, reported in 30 minutes; Q3: the unauthorised access, reported after 85.
    EXPECT_DOUBLE_EQ(quarter(K::UnauthorisedIncidents, 2).value, 0);
    EXPECT_DOUBLE_EQ(quarter(K::UnauthorisedIncidents, 3).value, 1);
    EXPECT_DOUBLE_EQ(quarter(K::IncidentsReportedInTime, 2).value, 100);
    EXPECT_DOUBLE_EQ(quarter(K::IncidentsReportedInTime, 3).value, 0);
    EXPECT_FALSE(quarter(K::IncidentsReportedInTime, 1).hasValue);  // none became known
    const auto q3 = quarter(K::UnauthorisedIncidents, 3, true);
    ASSERT_EQ(q3.records.size(), 1);
    EXPECT_EQ(q3.records[0].kind, QStringLiteral("incidents"));
    EXPECT_EQ(isms::test::rowsBehind(*db, QStringLiteral("source:unauthorised_incidents:2026-07-01:2026-09-30"), 2026, Clock::today()), 1);
    const auto standings = ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2026);
    EXPECT_EQ(standings[3].source, QStringLiteral("unauthorised_incidents"));
    EXPECT_EQ(standings[6].source, QStringLiteral("incidents_reported_in_time"));
}

TEST_F(Incidents, ReportingInTimeIsJudgedOnceReportedOrOverdueAndAtTheBoundaries) {
    using K = IndicatorSource::Kind;
    IncidentService service(*db);
    // Became known at 23:50 on the quarter's last day: Q4's, not Q3's... (Q4 is running.)
    const QDateTime now = Clock::nowUtc().toLocalTime();
    auto fresh = incident(now.addSecs(-20 * 60), "alteration", 3);
    const qint64 id = service.record(fresh);
    EXPECT_DOUBLE_EQ(quarter(K::UnauthorisedIncidents, 4).value, 1);
    EXPECT_FALSE(quarter(K::IncidentsReportedInTime, 4).hasValue);  // its hour is still running
    // Reported in time: judged, met.
    fresh.reported = now.addSecs(-5 * 60);
    fresh.reportedTo = QStringLiteral("通報平台");
    service.update(id, rowVersion(*db, QStringLiteral("incidents"), id), fresh);
    EXPECT_DOUBLE_EQ(quarter(K::IncidentsReportedInTime, 4).value, 100);
    // An old one never reported: overdue, judged late.
    service.record(incident(QDateTime(QDate(2026, 10, 1), QTime(0, 10)), "malware", 1));
    EXPECT_DOUBLE_EQ(quarter(K::IncidentsReportedInTime, 4).value, 50);
    // One known at 23:50 on 30 September belongs to Q3.
    service.record(incident(QDateTime(QDate(2026, 9, 30), QTime(23, 50)), "unauthorised_access", 2));
    EXPECT_DOUBLE_EQ(quarter(K::UnauthorisedIncidents, 3).value, 2);
    EXPECT_DOUBLE_EQ(quarter(K::UnauthorisedIncidents, 4).value, 1);
    // The open incidents' clocks, most urgent first: the never-reported one is overdue.
    const auto open = service.open();
    ASSERT_GE(open.size(), 2);
    EXPECT_EQ(IncidentClock::state(open.first().clocks.first(), Clock::nowUtc()), IncidentClock::State::Overdue);
    // Deadlines changed later do not judge the past anew: with 2 hours to report from now on,
    // the demo's report after 85 minutes stays late, and so does Q3.
    int seen = 0;
    service.deadlines(&seen);
    service.setDeadlines({2, 72, 36, 1}, seen);
    EXPECT_DOUBLE_EQ(quarter(K::IncidentsReportedInTime, 3).value, 0);
    const qint64 later = service.record(incident(QDateTime(QDate(2026, 11, 1), QTime(9, 0))));
    EXPECT_DOUBLE_EQ(service.incident(later).deadlines.reportHours, 2);
    EXPECT_DOUBLE_EQ(service.incident(id).deadlines.reportHours, 1);
    // Levels 3–4 are the graver: a longer deadline for them is refused.
    service.deadlines(&seen);
    EXPECT_EQ(errorOf([&] { service.setDeadlines({1, 36, 72, 1}, seen); }), Error::Kind::Invalid);
    // Closed only once reported, under control and investigated.
    auto closing = service.incident(id);
    closing.closed = true;
    EXPECT_EQ(errorOf([&] { service.update(id, rowVersion(*db, QStringLiteral("incidents"), id), closing); }), Error::Kind::Invalid);
}

TEST_F(Incidents, TheRegisterIsCheckedStaleRefusedPermittedAndAudited) {
    IncidentService service(*db);
    const QDateTime known(QDate(2026, 11, 2), QTime(8, 0));
    auto i = incident(known);
    i.title = QStringLiteral(" ");
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);
    i = incident(known, "malware", 5);
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // level 5
    i = incident(known, "gossip");
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);
    i = incident(Clock::nowUtc().addDays(1));
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // known ahead
    i = incident(known);
    i.reported = known.addSecs(-60);
    i.reportedTo = QStringLiteral("x");
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // before known
    i.reported = known.addSecs(600);
    i.reportedTo.clear();
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // to whom
    i = incident(known);
    i.investigated = known.addDays(3);
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // before recovery
    i = incident(known);
    i.closed = true;
    EXPECT_EQ(errorOf([&] { service.record(i); }), Error::Kind::Invalid);  // closed unrecovered
    // A weakness report: no level, no deadlines, closed when dealt with.
    IncidentService::Incident weakness;
    weakness.weakness = true;
    weakness.title = QStringLiteral("共用帳號未停用");
    weakness.category = QStringLiteral("other_incident");
    weakness.known = known;
    const qint64 w = service.record(weakness);
    EXPECT_TRUE(service.incident(w).weakness);
    EXPECT_TRUE(Sql::scalar(db->connection(), QStringLiteral("SELECT level FROM incidents WHERE id = %1").arg(w)).isNull());
    // Stale: someone else saved first.
    const qint64 id = service.record(incident(known));
    const int seen = rowVersion(*db, QStringLiteral("incidents"), id);
    auto changed = service.incident(id);
    changed.reported = known.addSecs(1800);
    changed.reportedTo = QStringLiteral("通報平台");
    service.update(id, seen, changed);
    changed.notes = QStringLiteral("later");
    EXPECT_EQ(errorOf([&] { service.update(id, seen, changed); }), Error::Kind::Conflict);
    // Corrective actions linked once.
    const qint64 action = Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM corrective_actions")).toLongLong();
    service.linkAction(id, action);
    EXPECT_EQ(errorOf([&] { service.linkAction(id, action); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.linkAction(id, 987654); }), Error::Kind::Invalid);
    // Deadlines: the agency's, checked, stale refused.
    int dSeen = 0;
    EXPECT_EQ(service.deadlines(&dSeen), IncidentClock::Deadlines{});
    EXPECT_EQ(errorOf([&] { service.setDeadlines({0, 72, 36, 1}, dSeen); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.setDeadlines({1, 72, 36, 13}, dSeen); }), Error::Kind::Invalid);
    service.setDeadlines({2, 72, 36, 1}, dSeen);
    EXPECT_DOUBLE_EQ(service.deadlines().reportHours, 2);
    EXPECT_EQ(errorOf([&] { service.setDeadlines({3, 72, 36, 1}, dSeen); }), Error::Kind::Conflict);
    EXPECT_GE(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity IN ('incidents', "
                                                           "'incident_actions', 'agency_settings')"))
                  .toInt(),
              5);
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
    // A direct edit of the register is found against the trail.
    Sql::run(db->connection(), QStringLiteral("UPDATE incidents SET reported_at = known_at WHERE id = %1").arg(id));
    EXPECT_FALSE(AuditState(*db).differences().isEmpty());
    // A viewer changes nothing.
    db->setSession(Session::user(0, QStringLiteral("viewer"), QStringLiteral("Viewer"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { service.record(incident(known)); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.setDeadlines({}, 1); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.linkAction(id, action); }), Error::Kind::Permission);
}
