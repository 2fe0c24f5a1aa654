#include <gtest/gtest.h>

#include "ByHand.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "MovedClock.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/ObjectiveItems.h"
#include "services/DatabaseCheck.h"
#include "services/ObjectiveService.h"
#include "services/PolicyService.h"
#include "services/ReviewCalendar.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::MovedClock;
using isms::test::TestFiles;

namespace {

class LastingObjectives : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("lasting.sqlite")));
        v20 = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    }
    void as(UserRole::Value role) {
        db->setSession(Session::user(99, QStringLiteral("u%1").arg(int(role)),
                                     QStringLiteral("王大明"), role));
    }
    int versionRow(qint64 id) {
        return isms::test::rowVersion(*db, QStringLiteral("document_versions"), id);
    }
    // The objective items of a version as the editor sees them.
    std::vector<PolicySection> items(qint64 versionId) {
        std::vector<PolicySection> out;
        const PolicyContent content = PolicyRepository(*db).load(versionId);
        for (const PolicySection* item : ObjectiveItems::of(content)) out.push_back(*item);
        return out;
    }
    qint64 objectivesSection(qint64 versionId) {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT parent_id FROM sections WHERE id = :s"),
                           {{QStringLiteral("s"), items(versionId).front().id}})
            .toLongLong();
    }
    // A revision the way document control makes one: drafted and edited by an editor, approved
    // and published by the chair, to take effect on the day given.
    qint64 revise(qint64 from, const QString& number, const QDate& effective,
                  const std::function<void(SectionEditor&, qint64)>& edit) {
        as(UserRole::Editor);
        PolicyService service(*db);
        const qint64 v = service.newVersion(from, number, QStringLiteral("年度修訂"));
        SectionEditor editor(*db, v);
        edit(editor, v);
        editor.setTitleBlock(
            editor.treeVersion(),
            {QStringLiteral("政策"), Classification::Internal, effective, QString()});
        service.submitForReview(v, versionRow(v));
        const QString password = isms::test::signIn(*db, QStringLiteral("chair"),
                                                    QStringLiteral("王大明"), UserRole::Chair);
        service.approve(v, versionRow(v), service.fingerprint(v), QStringLiteral("主任委員"),
                        password);
        service.publish(v, versionRow(v));
        as(UserRole::Editor);
        return v;
    }
    QList<ObjectiveService::Standing> inForce() {
        return ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), Clock::today().year());
    }

    TestFiles files;
    std::unique_ptr<Database> db;
    qint64 v20 = 0;
    MovedClock clock;
};

}  // namespace

