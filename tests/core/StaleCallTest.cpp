// Issue #23: no silent last-writer-wins. Every service method that changes a record takes the
// row_version (or, for an approval, the fingerprint) the user saw; here another workstation, on
// its own connection, changes the record between seeing and saving, and each stale call is
// refused and leaves the other's change in place. Runs against PostgreSQL too.
#include <gtest/gtest.h>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/AuditService.h"
#include "services/PolicyService.h"
#include "services/ReviewCalendar.h"
#include "services/SectionEditor.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::rowVersion;
using isms::test::TestFiles;

namespace {

class StaleCall : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("stale.sqlite"));
        db = isms::test::demoDatabase(location);
        other = Database::open(location);
        other->setSession(isms::test::administrator(QStringLiteral("other-workstation")));
        const auto current =
            PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"), QStringLiteral("2.0"));
        documentId = current.documentId;
        draft = PolicyService(*db).newVersion(current.id, QStringLiteral("2.1"),
                                              QStringLiteral("年度修訂"));
    }
    int versionRow(qint64 id) { return rowVersion(*db, QStringLiteral("document_versions"), id); }
    QString status(qint64 id) {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT status FROM document_versions WHERE id = :id"),
                           {{QStringLiteral("id"), id}})
            .toString();
    }
    QDate effective(qint64 id) {
        return QDate::fromString(
            Sql::scalar(
                db->connection(),
                QStringLiteral("SELECT effective_date FROM document_versions WHERE id = :id"),
                {{QStringLiteral("id"), id}})
                .toString(),
            Qt::ISODate);
    }
    // The draft in review, as the chair would find it.
    void toReview() {
        PolicyService(*db).setEffectiveDate(draft, versionRow(draft), QDate(2027, 1, 1));
        PolicyService(*db).submitForReview(draft, versionRow(draft));
    }
    // An approval is signed with a real account's password.
    QString signer() {
        return isms::test::signIn(*db, QStringLiteral("chief"), QStringLiteral("王局長"),
                                  UserRole::Administrator);
    }
    void expectRefused(const std::function<void()>& call) {
        QString message;
        EXPECT_EQ(errorOf(call, &message), Error::Kind::Conflict) << message.toStdString();
        EXPECT_FALSE(message.isEmpty());
    }

    TestFiles files;
    QString location;
    std::unique_ptr<Database> db;
    std::unique_ptr<Database> other;
    qint64 documentId = 0;
    qint64 draft = 0;
};

}  // namespace

TEST_F(StaleCall, SetEffectiveDate) {
    const int seen = versionRow(draft);
    PolicyService(*other).setEffectiveDate(draft, seen, QDate(2027, 2, 1));
    expectRefused([&] { PolicyService(*db).setEffectiveDate(draft, seen, QDate(2027, 3, 1)); });
    EXPECT_EQ(effective(draft), QDate(2027, 2, 1));
}

TEST_F(StaleCall, SubmitReturnAndWithdraw) {
    int seen = versionRow(draft);
    PolicyService(*other).setEffectiveDate(draft, seen, QDate(2027, 2, 1));
    expectRefused([&] { PolicyService(*db).submitForReview(draft, seen); });
    expectRefused([&] { PolicyService(*db).withdraw(draft, seen, QStringLiteral("不再需要")); });
    EXPECT_EQ(status(draft), QStringLiteral("draft"));

    PolicyService(*db).submitForReview(draft, versionRow(draft));
    seen = versionRow(draft);
    PolicyService(*other).setEffectiveDate(draft, seen, QDate(2027, 3, 1));
    expectRefused([&] { PolicyService(*db).returnToDraft(draft, seen, QStringLiteral("再修")); });
    EXPECT_EQ(status(draft), QStringLiteral("in_review"));
}

