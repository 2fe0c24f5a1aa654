// Issue #24: the training register (教育訓練) and objective 3 computed from it — who must have
// how many hours a year, who had them, attendance from a sheet or a CSV file with per-line
// errors, checked, permission-checked and audited in core, with the stale-edit refusal.
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "RowsBehind.h"
#include "TestFiles.h"
#include "domain/Session.h"
#include "domain/UserRole.h"
#include "services/IndicatorComputer.h"
#include "services/ObjectiveService.h"
#include "services/PeopleService.h"
#include "services/TrainingService.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;

namespace {

class Training : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("training.sqlite")), 2026);
        clock.moveTo(QDate(2026, 11, 16));
    }
    qint64 person(const char* name) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM people WHERE name = :n"),
                           {{QStringLiteral("n"), QString::fromUtf8(name)}})
            .toLongLong();
    }
    qint64 session(const QDate& day, double hours, const char* kind = "general") {
        return TrainingService(*db).addSession(
            {QStringLiteral("課程 %1").arg(day.toString(Qt::ISODate)), day, hours, QString::fromLatin1(kind), {}, {}});
    }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    IndicatorComputer::Result year(const QDate& asOf, bool withRecords = false) {
        return IndicatorComputer(*db).compute({IndicatorSource::Kind::Training, {}, {}}, QDate(2026, 1, 1), QDate(2026, 12, 31),
                                              asOf, withRecords);
    }
    QString status(const char* name) { return TrainingService(*db).standing(person(name), 2026, Clock::today()).status; }

    TestFiles files;
    isms::test::MovedClock clock;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(Training, ALevelWithoutRequirementsFollowsTheDefaultsUntilTheyAreEntered) {
    TrainingService service(*db);
    // A new register: level C, nothing entered, the rules for levels A-C apply.
    EXPECT_EQ(service.level(), QStringLiteral("C"));
    EXPECT_FALSE(service.hasOwnRequirements(QStringLiteral("C")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_requirements")), 0);
    auto huang = service.standing(person("黃雅婷"), 2026, Clock::today());
    EXPECT_EQ(huang.needGeneral, 3);
    EXPECT_EQ(huang.needProfessional, 0);
    auto lin = service.standing(person("林志豪"), 2026, Clock::today());  // a security officer
    EXPECT_EQ(lin.needGeneral, 3);
    EXPECT_EQ(lin.needProfessional, 12);
    EXPECT_EQ(lin.gotProfessional, 12);
    // Entered as rows, they change nothing until changed; entered once only.
    service.enterDefaults(QStringLiteral("C"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_requirements WHERE level = 'C'")), 2);
    EXPECT_EQ(errorOf([&] { service.enterDefaults(QStringLiteral("C")); }), Error::Kind::Invalid);
    EXPECT_DOUBLE_EQ(year(Clock::today()).value, 66.67);
    const qint64 general = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM training_requirements WHERE kind = 'general'")).toLongLong();
    auto rule = service.requirement(general);
    rule.hours = 2;
    service.updateRequirement(general, rowVersion(*db, QStringLiteral("training_requirements"), general), rule);
    EXPECT_EQ(status("黃雅婷"), QStringLiteral("short"));  // she attended nothing
    EXPECT_DOUBLE_EQ(year(Clock::today()).value, 66.67);
    // The trail has every entered row, and the file agrees with it.
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'training_requirements'")), 3);
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
}

TEST_F(Training, TheDemoGivesObjectiveThreeFromItsRegister) {
    // 5 of 6 had the general session; of the three security officers one missed the second
    // professional course (6 of 12 hours): 4 of 6 met.
    EXPECT_EQ(status("王大明"), QStringLiteral("met"));
    EXPECT_EQ(status("黃雅婷"), QStringLiteral("short"));
    EXPECT_EQ(status("李建國"), QStringLiteral("short"));
    EXPECT_EQ(status("林志豪"), QStringLiteral("met"));
    const auto r = year(Clock::today(), true);
    ASSERT_TRUE(r.hasValue);
    EXPECT_DOUBLE_EQ(r.value, 66.67);
    EXPECT_EQ(r.records.size(), 6);
    EXPECT_EQ(isms::test::rowsBehind(*db, QStringLiteral("source:training:2026-01-01:2026-12-31"), 2026, Clock::today()), 6);
    // In May only the March session had been held: nobody's professional hours yet.
    const auto may = year(QDate(2026, 5, 31));
    EXPECT_DOUBLE_EQ(may.value, 33.33);  // the two who need no professional training and attended
    // The objective is computed, shown live for the running year.
    ObjectiveService objectives(*db);
    const auto three = objectives.standings(QStringLiteral("ISMS-01-01"), 2026)[2];
    EXPECT_EQ(three.source, QStringLiteral("training"));
    EXPECT_TRUE(three.latestIsLive);
    EXPECT_DOUBLE_EQ(three.latest, 66.67);
}

TEST_F(Training, PeriodBoundariesAndRecordingAtTheYearsEnd) {
    const qint64 last = session(QDate(2026, 12, 31), 3);
    const qint64 next = session(QDate(2027, 1, 1), 3);
    clock.moveTo(QDate(2027, 1, 5));
    TrainingService(*db).recordAttendance(next, {{person("黃雅婷"), 0}});
    EXPECT_DOUBLE_EQ(year(Clock::today()).value, 66.67);  // the 1 January session is next year's
    TrainingService(*db).recordAttendance(last, {{person("黃雅婷"), 0}});
    EXPECT_DOUBLE_EQ(year(Clock::today()).value, 83.33);  // 31 December counts
    // The ended year is recorded once, with the people it counted.
    ObjectiveService objectives(*db);
    objectives.recordEndedPeriods();
    objectives.recordEndedPeriods();
    const qint64 three = objectives.standings(QStringLiteral("ISMS-01-01"), 2026)[2].objectiveId;
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM measurements WHERE objective_id = :o AND period_end = '2026-12-31'"),
                          {{QStringLiteral("o"), three}})
                  .toInt(),
              1);
    EXPECT_DOUBLE_EQ(Sql::scalar(db->connection(),
                                 QStringLiteral("SELECT value FROM measurements WHERE objective_id = :o AND period_end = "
                                                "'2026-12-31'"),
                                 {{QStringLiteral("o"), three}})
                         .toDouble(),
                     83.33);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM measurement_records r JOIN measurements m ON m.id = r.measurement_id "
                                   "WHERE r.record_kind = 'people' AND m.period_end = '2026-12-31'")),
              6);
    // Measured by the year only: a quarterly training indicator is refused.
    int seen = 0;
    auto i = objectives.indicator(three, &seen);
    i.frequency = QStringLiteral("quarterly");
    EXPECT_EQ(errorOf([&] { objectives.setIndicator(three, seen, i); }), Error::Kind::Invalid);
}

