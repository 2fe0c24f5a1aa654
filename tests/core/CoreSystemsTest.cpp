// Issue #24: core systems and their outages (objective 6). Availability is the share of a
// system's service hours not lost to unplanned outages, worked out here by hand.
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "RowsBehind.h"
#include "TestFiles.h"
#include "domain/ServiceHours.h"
#include "services/CoreSystemService.h"
#include "services/DashboardService.h"
#include "services/IndicatorComputer.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"
#include "storage/TrailReading.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;

TEST(ServiceHours, MinutesOfServiceByDayAndWindow) {
    int minute = 0;
    EXPECT_TRUE(ServiceHours::parseTime(QStringLiteral("24:00"), &minute));
    EXPECT_EQ(minute, 1440);
    EXPECT_TRUE(ServiceHours::parseTime(QStringLiteral("08:30"), &minute));
    EXPECT_EQ(minute, 510);
    EXPECT_FALSE(ServiceHours::parseTime(QStringLiteral("24:01"), &minute));
    EXPECT_FALSE(ServiceHours::parseTime(QStringLiteral("8:30"), &minute));
    EXPECT_FALSE(ServiceHours::parseTime(QStringLiteral("08:60"), &minute));

    const ServiceHours always;
    EXPECT_EQ(always.minutesBetween(QDate(2025, 7, 1), QDate(2025, 7, 31)), 31 * 1440);
    ServiceHours office;
    office.weekdaysOnly = true;
    office.startMinute = 8 * 60;
    office.endMinute = 18 * 60;
    // 2025-10: 23 working days of 10 hours.
    EXPECT_EQ(office.minutesBetween(QDate(2025, 10, 1), QDate(2025, 10, 31)), 23 * 600);
    // A night outage (22:00 to 07:00) costs office hours nothing; one from 17:00 to 09:00 the next
    // day costs an hour each side; a Saturday nothing.
    EXPECT_EQ(office.minutesWithin(QDateTime(QDate(2025, 10, 14), QTime(22, 0)), QDateTime(QDate(2025, 10, 15), QTime(7, 0))), 0);
    EXPECT_EQ(office.minutesWithin(QDateTime(QDate(2025, 10, 14), QTime(17, 0)), QDateTime(QDate(2025, 10, 15), QTime(9, 0))), 120);
    EXPECT_EQ(office.minutesWithin(QDateTime(QDate(2025, 10, 18), QTime(9, 0)), QDateTime(QDate(2025, 10, 18), QTime(17, 0))), 0);
    EXPECT_EQ(always.minutesWithin(QDateTime(QDate(2025, 7, 31), QTime(23, 0)), QDateTime(QDate(2025, 8, 1), QTime(1, 0))), 120);
    office.endMinute = office.startMinute;
    EXPECT_FALSE(office.isValid());
}

namespace {

class CoreSystems : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("systems.sqlite"));
        db = isms::test::demoDatabase(location, 2025);
        clock.moveTo(QDate(2026, 7, 15));
        CoreSystemService::System s;
        s.name = QStringLiteral("戶政櫃台系統");
        s.since = QDate(2026, 1, 1);
        system = CoreSystemService(*db).addSystem(s);
    }
    qint64 outage(const QDateTime& start, int minutes, bool planned = false) {
        return CoreSystemService(*db).recordOutage(
            {system, start, minutes > 0 ? start.addSecs(minutes * 60) : QDateTime(), planned, QStringLiteral("當機"), {}});
    }
    CoreSystemService::Availability june() {
        return CoreSystemService(*db).availability(system, QDate(2026, 6, 1), QDate(2026, 6, 30), Clock::nowUtc());
    }
    int rowsBehind(const QString& key) { return isms::test::rowsBehind(*db, key, 2026, Clock::today()); }

    TestFiles files;
    isms::test::MovedClock clock;
    QString location;
    std::unique_ptr<Database> db;
    qint64 system = 0;
};

}  // namespace

