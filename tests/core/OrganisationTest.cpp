// Issue #6: the organisation tree, people and their CSV import, role assignments and gaps, the
// RACI matrix, communication and acknowledgement coverage — on the demo database.
#include <gtest/gtest.h>

#include <QBuffer>

#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "services/AcknowledgementService.h"
#include "services/OrganisationService.h"
#include "services/PeopleService.h"
#include "services/PolicyService.h"
#include "services/RaciService.h"
#include "services/RoleService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

class OrganisationTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("org.sqlite")), 2025);
    }
    qint64 id(const QString& table, const QString& name) {
        return Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT id FROM %1 WHERE %2 = :n")
                       .arg(table, table == QStringLiteral("roles") ? QStringLiteral("code")
                                                                    : QStringLiteral("name")),
                   {{QStringLiteral("n"), name}})
            .toLongLong();
    }
    int count(const QString& table) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))
            .toInt();
    }
    qint64 published() {
        return Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'"))
            .toLongLong();
    }
    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(OrganisationTest, TheTreeKeepsParentsBeforeChildrenAndRefusesCycles) {
    OrganisationService org(*db);
    const qint64 bureau = id(QStringLiteral("org_units"), QStringLiteral("高雄市政府民政局"));
    const qint64 offices = id(QStringLiteral("org_units"), QStringLiteral("各戶政事務所"));
    const qint64 lingya = id(QStringLiteral("org_units"), QStringLiteral("苓雅區戶政事務所"));
    const qint64 added = org.addUnit({0,
                                      offices,
                                      0,
                                      QStringLiteral("前鎮區戶政事務所"),
                                      QString(),
                                      QStringLiteral("internal"),
                                      {},
                                      0});
    EXPECT_EQ(org.unit(added).position, 3);  // after the three demo offices
    const auto units = org.units();
    auto indexOf = [&](qint64 unit) {
        for (int i = 0; i < units.size(); ++i)
            if (units[i].id == unit) return i;
        return -1;
    };
    EXPECT_LT(indexOf(bureau), indexOf(offices));
    EXPECT_LT(indexOf(offices), indexOf(added));
    EXPECT_EQ(org.subtree(offices).size(), 5);
    // A unit cannot go below itself.
    QString message;
    EXPECT_EQ(
        errorOf([&] { org.moveUnit(offices, lingya, org.unit(offices).rowVersion); }, &message),
        Error::Kind::Invalid);
    EXPECT_EQ(org.unit(offices).parentId, bureau);
    // Moved to the top level, last.
    org.moveUnit(added, 0, org.unit(added).rowVersion);
    EXPECT_EQ(org.unit(added).parentId, 0);
    EXPECT_EQ(org.unit(added).position, 3);
    // A stale edit is refused.
    auto stale = org.unit(added);
    auto fresh = stale;
    fresh.name = QStringLiteral("前鎮區戶政事務所（新）");
    org.updateUnit(fresh);
    stale.notes = QStringLiteral("old");
    EXPECT_EQ(errorOf([&] { org.updateUnit(stale); }), Error::Kind::Conflict);
    // Removing: refused while people are in it; allowed when empty.
    EXPECT_EQ(errorOf([&] { org.removeUnit(lingya, org.unit(lingya).rowVersion); }, &message),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("people"))) << message.toStdString();
    org.removeUnit(added, org.unit(added).rowVersion);
    EXPECT_EQ(errorOf([&] { org.unit(added); }), Error::Kind::NotFound);
    EXPECT_EQ(
        errorOf([&] {
            org.addUnit({0, 0, 0, QStringLiteral(" "), {}, QStringLiteral("internal"), {}, 0});
        }),
        Error::Kind::Invalid);
}