TEST_F(LastingObjectives, ARevisionCarriesThemAddsOneRewordsOneAndTheTrendRunsOn) {
    const QDate effective = Clock::today().addDays(14);
    const auto before = inForce();
    ASSERT_EQ(before.size(), 8);
    const qint64 drills = before[7].objectiveId;  // 8: the social-engineering drills
    const qint64 third = before[2].objectiveId;
    const qint64 v21 =
        revise(v20, QStringLiteral("2.1"), effective, [&](SectionEditor& editor, qint64 v) {
            const auto now = items(v);
            editor.insert(editor.treeVersion(), {objectivesSection(v), 8},
                          QStringLiteral("每年完成資訊資產盤點。"), {});
            editor.update(editor.treeVersion(), now[2].id,
                          now[2].heading + QStringLiteral("（修訂）"), {});
        });
    // Published ahead of its date: 2.0's eight objectives and wordings hold until that day.
    clock.moveTo(effective.addDays(-1));
    auto standing = inForce();
    ASSERT_EQ(standing.size(), 8);
    EXPECT_FALSE(standing[2].text.endsWith(QStringLiteral("（修訂）")));

    // The objective 2.1 brings is listed ahead with the version and day it comes with; it is
    // measured only once its indicator is set, which can be done before that day.
    const auto ahead =
        ObjectiveService(*db).standings(QStringLiteral("ISMS-01-01"), Clock::today().year(), true);
    ASSERT_EQ(ahead.size(), 9);
    EXPECT_EQ(ahead[8].fromVersion, QStringLiteral("2.1"));
    EXPECT_EQ(ahead[8].from, effective);
    EXPECT_EQ(ahead[8].text, QStringLiteral("每年完成資訊資產盤點。"));
    const qint64 ninth = ahead[8].objectiveId;
    QString message;
    EXPECT_EQ(isms::test::errorOf(
                  [&] {
                      ObjectiveService(*db).recordMeasurement(ninth, Clock::today().addDays(-30),
                                                              Clock::today().addDays(-1), 1, 0, {});
                  },
                  &message),
              Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("indicator"))) << message.toStdString();
    int rowVersion = 0;
    ObjectiveService(*db).indicator(ninth, &rowVersion);
    ObjectiveService::Indicator indicator;
    indicator.name = QStringLiteral("資產盤點完成率");
    indicator.unit = QStringLiteral("%");
    indicator.target = 100;
    ObjectiveService(*db).setIndicator(ninth, rowVersion, indicator);

    clock.moveTo(effective);
    standing = inForce();
    ASSERT_EQ(standing.size(), 9);
    // The same lasting objectives, 3 in its new wording; 9 is new, its indicator still to be set.
    for (int i = 0; i < 8; ++i) EXPECT_EQ(standing[i].objectiveId, before[i].objectiveId) << i;
    EXPECT_EQ(standing[2].objectiveId, third);
    EXPECT_TRUE(standing[2].text.endsWith(QStringLiteral("（修訂）")));
    EXPECT_EQ(standing[8].number, 9);
    EXPECT_EQ(standing[8].text, QStringLiteral("每年完成資訊資產盤點。"));
    EXPECT_EQ(standing[8].objectiveId, ninth);
    EXPECT_EQ(standing[8].indicator, QStringLiteral("資產盤點完成率"));  // set ahead
    EXPECT_TRUE(standing[8].fromVersion.isEmpty());
    EXPECT_EQ(standing[8].status, ObjectiveStatus::NoData);
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM objectives")).toInt(),
        9);
    // The demo's measurement of objective 8 (the first half's drill) still counts for it.
    EXPECT_EQ(standing[7].objectiveId, drills);
    EXPECT_EQ(standing[7].measurements, before[7].measurements);
    EXPECT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM objective_wordings WHERE version_id = :v"),
                    {{QStringLiteral("v"), v21}})
            .toInt(),
        9);
}

TEST_F(LastingObjectives, AnItemRemovedRetiresItsObjectiveFromThatVersionOnWithItsHistory) {
    const QDate effective = Clock::today().addDays(3);
    const qint64 second = inForce()[1].objectiveId;
    as(UserRole::Editor);
    // Measured by hand here (the demo computes it from the reviews).
    int seen = 0;
    ObjectiveService::Indicator byHand = ObjectiveService(*db).indicator(second, &seen);
    byHand.source.clear();
    ObjectiveService(*db).setIndicator(second, seen, byHand);
    ObjectiveService(*db).recordMeasurement(second, Clock::today().addDays(-30),
                                            Clock::today().addDays(-1), 100, 0, {});
    revise(v20, QStringLiteral("2.1"), effective, [&](SectionEditor& editor, qint64 v) {
        editor.remove(editor.treeVersion(), items(v)[1].id);
    });
    EXPECT_EQ(inForce().size(), 8);
    clock.moveTo(effective);
    const auto standing = inForce();
    ASSERT_EQ(standing.size(), 7);
    for (const auto& s : standing) EXPECT_NE(s.objectiveId, second);
    // 3 is numbered 2 now and keeps its identity; the retired one keeps its record and history,
    // shown with its last wording.
    EXPECT_EQ(standing[1].number, 2);
    const auto retired = ObjectiveService(*db).standing(second, Clock::today().year());
    EXPECT_EQ(retired.number, 2);
    EXPECT_GE(retired.measurements, 1);
    ListQuery list(ListCatalog::definition(QStringLiteral("objectives")));
    QSqlQuery q = Sql::run(db->connection(), list.selectStatement(), list.boundValues());
    int rows = 0;
    QString lastIn;
    while (q.next()) {
        ++rows;
        if (q.value(0).toLongLong() == second) lastIn = q.value(5).toString();
    }
    EXPECT_EQ(rows, 8);
    EXPECT_EQ(lastIn, QStringLiteral("2.0"));
}