TEST_F(StaleCall, ApproveWhatWasChangedWhileTheChairReadIt) {
    toReview();
    const int seen = versionRow(draft);
    const QString shown = PolicyService(*db).fingerprint(draft);
    // Meanwhile the text goes back to draft, is changed and is submitted again.
    PolicyService(*other).returnToDraft(draft, seen, QStringLiteral("補一句"));
    SectionEditor editor(*other, draft);
    const qint64 first =
        Sql::scalar(other->connection(),
                    QStringLiteral("SELECT MIN(id) FROM sections WHERE version_id = :v"),
                    {{QStringLiteral("v"), draft}})
            .toLongLong();
    const PolicySection section = editor.load(first);
    editor.update(rowVersion(*other, QStringLiteral("document_versions"), draft), first,
                  section.heading,
                  section.paragraphs + QStringList{QStringLiteral("審查期間新增的一段。")});
    PolicyService(*other).submitForReview(
        draft, rowVersion(*other, QStringLiteral("document_versions"), draft));

    expectRefused(
        [&] { PolicyService(*db).approve(draft, seen, shown, QStringLiteral("局長"), QString()); });
    const QString password = signer();
    // The right row_version with the fingerprint of the text before the change: still refused.
    QString message;
    EXPECT_EQ(errorOf(
                  [&] {
                      PolicyService(*db).approve(draft, versionRow(draft), shown,
                                                 QStringLiteral("局長"), password);
                  },
                  &message),
              Error::Kind::Conflict);
    EXPECT_TRUE(message.contains(QStringLiteral("changed after it was shown")))
        << message.toStdString();
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM approvals WHERE version_id = :v"),
                          {{QStringLiteral("v"), draft}})
                  .toInt(),
              0);
    EXPECT_EQ(status(draft), QStringLiteral("in_review"));
    // What she sees now, she can approve.
    PolicyService(*db).approve(draft, versionRow(draft), PolicyService(*db).fingerprint(draft),
                               QStringLiteral("局長"), password);
    EXPECT_EQ(status(draft), QStringLiteral("approved"));
}

TEST_F(StaleCall, PublishTwiceFromTwoWorkstations) {
    toReview();
    PolicyService(*db).approve(draft, versionRow(draft), PolicyService(*db).fingerprint(draft),
                               QStringLiteral("局長"), signer());
    const int seen = versionRow(draft);
    PolicyService(*other).publish(draft, seen);
    // Refused as stale, naming who published it (not judged as if it were seen published), and
    // published once.
    QString message;
    EXPECT_EQ(errorOf([&] { PolicyService(*db).publish(draft, seen); }, &message),
              Error::Kind::Conflict);
    EXPECT_TRUE(message.contains(QStringLiteral("other-workstation"))) << message.toStdString();
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                         "'document_versions' AND entity_id = :v "
                                         "AND after_data LIKE '%\"published\"%'"),
                          {{QStringLiteral("v"), draft}})
                  .toInt(),
              1);
}

TEST_F(StaleCall, RecordAPolicyReview) {
    PolicyService mine(*db);
    const int seen = mine.reviewState(documentId, QDate::currentDate()).cycleRowVersion;
    const QDate recent = QDate::currentDate().addDays(-1);
    PolicyService(*other).recordReview(documentId, seen, recent, QStringLiteral("資通安全委員會"),
                                       false, QString());
    // A stale "done" would have moved the last review back to an old date.
    expectRefused([&] {
        mine.recordReview(documentId, seen, QDate::currentDate().addDays(-300), QStringLiteral("x"),
                          false, QString());
    });
    expectRefused(
        [&] { mine.startSignificantChangeReview(documentId, seen, QStringLiteral("組織改造")); });
    EXPECT_EQ(mine.reviewState(documentId, QDate::currentDate()).lastReview, recent);
    // Recorded late but not stale, an older review never moves the last one back either.
    mine.recordReview(documentId,
                      mine.reviewState(documentId, QDate::currentDate()).cycleRowVersion,
                      QDate::currentDate().addDays(-300), QStringLiteral("x"), false, QString());
    EXPECT_EQ(mine.reviewState(documentId, QDate::currentDate()).lastReview, recent);
}