TEST_F(OrganisationTest, AStaffListImportsWholeOrNotAtAll) {
    PeopleService people(*db);
    const int before = count(QStringLiteral("people"));
    const QByteArray bad =
        "name,title,unit,category,contact,active_from,active_to\r\n"
        "周小華,科員,兵役處,contract,07-1234567,2025-01-01,\r\n"
        ",科員,兵役處,,,,\r\n"
        "吳明德,技工,不存在處,technician_driver,,114/02/01,\r\n"
        "鄭文雄,司機,兵役處,pilot,,2025-13-01,\r\n"
        "林雅琪,約僱,殯葬管理處,contract,,2025-05-01,2025-04-01\r\n";
    const auto failed = people.importCsv(bad);
    EXPECT_EQ(failed.imported, 0);
    ASSERT_EQ(failed.errors.size(), 4);
    EXPECT_EQ(failed.errors[0].first, 3);
    EXPECT_EQ(failed.errors[1].first, 4);
    EXPECT_TRUE(failed.errors[1].second.contains(QStringLiteral("不存在處")));
    EXPECT_EQ(failed.errors[2].first, 5);
    EXPECT_TRUE(failed.errors[2].second.contains(QStringLiteral("pilot")));
    EXPECT_TRUE(failed.errors[2].second.contains(QStringLiteral("Active from is not a date")));
    EXPECT_EQ(failed.errors[3].first, 6);
    EXPECT_EQ(count(QStringLiteral("people")), before);

    const QByteArray good =
        "\xEF\xBB\xBFname,unit,category,active_from\r\n"
        "周小華,兵役處,contract,2025-01-01\r\n"
        "吳明德,Funeral Administration Office,technician_driver,114/02/01\r\n";
    const auto report = people.importCsv(good);
    EXPECT_TRUE(report.errors.isEmpty());
    EXPECT_EQ(report.imported, 2);
    const auto p = people.person(id(QStringLiteral("people"), QStringLiteral("吳明德")));
    EXPECT_EQ(p.unitId, id(QStringLiteral("org_units"), QStringLiteral("殯葬管理處")));
    EXPECT_EQ(p.category, QStringLiteral("technician_driver"));
    EXPECT_EQ(p.activeFrom, QDate(2025, 2, 1));
    EXPECT_EQ(people.importCsv("title\r\n科員\r\n").errors.size(),
              2);  // name and unit columns missing
    EXPECT_EQ(people.importCsv(QByteArray("name,unit\r\n\xff\xfe,x\r\n")).errors.size(),
              1);  // not UTF-8
}