TEST_F(CoreSystems, AvailabilityCountsUnplannedServiceTimeLostOnce) {
    EXPECT_DOUBLE_EQ(june().percent, 100);  // service time, nothing lost
    const qint64 first = outage(QDateTime(QDate(2026, 6, 10), QTime(10, 0)), 216);  // 43,200 minutes in June: 0.5 %
    outage(QDateTime(QDate(2026, 6, 10), QTime(11, 0)), 60);                        // within the first: once
    outage(QDateTime(QDate(2026, 6, 20), QTime(1, 0)), 600, true);                   // planned: not counted
    const qint64 across = outage(QDateTime(QDate(2026, 6, 30), QTime(23, 0)), 120);  // half in June, half in July
    const auto a = june();
    ASSERT_TRUE(a.hasValue);
    EXPECT_EQ(a.serviceMinutes, 43200);
    EXPECT_EQ(a.downMinutes, 216 + 60);
    EXPECT_DOUBLE_EQ(a.percent, 99.361);  // 1 − 276 / 43,200, to three decimals
    EXPECT_EQ(a.outageIds, (QList<qint64>{first, across}));
    // An outage still going on counts until now (07-15, the day's time so far).
    const qint64 open = CoreSystemService(*db).recordOutage(
        {system, QDateTime(QDate(2026, 7, 15), QTime(0, 0)), {}, false, QStringLiteral("網路中斷"), {}});
    const auto july = CoreSystemService(*db).availability(system, QDate(2026, 7, 1), QDate(2026, 7, 31),
                                                          QDateTime(QDate(2026, 7, 15), QTime(6, 0)));
    EXPECT_EQ(july.serviceMinutes, 14 * 1440 + 360);  // up to the moment asked
    EXPECT_EQ(july.downMinutes, 60 + 360);
    EXPECT_TRUE(july.outageIds.contains(open));
    // Nothing to say of a month still to come.
    EXPECT_FALSE(CoreSystemService(*db).availability(system, QDate(2026, 9, 1), QDate(2026, 9, 30), Clock::nowUtc()).hasValue);
}

TEST_F(CoreSystems, TheRegisterIsCheckedInCoreAndAStaleEditIsRefused) {
    CoreSystemService service(*db);
    CoreSystemService::System bad;
    EXPECT_EQ(errorOf([&] { service.addSystem(bad); }), Error::Kind::Invalid);  // no name
    bad.name = QStringLiteral("x");
    bad.target = 100.5;
    EXPECT_EQ(errorOf([&] { service.addSystem(bad); }), Error::Kind::Invalid);
    bad.target = 99;
    bad.hours.startMinute = 18 * 60;
    bad.hours.endMinute = 8 * 60;
    EXPECT_EQ(errorOf([&] { service.addSystem(bad); }), Error::Kind::Invalid);
    const QDateTime start(QDate(2026, 7, 1), QTime(9, 0));
    EXPECT_EQ(errorOf([&] { service.recordOutage({system, start, start.addSecs(-60), false, QStringLiteral("x"), {}}); }),
              Error::Kind::Invalid);  // ends before it starts
    EXPECT_EQ(errorOf([&] { service.recordOutage({system, start.addDays(30), {}, false, QStringLiteral("x"), {}}); }),
              Error::Kind::Invalid);  // not started yet
    EXPECT_EQ(errorOf([&] { service.recordOutage({system, start, {}, false, QStringLiteral("  "), {}}); }), Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { service.recordOutage({987654, start, {}, false, QStringLiteral("x"), {}}); }), Error::Kind::Invalid);
    bad.hours = ServiceHours{};
    bad.since = Clock::today().addDays(1);
    EXPECT_EQ(errorOf([&] { service.addSystem(bad); }), Error::Kind::Invalid);  // under the register ahead

    // Ending an outage that goes on, from what was read; a second save from that reading is stale.
    const qint64 open = service.recordOutage({system, start, {}, false, QStringLiteral("主機故障"), {}});
    const int seen = rowVersion(*db, QStringLiteral("outages"), open);
    CoreSystemService::Outage ended = service.outage(open);
    ended.end = start.addSecs(3600);
    service.updateOutage(open, seen, ended);
    EXPECT_EQ(service.outage(open).end, start.addSecs(3600));
    ended.cause = QStringLiteral("另一說法");
    EXPECT_EQ(errorOf([&] { service.updateOutage(open, seen, ended); }), Error::Kind::Conflict);
    int systemSeen = 0;
    CoreSystemService::System s = service.system(system, &systemSeen);
    s.target = 99.9;
    service.updateSystem(system, systemSeen, s);
    EXPECT_EQ(errorOf([&] { service.updateSystem(system, systemSeen, s); }), Error::Kind::Conflict);
    // Every change is on the trail, in the user's name.
    EXPECT_GE(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity IN ('outages', 'core_systems')"))
                  .toInt(),
              4);
    db->setSession(Session::user(0, QStringLiteral("viewer"), QStringLiteral("Viewer"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { service.addSystem(s); }), Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { service.recordOutage({system, start, {}, false, QStringLiteral("x"), {}}); }), Error::Kind::Permission);
}