TEST_F(StaleCall, MarkAReviewCycleDone) {
    ReviewCalendar mine(*db);
    ReviewCalendar::Item cycle;
    for (const auto& i : mine.items(QDate::currentDate())) {
        if (i.cycleId != 0 && i.kind != QStringLiteral("document")) cycle = i;
    }
    ASSERT_NE(cycle.cycleId, 0);
    const QDate recent = QDate::currentDate().addDays(-1);
    ReviewCalendar(*other).complete(cycle.cycleId, cycle.cycleRowVersion, recent,
                                    QStringLiteral("林志豪"), QString());
    expectRefused([&] {
        mine.complete(cycle.cycleId, cycle.cycleRowVersion, QDate::currentDate().addDays(-320),
                      QStringLiteral("x"), {});
    });
    QDate last;
    int now = 0;
    for (const auto& i : mine.items(QDate::currentDate())) {
        if (i.cycleId == cycle.cycleId) {
            last = i.lastDone;
            now = i.cycleRowVersion;
        }
    }
    EXPECT_EQ(last, recent);
    mine.complete(cycle.cycleId, now, QDate::currentDate().addDays(-320), QStringLiteral("x"), {});
    for (const auto& i : mine.items(QDate::currentDate())) {
        if (i.cycleId == cycle.cycleId) {
            EXPECT_EQ(i.lastDone, recent);
        }
    }
}

TEST_F(StaleCall, ChangeAnAccount) {
    UserService(*db).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("陳美玲"),
                                              QStringLiteral("s3cure-admin-pass"));
    UserService(*db).signIn(QStringLiteral("admin"), QStringLiteral("s3cure-admin-pass"));
    UserService(*other).signIn(QStringLiteral("admin"), QStringLiteral("s3cure-admin-pass"));
    const qint64 editor =
        UserService(*db).createUser(QStringLiteral("editor1"), QStringLiteral("林志豪"),
                                    UserRole::Editor, QStringLiteral("editor password"));
    const int seen = rowVersion(*db, QStringLiteral("users"), editor);
    UserService(*other).setRole(editor, seen, UserRole::Viewer);
    expectRefused([&] { UserService(*db).setRole(editor, seen, UserRole::Administrator); });
    expectRefused([&] { UserService(*db).setDisabled(editor, seen, true); });
    expectRefused(
        [&] { UserService(*db).resetPassword(editor, seen, QStringLiteral("another password")); });
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT role FROM users WHERE id = :id"),
                          {{QStringLiteral("id"), editor}})
                  .toString(),
              QStringLiteral("viewer"));
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT disabled FROM users WHERE id = :id"),
                    {{QStringLiteral("id"), editor}})
            .toInt(),
        0);
}