TEST_F(OrganisationTest, WhoHoldsARoleOnADayAndWhatIsMissing) {
    RoleService roles(*db);
    const qint64 officer = id(QStringLiteral("roles"), QStringLiteral("security_officer"));
    const qint64 committee = id(QStringLiteral("roles"), QStringLiteral("committee"));
    const qint64 military = id(QStringLiteral("org_units"), QStringLiteral("兵役處"));
    const qint64 lingya = id(QStringLiteral("org_units"), QStringLiteral("苓雅區戶政事務所"));
    const qint64 chang = id(QStringLiteral("people"), QStringLiteral("張淑芬"));
    const qint64 huang = id(QStringLiteral("people"), QStringLiteral("黃雅婷"));
    const QDate day(2025, 6, 1);
    EXPECT_EQ(roles.holders(officer, day).size(), 3);
    EXPECT_EQ(roles.holders(officer, day, military).size(), 1);

    // The demo: nobody on the committee or vendor; 苓雅 has staff but no officer.
    auto gaps = roles.gaps(day);
    auto has = [&](RoleService::Gap::Kind kind, qint64 role, qint64 unit) {
        return std::any_of(gaps.begin(), gaps.end(), [&](const RoleService::Gap& g) {
            return g.kind == kind && g.roleId == role && (unit == 0 || g.unitId == unit);
        });
    };
    EXPECT_TRUE(has(RoleService::Gap::Kind::RoleVacant, committee, 0));
    EXPECT_TRUE(has(RoleService::Gap::Kind::UnitWithoutOfficer, officer, lingya));
    EXPECT_FALSE(has(RoleService::Gap::Kind::UnitWithoutOfficer, officer, military));

    // 張淑芬 hands over to 黃雅婷 for 兵役處 from 2025-07-01.
    const auto current = roles.holders(officer, day, military).first();
    roles.endAssignment(current.id, QDate(2025, 6, 30), current.rowVersion);
    EXPECT_EQ(roles.holders(officer, QDate(2025, 6, 30), military).size(), 1);
    EXPECT_TRUE(roles.holders(officer, QDate(2025, 7, 1), military).isEmpty());
    gaps = roles.gaps(QDate(2025, 7, 1));
    EXPECT_TRUE(has(RoleService::Gap::Kind::AssignmentEnded, officer, military));
    RoleService::Assignment next;
    next.roleId = officer;
    next.personId = huang;
    next.unitId = military;
    next.start = QDate(2025, 7, 1);
    roles.assign(next);
    gaps = roles.gaps(QDate(2025, 7, 1));
    EXPECT_FALSE(has(RoleService::Gap::Kind::AssignmentEnded, officer, military));
    EXPECT_EQ(roles.holders(officer, QDate(2025, 7, 1), military).first().personName,
              QStringLiteral("黃雅婷"));
    // The history keeps both, newest first.
    const auto history = roles.assignments(officer);
    EXPECT_EQ(history.first().personName, QStringLiteral("黃雅婷"));
    EXPECT_TRUE(std::any_of(history.begin(), history.end(), [&](const auto& a) {
        return a.personId == chang && a.end == QDate(2025, 6, 30);
    }));

    // Refused: the same person twice at once, a per-unit role without a unit, an end before the
    // start.
    EXPECT_EQ(errorOf([&] { roles.assign(next); }), Error::Kind::Conflict);
    next.unitId = 0;
    EXPECT_EQ(errorOf([&] { roles.assign(next); }), Error::Kind::Invalid);
    const auto latest = roles.holders(officer, QDate(2025, 7, 1), military).first();
    EXPECT_EQ(
        errorOf([&] { roles.endAssignment(latest.id, QDate(2025, 1, 1), latest.rowVersion); }),
        Error::Kind::Invalid);
}