TEST_F(Training, RequirementsByRoleCategoryAndLevel) {
    TrainingService service(*db);
    // The convener must also have 2 professional hours: the level's first requirement keeps the
    // defaults it followed.
    const qint64 convener = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM roles WHERE code = 'convener'")).toLongLong();
    const qint64 role = service.addRequirement({QStringLiteral("C"), QStringLiteral("role"), convener, {}, QStringLiteral("professional"), 2, {}});
    EXPECT_EQ(status("王大明"), QStringLiteral("short"));
    EXPECT_EQ(status("陳美玲"), QStringLiteral("met"));  // not the convener
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_requirements WHERE level = 'C'")), 3);
    EXPECT_EQ(status("林志豪"), QStringLiteral("met"));
    // Another level's rows do not apply until the agency is of that level.
    int seen = rowVersion(*db, QStringLiteral("training_requirements"), role);
    service.updateRequirement(role, seen, {QStringLiteral("A"), QStringLiteral("role"), convener, {}, QStringLiteral("professional"), 2, {}});
    EXPECT_EQ(status("王大明"), QStringLiteral("met"));
    int levelSeen = 0;
    service.level(&levelSeen);
    service.setLevel(QStringLiteral("A"), levelSeen);
    EXPECT_EQ(status("王大明"), QStringLiteral("short"));
    EXPECT_EQ(levelSeen, 0);  // never chosen: level C
    EXPECT_EQ(errorOf([&] { service.setLevel(QStringLiteral("B"), levelSeen); }), Error::Kind::Conflict);
    EXPECT_EQ(service.level(), QStringLiteral("A"));
    // A category's requirement applies to that category only; the most asked of a kind counts.
    service.addRequirement({QStringLiteral("A"), QStringLiteral("everyone"), 0, QStringLiteral("contract"), QStringLiteral("general"), 4, {}});
    EXPECT_EQ(status("陳美玲"), QStringLiteral("met"));
    PeopleService people(*db);
    PeopleService::Person chen = people.person(person("陳美玲"));
    chen.category = QStringLiteral("contract");
    people.update(chen);
    EXPECT_EQ(status("陳美玲"), QStringLiteral("short"));  // 3 of 4 general hours
    EXPECT_EQ(status("王大明"), QStringLiteral("short"));
    // Someone who left before the year's end is not counted.
    PeopleService::Person huang = people.person(person("黃雅婷"));
    huang.activeTo = QDate(2026, 6, 30);
    people.update(huang);
    EXPECT_EQ(status("黃雅婷"), QString());
    EXPECT_EQ(year(Clock::today(), true).records.size(), 5);
    EXPECT_TRUE(year(Clock::today()).basis.contains(QStringLiteral("5"))) << year(Clock::today()).basis.toStdString();
    // Requirements are checked in core.
    EXPECT_EQ(errorOf([&] { service.addRequirement({QStringLiteral("D"), QStringLiteral("everyone"), 0, {}, QStringLiteral("general"), 3, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addRequirement({QStringLiteral("C"), QStringLiteral("role"), 0, {}, QStringLiteral("general"), 3, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addRequirement({QStringLiteral("C"), QStringLiteral("everyone"), 0, QStringLiteral("x"), QStringLiteral("general"), 3, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addRequirement({QStringLiteral("C"), QStringLiteral("everyone"), 0, {}, QStringLiteral("general"), 0, {}}); }),
              Error::Kind::Invalid);
    // Removed with the row_version read; a stale removal is refused.
    seen = rowVersion(*db, QStringLiteral("training_requirements"), role);
    EXPECT_EQ(errorOf([&] { service.removeRequirement(role, seen - 1); }), Error::Kind::Conflict);
    service.removeRequirement(role, seen);
    EXPECT_EQ(status("王大明"), QStringLiteral("met"));
}

TEST_F(Training, SessionsAndAttendanceAreCheckedStaleRefusedPermittedAndAudited) {
    TrainingService service(*db);
    EXPECT_EQ(errorOf([&] { service.addSession({QStringLiteral(" "), QDate(2026, 10, 1), 3, QStringLiteral("general"), {}, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addSession({QStringLiteral("x"), QDate(2026, 10, 1), 0, QStringLiteral("general"), {}, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addSession({QStringLiteral("x"), QDate(2026, 10, 1), 250, QStringLiteral("general"), {}, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addSession({QStringLiteral("x"), QDate(2026, 10, 1), 3, QStringLiteral("fun"), {}, {}}); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.addSession({QStringLiteral("x"), QDate(), 3, QStringLiteral("general"), {}, {}}); }),
              Error::Kind::Invalid);
    const qint64 ahead = session(QDate(2026, 12, 20), 3);  // planned ahead: fine
    EXPECT_EQ(errorOf([&] { service.recordAttendance(ahead, {{person("黃雅婷"), 0}}); }), Error::Kind::Invalid);
    const qint64 held = session(QDate(2026, 11, 2), 2);
    // One bad attendee: nobody is recorded.
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM training_attendance"));
    EXPECT_EQ(errorOf([&] { service.recordAttendance(held, {{person("黃雅婷"), 0}, {person("王大明"), 3}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.recordAttendance(held, {{person("黃雅婷"), 0}, {987654, 0}}); }), Error::Kind::Invalid);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_attendance")), before);
    EXPECT_EQ(service.recordAttendance(held, {{person("黃雅婷"), 0}, {person("王大明"), 1.5}, {person("黃雅婷"), 0}}), 2);
    EXPECT_EQ(errorOf([&] { service.recordAttendance(held, {{person("黃雅婷"), 0}}); }), Error::Kind::Invalid);  // twice
    // Not on the staff on the day.
    PeopleService people(*db);
    PeopleService::Person chen = people.person(person("陳美玲"));
    chen.activeTo = QDate(2026, 10, 31);
    people.update(chen);
    EXPECT_EQ(errorOf([&] { service.recordAttendance(held, {{person("陳美玲"), 0}}); }), Error::Kind::Invalid);
    const qint64 attendance = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM training_attendance WHERE session_id = :s AND "
                                                                           "hours = 1.5"),
                                          {{QStringLiteral("s"), held}})
                                  .toLongLong();
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT hours FROM training_attendance WHERE session_id = :s AND hours <> 1.5"),
                          {{QStringLiteral("s"), held}})
                  .toDouble(),
              2);  // the whole session
    // Stale edits are refused on every changing method.
    const int seen = rowVersion(*db, QStringLiteral("training_attendance"), attendance);
    service.updateAttendance(attendance, seen, 2, QStringLiteral("遲到"));
    EXPECT_EQ(errorOf([&] { service.updateAttendance(attendance, seen, 1, {}); }), Error::Kind::Conflict);
    EXPECT_EQ(errorOf([&] { service.removeAttendance(attendance, seen); }), Error::Kind::Conflict);
    EXPECT_EQ(errorOf([&] { service.updateAttendance(attendance, seen + 1, 2.5, {}); }), Error::Kind::Invalid);  // above the session
    const int sessionSeen = rowVersion(*db, QStringLiteral("training_sessions"), held);
    TrainingService::Session s = service.session(held);
    s.hours = 1;  // shorter than someone's attendance
    EXPECT_EQ(errorOf([&] { service.updateSession(held, sessionSeen, s); }), Error::Kind::Invalid);
    s.hours = 2;
    s.heldOn = QDate(2026, 12, 24);  // attended, so not ahead
    EXPECT_EQ(errorOf([&] { service.updateSession(held, sessionSeen, s); }), Error::Kind::Invalid);
    s.heldOn = QDate(2026, 11, 3);
    service.updateSession(held, sessionSeen, s);
    EXPECT_EQ(errorOf([&] { service.updateSession(held, sessionSeen, s); }), Error::Kind::Conflict);
    service.removeAttendance(attendance, seen + 1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'training_attendance' AND action = 'delete'")), 1);
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
    // A viewer changes nothing.
    db->setSession(Session::user(0, QStringLiteral("viewer"), QStringLiteral("Viewer"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { session(QDate(2026, 10, 1), 3); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.recordAttendance(held, {{person("林志豪"), 0}}); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.importAttendance(held, QStringLiteral("name\n林志豪\n").toUtf8()); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.setLevel(QStringLiteral("A"), 1); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.addRequirement({}); }), Error::Kind::Permission);
}

TEST_F(Training, AttendanceFromCsvNamesEveryBadLineAndRecordsNothingUntilItIsRight) {
    TrainingService service(*db);
    const qint64 held = session(QDate(2026, 11, 2), 2);
    // A second 黃雅婷, in another unit, makes the name need its unit.
    PeopleService::Person twin;
    twin.name = QStringLiteral("黃雅婷");
    twin.unitId = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM org_units WHERE name = '兵役處'")).toLongLong();
    twin.activeFrom = QDate(2025, 1, 1);
    PeopleService(*db).add(twin);
    service.recordAttendance(held, {{person("王大明"), 0}});
    const QByteArray bad = QStringLiteral("姓名,單位,時數,備註\n"
                                          "黃雅婷,,,\n"
                                          "無此人,,,\n"
                                          "陳美玲,,兩小時,\n"
                                          "林志豪,,5,\n"
                                          "王大明,,,\n"
                                          "黃雅婷,兵役處,1,\n"
                                          "張淑芬,兵役處,,\n"
                                          "李建國,兵役處,,\n"
                                          "張淑芬,,,\n")
                               .toUtf8();
    const auto report = service.importAttendance(held, bad);
    EXPECT_EQ(report.imported, 0);
    QList<int> lines;
    for (const auto& [line, problem] : report.errors) lines << line;
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 6, 9, 10})) << report.errors.value(0).second.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_attendance WHERE session_id = %1").arg(held)), 1);
    const auto good = service.importAttendance(held, QStringLiteral("name,unit,hours,notes\n黃雅婷,苓雅區戶政事務所,,\n陳美玲,,1.5,早退\n张三,,,\n").toUtf8());
    EXPECT_EQ(good.imported, 0);  // a name nobody has
    const auto fixed = service.importAttendance(held, QStringLiteral("name,unit,hours,notes\n黃雅婷,苓雅區戶政事務所,,\n陳美玲,,1.5,早退\n").toUtf8());
    EXPECT_TRUE(fixed.errors.isEmpty());
    EXPECT_EQ(fixed.imported, 2);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT notes FROM training_attendance WHERE hours = 1.5")).toString(),
              QStringLiteral("早退"));
    // A file without a name column is refused as a whole, untouched.
    const auto headless = service.importAttendance(held, QByteArray("hours\n3\n"));
    EXPECT_FALSE(headless.errors.isEmpty());
}

TEST_F(Training, TheStandingListAgreesWithTheComputation) {
    const auto count = [&](const QVariantMap& filters) {
        ListQuery query(ListCatalog::definition(QStringLiteral("training_standing")));
        for (auto it = filters.cbegin(); it != filters.cend(); ++it) query.setFilter(it.key(), it.value());
        return Sql::scalar(db->connection(), query.countStatement(), query.boundValues()).toInt();
    };
    EXPECT_EQ(count({{QStringLiteral("year"), 2026}, {QStringLiteral("counted"), 1}}), 6);
    EXPECT_EQ(count({{QStringLiteral("year"), QStringLiteral("2026")}, {QStringLiteral("status"), QStringLiteral("short")}}), 2);
    EXPECT_EQ(count({{QStringLiteral("year"), 2026}, {QStringLiteral("status"), QStringLiteral("met")}}), 4);
    // The running year is there even with no session in it yet.
    clock.moveTo(QDate(2027, 2, 1));
    EXPECT_EQ(count({{QStringLiteral("year"), 2027}, {QStringLiteral("status"), QStringLiteral("short")}}), 6);
    EXPECT_EQ(count({{QStringLiteral("year"), 2026}, {QStringLiteral("status"), QStringLiteral("met")}}), 4);
}

TEST_F(Training, OnlyTheAgencysOwnStaffCountAndAnEmptySessionCanBeRemoved) {
    // An account made without a unit, and a vendor's engineer: neither is staff who must train.
    PeopleService people(*db);
    PeopleService::Person account;
    account.name = QStringLiteral("系統管理者");
    account.activeFrom = QDate(2026, 1, 1);
    people.add(account);
    PeopleService::Person vendor;
    vendor.name = QStringLiteral("廠商工程師");
    vendor.category = QStringLiteral("vendor_staff");
    vendor.unitId = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM org_units WHERE kind = 'vendor'")).toLongLong();
    vendor.activeFrom = QDate(2026, 1, 1);
    people.add(vendor);
    EXPECT_EQ(status("系統管理者"), QString());
    EXPECT_EQ(status("廠商工程師"), QString());
    EXPECT_DOUBLE_EQ(year(Clock::today()).value, 66.67);  // still 4 of the 6 staff
    // A session entered by mistake goes; one attended stays until its attendance is taken back.
    TrainingService service(*db);
    const qint64 mistake = session(QDate(2026, 11, 10), 2);
    service.removeSession(mistake, rowVersion(*db, QStringLiteral("training_sessions"), mistake));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM training_sessions WHERE id = %1").arg(mistake)), 0);
    const qint64 held = Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM training_sessions")).toLongLong();
    EXPECT_EQ(errorOf([&] { service.removeSession(held, rowVersion(*db, QStringLiteral("training_sessions"), held)); }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.removeSession(held, 0); }), Error::Kind::Invalid);
}