TEST_F(StaleCall, AnAuditsFindingsAndCorrectiveActions) {
    const qint64 person =
        Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM people")).toLongLong();
    AuditService mine(*db);
    AuditService theirs(*other);
    const qint64 audit =
        mine.addAudit({QStringLiteral("115年度內部稽核"), QDate(2026, 10, 1), QDate(2026, 10, 2),
                       QString(), QStringLiteral("張淑芬"), QString()});
    const qint64 finding = mine.addFinding(
        audit, {QStringLiteral("minor"), QString(), QStringLiteral("帳號未停用"), QString()});
    const qint64 action = mine.addCorrectiveAction(
        finding, {QStringLiteral("流程"), QStringLiteral("修訂流程"), person, QDate(2026, 11, 30)});
    const auto actionSeen = [&] {
        return rowVersion(*db, QStringLiteral("corrective_actions"), action);
    };
    const auto actionStatus = [&] {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT status FROM corrective_actions WHERE id = :id"),
                           {{QStringLiteral("id"), action}})
            .toString();
    };

    // Marked done on the other workstation while this one still showed it in progress.
    int seen = actionSeen();
    theirs.markActionDone(action, seen);
    expectRefused([&] { mine.markActionDone(action, seen); });

    // Verified ineffective there (back to work) while this one would verify it effective.
    seen = actionSeen();
    theirs.verify(action, seen, QDate(2026, 12, 1), person, false,
                  QStringLiteral("仍有帳號未停用"));
    expectRefused([&] {
        mine.verify(action, seen, QDate(2026, 12, 1), person, true, QStringLiteral("抽查無誤"));
    });
    EXPECT_EQ(actionStatus(), QStringLiteral("in_progress"));

    // An observation closed there, then closed here from the list as it was.
    const qint64 observation = mine.addFinding(
        audit, {QStringLiteral("observation"), QString(), QStringLiteral("格式不一"), QString()});
    const int observationSeen = rowVersion(*db, QStringLiteral("findings"), observation);
    theirs.closeFinding(observation, observationSeen);
    expectRefused([&] { mine.closeFinding(observation, observationSeen); });

    // Current versions go through, and the finding closes with its verified action.
    mine.markActionDone(action, actionSeen());
    mine.verify(action, actionSeen(), QDate(2026, 12, 2), person, true, QStringLiteral("抽查無誤"));
    EXPECT_EQ(actionStatus(), QStringLiteral("verified"));
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT status FROM findings WHERE id = :id"),
                    {{QStringLiteral("id"), finding}})
            .toString(),
        QStringLiteral("closed"));
}

TEST_F(StaleCall, RemovingASectionUnlinksEachRecordInItsOwnAuditedChange) {
    // 肆、一、(二): the section whose items are the objectives, each linked to its item.
    const qint64 objectivesSection =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT s.parent_id FROM objective_wordings o JOIN sections s "
                                   "ON s.id = o.section_id WHERE "
                                   "o.version_id = :v LIMIT 1"),
                    {{QStringLiteral("v"), draft}})
            .toLongLong();
    ASSERT_NE(objectivesSection, 0);
    QSqlQuery q = Sql::run(
        db->connection(),
        QStringLiteral(
            "SELECT o.id, o.row_version FROM objective_wordings o JOIN sections s ON s.id = "
            "o.section_id WHERE s.parent_id = :s"),
        {{QStringLiteral("s"), objectivesSection}});
    QList<QPair<qint64, int>> linked;
    while (q.next()) linked.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    ASSERT_GE(linked.size(), 2);
    const auto updates = [&](qint64 id) {
        return Sql::scalar(db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                          "'objective_wordings' AND entity_id = :id "
                                          "AND action = 'update'"),
                           {{QStringLiteral("id"), id}})
            .toInt();
    };
    QList<int> updatesBefore;
    for (const auto& one : linked) updatesBefore << updates(one.first);
    SectionEditor(*db, draft).remove(versionRow(draft), objectivesSection);
    for (int i = 0; i < linked.size(); ++i) {
        EXPECT_EQ(rowVersion(*db, QStringLiteral("objective_wordings"), linked[i].first),
                  linked[i].second + 1);
        EXPECT_EQ(updates(linked[i].first), updatesBefore[i] + 1);
    }
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity "
                                                     "= 'objective_wordings' AND entity_id = 0"))
            .toInt(),
        0);
}

TEST_F(StaleCall, TheTextOfAVersionInReviewIsNotChangedUnderItsApprover) {
    toReview();
    const qint64 first =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT MIN(id) FROM sections WHERE version_id = :v"),
                    {{QStringLiteral("v"), draft}})
            .toLongLong();
    SectionEditor editor(*db, draft);
    const PolicySection section = editor.load(first);
    const QString before = PolicyService(*db).fingerprint(draft);
    QString message;
    EXPECT_EQ(errorOf(
                  [&] {
                      editor.update(
                          versionRow(draft), first, section.heading,
                          section.paragraphs + QStringList{QStringLiteral("審查中偷偷加的一段。")});
                  },
                  &message),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("is in review"))) << message.toStdString();
    EXPECT_EQ(PolicyService(*db).fingerprint(draft), before);
}