TEST_F(OrganisationTest, TheRaciMatrixFollowsItsRulesAndRefusesStaleCells) {
    RaciService raci(*db);
    auto m = raci.matrix();
    ASSERT_EQ(m.activities.size(), 6);
    EXPECT_EQ(m.roles.size(), 6);
    EXPECT_TRUE(RaciService::problems(m).isEmpty())
        << RaciService::problems(m).join(QLatin1Char('\n')).toStdString();
    const qint64 committee = id(QStringLiteral("roles"), QStringLiteral("committee"));
    const qint64 team = id(QStringLiteral("roles"), QStringLiteral("executive_team"));
    const auto first = m.activities.first();
    // A second A breaks the rule; so does removing the only R.
    raci.setCell(first.id, team, QStringLiteral("A"), first.cells.value(team));
    m = raci.matrix();
    QStringList problems = RaciService::problems(m);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("2 accountable")));
    EXPECT_TRUE(problems[1].contains(QStringLiteral("responsible")));
    // A cell read before that change is stale.
    EXPECT_EQ(errorOf([&] {
                  raci.setCell(first.id, team, QStringLiteral("R"), first.cells.value(team));
              }),
              Error::Kind::Conflict);
    EXPECT_EQ(errorOf([&] {
                  raci.setCell(first.id, committee, QStringLiteral("X"),
                               m.activities.first().cells.value(committee));
              }),
              Error::Kind::Invalid);
    raci.setCell(first.id, team, QStringLiteral("R"), m.activities.first().cells.value(team));
    EXPECT_TRUE(RaciService::problems(raci.matrix()).isEmpty());
    // Clearing a cell removes it.
    m = raci.matrix();
    raci.setCell(first.id, committee, QString(), m.activities.first().cells.value(committee));
    EXPECT_EQ(raci.matrix().activities.first().cells.value(committee).id, 0);
    // A new activity is empty, so it breaks both rules; CSV names them.
    const qint64 added = raci.addActivity(QStringLiteral("年度風險評鑑"));
    m = raci.matrix();
    EXPECT_EQ(m.activities.last().id, added);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    RaciService::writeCsv(m, csv);
    const QString text = QString::fromUtf8(csv.data());
    EXPECT_TRUE(
        text.contains(QStringLiteral("建立及審查資通安全政策,,C,R,I,I,,“建立及審查資通安全政策” "
                                     "has nobody accountable (A).\r\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("年度風險評鑑,,,,,,,"))) << text.toStdString();
    raci.removeActivity(added, m.activities.last().rowVersion);
    EXPECT_EQ(raci.matrix().activities.size(), 6);
}

TEST_F(OrganisationTest, CoverageOfAKnownAudienceAndASignedSheet) {
    AcknowledgementService acks(*db);
    const qint64 version = published();
    const QDate day(2025, 10, 1);
    // The demo: a training for the whole bureau, four of its six people signed.
    auto audience = acks.audience(version, day);
    ASSERT_EQ(audience.size(), 6);
    auto total = AcknowledgementService::total(audience);
    EXPECT_EQ(total.acknowledged, 4);
    const auto units = AcknowledgementService::byUnit(audience);
    ASSERT_EQ(units.size(), 4);
    EXPECT_EQ(units[0].group, QStringLiteral("高雄市政府民政局"));
    EXPECT_EQ(units[0].audience, 3);
    EXPECT_EQ(units[0].acknowledged, 3);
    EXPECT_EQ(units[3].group, QStringLiteral("苓雅區戶政事務所"));
    EXPECT_EQ(units[3].acknowledged, 0);

    // A contract worker joins the funeral office; a posting for contract staff of that office.
    PeopleService::Person p;
    p.name = QStringLiteral("周小華");
    p.unitId = id(QStringLiteral("org_units"), QStringLiteral("殯葬管理處"));
    p.category = QStringLiteral("contract");
    p.activeFrom = QDate(2025, 9, 1);
    const qint64 chou = PeopleService(*db).add(p);
    // A vendor's engineer is outside the bureau: in no audience.
    p.name = QStringLiteral("廠商工程師");
    p.unitId = id(QStringLiteral("org_units"), QStringLiteral("委外服務供應商"));
    p.category = QStringLiteral("vendor_staff");
    const qint64 vendor = PeopleService(*db).add(p);
    AcknowledgementService::Event e;
    e.versionId = version;
    e.channel = QStringLiteral("posting");
    e.date = QDate(2025, 9, 15);
    e.units = {p.unitId};
    e.categories = {QStringLiteral("vendor_staff")};
    acks.addEvent(e);
    audience = acks.audience(version, day);
    EXPECT_EQ(audience.size(), 8);
    const auto categories = AcknowledgementService::byCategory(audience);
    ASSERT_EQ(categories.size(), 3);
    EXPECT_EQ(categories[1].audience, 1);  // contract

    // The signed sheet of 殯葬管理處 and the vendor: two recorded, a name ticked twice counts once.
    const qint64 lee = id(QStringLiteral("people"), QStringLiteral("李建國"));
    EXPECT_EQ(acks.record(version, {lee, chou, chou}, day, QStringLiteral("sign_in_sheet")), 2);
    EXPECT_EQ(acks.record(version, {lee}, day, QStringLiteral("sign_in_sheet")), 0);  // already
    total = AcknowledgementService::total(acks.audience(version, day));
    EXPECT_EQ(total.acknowledged, 6);
    EXPECT_EQ(total.audience, 8);
    // Refused, and nothing kept: someone outside the audience, a date to come, a viewer.
    const int before = count(QStringLiteral("acknowledgements"));
    const qint64 outsider = PeopleService(*db).add(
        {0,
         QStringLiteral("外人"),
         {},
         id(QStringLiteral("org_units"), QStringLiteral("連線作業有關機關單位")),
         QStringLiteral("agency_staff"),
         {},
         {},
         {},
         {},
         0});
    EXPECT_EQ(errorOf([&] {
                  acks.record(version, {vendor, outsider}, day, QStringLiteral("sign_in_sheet"));
              }),
              Error::Kind::Invalid);
    EXPECT_EQ(errorOf([&] {
                  acks.record(version, {vendor}, QDate::currentDate().addDays(1),
                              QStringLiteral("sign_in_sheet"));
              }),
              Error::Kind::Invalid);
    db->setSession(Session::user(9, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    EXPECT_EQ(
        errorOf([&] { acks.record(version, {vendor}, day, QStringLiteral("sign_in_sheet")); }),
        Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { acks.addEvent(e); }), Error::Kind::Permission);
    EXPECT_EQ(count(QStringLiteral("acknowledgements")), before);

    // CSV: a row per member, the date where acknowledged; titles and values in the user's words.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    AcknowledgementService::writeCsv(acks.audience(version, day), csv);
    const QString text = QString::fromUtf8(csv.data());
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 9);
    EXPECT_TRUE(
        text.contains(QStringLiteral("殯葬管理處,周小華,,Contract staff,2025-10-01,Signed sheet")))
        << text.toStdString();
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("Unit,Name,Job title,Category,Acknowledged on,How\r\n")))
        << text.left(60).toStdString();
}