TEST_F(LastingObjectives, TheInForceRuleInSqlGivesTheSameVersionAsTheRuleOnEveryBoundaryDay) {
    const QDate effective = Clock::today().addDays(10);
    const qint64 v21 = revise(v20, QStringLiteral("2.1"), effective, [](SectionEditor&, qint64) {});
    const PolicyRepository repository(*db);
    const qint64 document = repository.version(v21).documentId;
    for (const QDate& day : {effective.addDays(-1), effective, effective.addDays(1),
                             QDate(2025, 9, 10), QDate(2025, 9, 11)}) {
        const QVariant sql =
            Sql::scalar(db->connection(),
                        QStringLiteral("SELECT %1")
                            .arg(PolicyRepository::inForceVersionSql(QStringLiteral(":d"))),
                        {{QStringLiteral("d"), document},
                         {QStringLiteral("today"), day.toString(Qt::ISODate)}});
        EXPECT_EQ(sql.isNull() ? 0 : sql.toLongLong(), repository.inForce(document, day).id)
            << day.toString(Qt::ISODate).toStdString();
    }
}

TEST_F(LastingObjectives, CheckNamesObjectivesAndStatusesChangedOutsideTheProgram) {
    EXPECT_TRUE(DatabaseCheck(*db).run(true).sound());
    // Direct edits with the file in hand: a wording gone (its objective vanished from every
    // page), and a status the program never stores.
    Sql::execDirect(db->connection(),
                    QStringLiteral("DELETE FROM objective_wordings WHERE number = 6"));
    auto report = DatabaseCheck(*db).run(true);
    EXPECT_FALSE(report.sound());
    // What the text says of its objectives, and what the trail says of the record.
    ASSERT_EQ(report.problems.size(), 2) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report.problems[0].contains(QStringLiteral(
        "ISMS-01-01 version 2.0: its objectives (7) are not its objective items (8)")))
        << report.problems[0].toStdString();
    EXPECT_TRUE(report.problems[1].startsWith(QStringLiteral("The objective wording numbered ")) &&
                report.problems[1].contains(QStringLiteral("was removed outside the program")))
        << report.problems[1].toStdString();
    Sql::execDirect(
        db->connection(),
        QStringLiteral("UPDATE action_items SET status = 'overdue' WHERE id IN (SELECT id FROM "
                       "action_items ORDER BY id LIMIT 2)"));
    report = DatabaseCheck(*db).run(true);
    ASSERT_EQ(report.problems.size(), 5) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(report.problems[1].startsWith(QStringLiteral("2 action item")) &&
                report.problems[1].contains(QStringLiteral("carry the status “overdue”")))
        << report.problems[1].toStdString();
    EXPECT_EQ(report.problems.filter(QStringLiteral("was changed outside the program")).size(), 2);
}

// A never-measured objective carried on into a new version keeps its clock: the measurement
// due since the first version took effect stays due (and overdue) after the new one is
// published, on the Reviews page and the dashboard alike.
TEST_F(LastingObjectives, ACarriedObjectiveKeepsItsMeasurementClock) {
    const QDate today = Clock::today();
    isms::test::measuredByHand(*db, 4, today.year());
    const auto due = [&] {
        QMap<QString, QDate> out;
        for (const auto& i : ReviewCalendar(*db).items(today)) {
            if (i.kind == QStringLiteral("objective"))
                out.insert(i.title.section(QLatin1Char(':'), 0, 0), i.nextDue);
        }
        return out;
    };
    const QMap<QString, QDate> before = due();
    ASSERT_FALSE(before.isEmpty());
    revise(v20, QStringLiteral("2.1"), today, [](SectionEditor&, qint64) {});
    ASSERT_EQ(PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).version,
              QStringLiteral("2.1"));
    EXPECT_EQ(due(), before);
}