TEST_F(CoreSystems, ObjectiveSixIsTheLowestOfItsSystemsAndItsRecordsAreTheOutages) {
    ObjectiveService objectives(*db);
    const qint64 six = objectives.standings(QStringLiteral("ISMS-01-01"), 2026)[5].objectiveId;
    int seen = 0;
    ObjectiveService::Indicator i = objectives.indicator(six, &seen);
    EXPECT_EQ(i.source, QStringLiteral("availability"));
    ASSERT_EQ(i.systemIds.size(), 2);  // the demo's two
    i.systemIds << system;
    objectives.setIndicator(six, seen, i);
    // The trail names the systems watched, not their ids.
    const qint64 entry = Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM audit_log WHERE entity = 'objectives'")).toLongLong();
    TrailReading reading(*db);
    const auto changed = reading.read(reading.entry(entry));
    QString after;
    for (const auto& c : changed.changes) after += c.after;
    EXPECT_TRUE(after.contains(QStringLiteral("戶政櫃台系統")) && after.contains(QStringLiteral("民政局全球資訊網"))) << after.toStdString();
    const qint64 lost = outage(QDateTime(QDate(2026, 6, 10), QTime(10, 0)), 216);
    outage(QDateTime(QDate(2026, 6, 11), QTime(10, 0)), 300, true);
    const auto june = IndicatorComputer(*db).compute({IndicatorSource::Kind::Availability, {}, i.systemIds},
                                                    QDate(2026, 6, 1), QDate(2026, 6, 30), Clock::today(), true);
    ASSERT_TRUE(june.hasValue);
    EXPECT_DOUBLE_EQ(june.value, 99.5);  // this system's, the lowest
    EXPECT_EQ(june.records, (QList<IndicatorComputer::Record>{{QStringLiteral("outages"), lost}}));
    EXPECT_TRUE(june.basis.contains(QStringLiteral("戶政櫃台系統"))) << june.basis.toStdString();
    EXPECT_EQ(rowsBehind(QStringLiteral("source:availability:2026-06-01:2026-06-30:%1").arg(system)), 1);
    // The running month is live; June, ended, is recorded with its outage.
    const auto s = objectives.standing(six, 2026);
    EXPECT_TRUE(s.latestIsLive);
    EXPECT_EQ(s.livePeriod.end, QDate(2026, 7, 31));
    objectives.recordEndedPeriods();
    const qint64 measurement = Sql::scalar(db->connection(),
                                           QStringLiteral("SELECT id FROM measurements WHERE objective_id = :o AND period_end = "
                                                          "'2026-06-30'"),
                                           {{QStringLiteral("o"), six}})
                                   .toLongLong();
    ASSERT_NE(measurement, 0);
    EXPECT_DOUBLE_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT value FROM measurements WHERE id = :m"),
                                 {{QStringLiteral("m"), measurement}})
                         .toDouble(),
                     99.5);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT record_id FROM measurement_records WHERE measurement_id = :m AND record_kind = 'outages'"),
                          {{QStringLiteral("m"), measurement}})
                  .toLongLong(),
              lost);
    // No system chosen, or one gone: refused in core.
    i.systemIds.clear();
    objectives.indicator(six, &seen);
    EXPECT_EQ(errorOf([&] { objectives.setIndicator(six, seen, i); }), Error::Kind::Invalid);
    i.systemIds = {987654};
    EXPECT_EQ(errorOf([&] { objectives.setIndicator(six, seen, i); }), Error::Kind::Invalid);
}

TEST_F(CoreSystems, TheDemosMonthsComeFromItsOutages) {
    const auto s = ObjectiveService(*db).standing(ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), 2025)[5].objectiveId, 2025);
    EXPECT_EQ(s.measurements, 0);  // nothing typed in: every month computed
    const IndicatorComputer::Source source{IndicatorSource::Kind::Availability, {},
                                           ObjectiveService(*db).indicator(s.objectiveId, nullptr).systemIds};
    const auto month = [&](int m) {
        const QDate first(2025, m, 1);
        return IndicatorComputer(*db).compute(source, first, first.addMonths(1).addDays(-1), Clock::today(), false).value;
    };
    EXPECT_DOUBLE_EQ(month(6), 100);
    EXPECT_DOUBLE_EQ(month(7), 99.821);
    EXPECT_DOUBLE_EQ(month(8), 99.61);  // the planned maintenance of 08-23 not counted
    EXPECT_DOUBLE_EQ(month(9), 99.41);
    EXPECT_DOUBLE_EQ(month(10), 99.783);  // the funeral system's office hours
}