TEST_F(OrganisationTest, ANewVersionStartsItsCoverageAgain) {
    // Signed in with an account of a person of its own, who approves the new version.
    const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                QStringLiteral("王大明"), UserRole::Administrator);
    AcknowledgementService acks(*db);
    PolicyService policies(*db);
    const qint64 old = published();
    const qint64 next = policies.newVersion(old, QStringLiteral("2.1"), QStringLiteral("修訂"));
    policies.setEffectiveDate(
        next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next),
        QDate::currentDate());
    policies.submitForReview(
        next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next));
    policies.approve(next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next),
                     PolicyService(*db).fingerprint(next), QStringLiteral("局長"), password);
    policies.publish(next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next));
    const QDate today = QDate::currentDate();
    EXPECT_EQ(AcknowledgementService::total(acks.audience(old, today)).acknowledged, 4);
    const auto fresh = AcknowledgementService::total(acks.audience(next, today));
    EXPECT_EQ(fresh.acknowledged, 0);
    EXPECT_EQ(fresh.audience, 7);  // no event yet: everyone active (the demo's six and the chair)
}

TEST_F(OrganisationTest, AViewerChangesNoneOfIt) {
    const int units = count(QStringLiteral("org_units"));
    const int cells = count(QStringLiteral("raci_cells"));
    const int assignments = count(QStringLiteral("role_assignments"));
    db->setSession(Session::user(9, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    OrganisationService org(*db);
    EXPECT_EQ(
        errorOf([&] {
            org.addUnit({0, 0, 0, QStringLiteral("新單位"), {}, QStringLiteral("internal"), {}, 0});
        }),
        Error::Kind::Permission);
    EXPECT_EQ(errorOf([&] { PeopleService(*db).importCsv("name,unit\r\n周小華,兵役處\r\n"); }),
              Error::Kind::Permission);
    RaciService raci(*db);
    const auto m = raci.matrix();
    EXPECT_EQ(errorOf([&] {
                  raci.setCell(m.activities[0].id, m.roles[0].roleId, QString(),
                               m.activities[0].cells.value(m.roles[0].roleId));
              }),
              Error::Kind::Permission);
    RoleService::Assignment a;
    a.roleId = id(QStringLiteral("roles"), QStringLiteral("committee"));
    a.personId = id(QStringLiteral("people"), QStringLiteral("王大明"));
    a.start = QDate(2025, 1, 1);
    EXPECT_EQ(errorOf([&] { RoleService(*db).assign(a); }), Error::Kind::Permission);
    EXPECT_EQ(count(QStringLiteral("org_units")), units);
    EXPECT_EQ(count(QStringLiteral("raci_cells")), cells);
    EXPECT_EQ(count(QStringLiteral("role_assignments")), assignments);
}
