#include <gtest/gtest.h>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "RowVersion.h"
#include "Signer.h"
#include "TestFiles.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "services/PolicyService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class PolicyServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("policy.sqlite")));
        current = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01"));
    }
    void as(UserRole::Value role, const QString& name = QStringLiteral("王大明")) {
        db->setSession(Session::user(99, QStringLiteral("u%1").arg(int(role)), name, role));
    }
    Error::Kind failure(const std::function<void()>& action, QString* message = nullptr) {
        return isms::test::errorOf(action, message);
    }
    void setEffective(qint64 versionId, const QDate& date) {
        const int rv =
            Sql::scalar(db->connection(),
                        QStringLiteral("SELECT row_version FROM document_versions WHERE id = :id"),
                        {{QStringLiteral("id"), versionId}})
                .toInt();
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db))
            .update(QStringLiteral("document_versions"), versionId, rv,
                    {{QStringLiteral("effective_date"), date}});
        tx.commit();
    }
    VersionStatus::Value status(qint64 id) { return PolicyRepository(*db).version(id).status; }

    TestFiles files;
    std::unique_ptr<Database> db;
    VersionSummary current;
};

}  // namespace

TEST(PolicyFingerprintTest, StableForTheSameTextDifferentForAnyChange) {
    PolicyContent c;
    c.code = QStringLiteral("X-1");
    c.version = QStringLiteral("1.0");
    c.title = QStringLiteral("政策");
    c.sections.push_back({0, QStringLiteral("目的"), {QStringLiteral("確保安全。")}, {}});
    const QString f = PolicyFingerprint::of(c);
    EXPECT_EQ(f.size(), 64);
    EXPECT_EQ(PolicyFingerprint::of(c), f);
    PolicyContent changed = c;
    changed.sections[0].paragraphs[0] = QStringLiteral("確保安全!");
    EXPECT_NE(PolicyFingerprint::of(changed), f);
    changed = c;
    changed.classification = Classification::Confidential;
    EXPECT_NE(PolicyFingerprint::of(changed), f);
    changed = c;
    changed.sections[0].paragraphs = {QStringLiteral("確保"),
                                      QStringLiteral("安全。")};  // split, same letters
    EXPECT_NE(PolicyFingerprint::of(changed), f);
    EXPECT_EQ(PolicyFingerprint::shortForm(f).size(), 19);
    EXPECT_EQ(PolicyFingerprint::shortForm(f).count(QLatin1Char('-')), 3);
}

TEST_F(PolicyServiceTest, NextVersionNumbers) {
    EXPECT_EQ(PolicyService::nextVersionNumbers(QStringLiteral("2.0")),
              QStringList({"2.1", "3.0"}));
    EXPECT_EQ(PolicyService::nextVersionNumbers(QStringLiteral("2.9")),
              QStringList({"2.10", "3.0"}));
}

TEST_F(PolicyServiceTest, NewVersionCopiesTheCurrentOneAsADraft) {
    as(UserRole::Editor);
    const qint64 draft = PolicyService(*db).newVersion(current.id, QStringLiteral("2.1"),
                                                       QStringLiteral("年度審查修訂"));
    const VersionSummary v = PolicyRepository(*db).version(draft);
    EXPECT_EQ(v.status, VersionStatus::Draft);
    EXPECT_EQ(v.changeSummary, QStringLiteral("年度審查修訂"));
    EXPECT_FALSE(v.effectiveDate.isValid());
    EXPECT_EQ(PolicyRepository(*db).sectionCount(draft), 39);
    // Its items are the same lasting objectives, indicators and all: none is new.
    EXPECT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral(
                        "SELECT COUNT(*) FROM objective_wordings w JOIN objectives o ON o.id = "
                        "w.objective_id JOIN objective_wordings s ON s.objective_id = o.id "
                        "AND s.version_id = :old AND s.number = w.number WHERE w.version_id = :v "
                        "AND o.kpi_name <> '' AND o.target IS NOT NULL"),
                    {{QStringLiteral("v"), draft}, {QStringLiteral("old"), current.id}})
            .toInt(),
        8);
    EXPECT_EQ(
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM objectives")).toInt(),
        8);
    // Same text, other number: the fingerprints differ only by the version line.
    PolicyContent a = PolicyRepository(*db).load(current.id);
    PolicyContent b = PolicyRepository(*db).load(draft);
    EXPECT_EQ(a.sections.size(), b.sections.size());
    b.version = a.version;
    b.effectiveDate = a.effectiveDate;
    EXPECT_EQ(PolicyFingerprint::of(a), PolicyFingerprint::of(b));
}

TEST_F(PolicyServiceTest, NewVersionNumbersMustGrowAndHaveAReason) {
    as(UserRole::Editor);
    PolicyService s(*db);
    EXPECT_EQ(
        failure([&] { s.newVersion(current.id, QStringLiteral("2.0"), QStringLiteral("x")); }),
        Error::Kind::Invalid);
    EXPECT_EQ(
        failure([&] { s.newVersion(current.id, QStringLiteral("1.9"), QStringLiteral("x")); }),
        Error::Kind::Invalid);
    EXPECT_EQ(failure([&] { s.newVersion(current.id, QStringLiteral("v3"), QStringLiteral("x")); }),
              Error::Kind::Invalid);
    EXPECT_EQ(
        failure([&] { s.newVersion(current.id, QStringLiteral("3.0"), QStringLiteral("  ")); }),
        Error::Kind::Invalid);
    as(UserRole::Viewer);
    EXPECT_EQ(
        failure([&] { s.newVersion(current.id, QStringLiteral("3.0"), QStringLiteral("x")); }),
        Error::Kind::Permission);
    as(UserRole::Chair);
    EXPECT_EQ(
        failure([&] { s.newVersion(current.id, QStringLiteral("3.0"), QStringLiteral("x")); }),
        Error::Kind::Permission);
}

TEST_F(PolicyServiceTest, PublishedVersionsAreReadOnlyWhateverCalls) {
    const qint64 section =
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT id FROM sections WHERE version_id = :v LIMIT 1"),
                    {{QStringLiteral("v"), current.id}})
            .toLongLong();
    QString message;
    auto attempt = [&](const std::function<void(RecordWriter&)>& change) {
        return failure(
            [&] {
                Transaction tx(*db);
                RecordWriter w(*db, isms::test::everything(*db));
                change(w);
                tx.commit();
            },
            &message);
    };
    EXPECT_EQ(attempt([&](RecordWriter& w) {
                  w.update(QStringLiteral("sections"), section, 1,
                           {{QStringLiteral("heading"), QStringLiteral("改")}});
              }),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("new version")));
    EXPECT_EQ(attempt([&](RecordWriter& w) { w.remove(QStringLiteral("sections"), section, 1); }),
              Error::Kind::Refused);
    EXPECT_EQ(attempt([&](RecordWriter& w) {
                  w.insert(QStringLiteral("sections"),
                           {{QStringLiteral("version_id"), current.id},
                            {QStringLiteral("position"), 99},
                            {QStringLiteral("heading"), QStringLiteral("新")}});
              }),
              Error::Kind::Refused);
    EXPECT_EQ(attempt([&](RecordWriter& w) {
                  w.update(QStringLiteral("document_versions"), current.id, current.rowVersion,
                           {{QStringLiteral("title"), QStringLiteral("改標題")}});
              }),
              Error::Kind::Refused);
    EXPECT_EQ(attempt([&](RecordWriter& w) {
                  w.insert(QStringLiteral("policy_statements"),
                           {{QStringLiteral("version_id"), current.id},
                            {QStringLiteral("position"), 9},
                            {QStringLiteral("text"), QStringLiteral("新聲明")}});
              }),
              Error::Kind::Refused);
    EXPECT_EQ(PolicyFingerprint::of(PolicyRepository(*db).load(current.id)),
              PolicyFingerprint::of(PolicyRepository(*db).load(current.id)));
}

TEST_F(PolicyServiceTest, TheWholeWayFromDraftToPublished) {
    as(UserRole::Editor, QStringLiteral("林志豪"));
    PolicyService s(*db);
    const qint64 draft =
        s.newVersion(current.id, QStringLiteral("2.1"), QStringLiteral("修訂目標"));
    const auto row = [&] {
        return isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft);
    };
    const auto fingerprint = [&] { return PolicyService(*db).fingerprint(draft); };
    EXPECT_EQ(failure([&] { s.publish(draft, row()); }), Error::Kind::Permission);
    // Submitting checks what approval will need: an effective date, not before 2.0's.
    QString message;
    EXPECT_EQ(failure([&] { s.submitForReview(draft, row()); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("effective date is not set")))
        << message.toStdString();
    EXPECT_EQ(status(draft), VersionStatus::Draft);
    setEffective(draft, QDate(2025, 1, 1));
    EXPECT_EQ(failure([&] { s.submitForReview(draft, row()); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("comes before that of version 2.0")))
        << message.toStdString();
    setEffective(draft, QDate(2026, 9, 1));
    s.submitForReview(draft, row());
    EXPECT_EQ(status(draft), VersionStatus::InReview);
    // An editor may not approve; a chair may, signing with their password and title.
    EXPECT_EQ(
        failure([&] { s.approve(draft, row(), fingerprint(), QStringLiteral("局長"), QString()); }),
        Error::Kind::Permission);
    const QString password =
        isms::test::signIn(*db, QStringLiteral("chair"), QStringLiteral("王大明"), UserRole::Chair);
    EXPECT_EQ(
        failure([&] { s.approve(draft, row(), fingerprint(), QString(), password); }, &message),
        Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("title"))) << message.toStdString();
    s.approve(draft, row(), fingerprint(), QStringLiteral("局長"), password);
    EXPECT_EQ(status(draft), VersionStatus::Approved);
    // Approved: locked, and the approval names who approved what.
    as(UserRole::Editor);
    EXPECT_EQ(failure([&] { setEffective(draft, QDate(2026, 10, 1)); }), Error::Kind::Refused);
    as(UserRole::Chair, QStringLiteral("王大明"));
    s.publish(draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft));
    EXPECT_EQ(status(draft), VersionStatus::Published);
    // Its effective date has come: it is in force, and 2.0 superseded from that day (the
    // stored status stays what document control did: published).
    EXPECT_EQ(status(current.id), VersionStatus::Published);
    EXPECT_EQ(PolicyRepository(*db).inForce(current.documentId, Clock::today()).id, draft);
    const auto history = s.history(current.documentId);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[1].version, QStringLiteral("2.1"));
    EXPECT_EQ(history[1].approver, QStringLiteral("王大明 局長"));
    EXPECT_EQ(history[1].fingerprint, s.fingerprint(draft));
    EXPECT_EQ(history[1].changeSummary, QStringLiteral("修訂目標"));
    EXPECT_EQ(history[0].status, VersionStatus::Published);
    EXPECT_TRUE(history[0].standing.startsWith(QStringLiteral("Superseded by 2.1 on")))
        << history[0].standing.toStdString();
    EXPECT_EQ(history[1].standing, QStringLiteral("Current"));
    // The demo's version in force carries its approval, marked as sample data.
    EXPECT_EQ(history[0].approver, QStringLiteral("資通安全委員會 範例資料"));
    EXPECT_EQ(history[0].fingerprint, s.fingerprint(history[0].versionId));
}

TEST_F(PolicyServiceTest, RefusedTransitions) {
    as(UserRole::Administrator);
    PolicyService s(*db);
    const qint64 draft = s.newVersion(current.id, QStringLiteral("2.1"), QStringLiteral("x"));
    EXPECT_EQ(failure([&] {
                  s.approve(draft,
                            isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
                            PolicyService(*db).fingerprint(draft), QString(), QString());
              }),
              Error::Kind::Invalid);  // not in review
    EXPECT_EQ(failure([&] {
                  s.publish(draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"),
                                                          draft));
              }),
              Error::Kind::Invalid);  // not approved
    EXPECT_EQ(failure([&] {
                  s.withdraw(
                      draft,
                      isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
                      QString());
              }),
              Error::Kind::Invalid);  // no reason
    EXPECT_EQ(failure([&] {
                  s.withdraw(
                      current.id,
                      isms::test::rowVersion(*db, QStringLiteral("document_versions"), current.id),
                      QStringLiteral("x"));
              }),
              Error::Kind::Invalid);  // published
    setEffective(draft, QDate(2026, 9, 1));
    s.submitForReview(draft,
                      isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft));
    s.returnToDraft(draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
                    QStringLiteral("第三節需再修"));
    EXPECT_EQ(status(draft), VersionStatus::Draft);
    s.withdraw(draft, isms::test::rowVersion(*db, QStringLiteral("document_versions"), draft),
               QStringLiteral("不再需要"));
    EXPECT_EQ(status(draft), VersionStatus::Withdrawn);
    EXPECT_EQ(failure([&] {
                  s.submitForReview(draft, isms::test::rowVersion(
                                               *db, QStringLiteral("document_versions"), draft));
              }),
              Error::Kind::Invalid);
}

TEST_F(PolicyServiceTest, ReviewsOfThePolicy) {
    PolicyService s(*db);
    // The seed's review rule: yearly from the effective date 2025-09-11.
    auto state = s.reviewState(current.documentId, QDate(2026, 9, 11));
    EXPECT_EQ(state.lastReview, QDate(2025, 9, 11));
    EXPECT_EQ(state.nextDue, QDate(2026, 9, 11));
    EXPECT_FALSE(state.overdue);
    EXPECT_TRUE(s.reviewState(current.documentId, QDate(2026, 9, 12)).overdue);

    as(UserRole::Editor, QStringLiteral("陳美玲"));
    EXPECT_EQ(
        s.recordReview(current.documentId,
                       s.reviewState(current.documentId, QDate::currentDate()).cycleRowVersion,
                       QDate(2026, 9, 1), QStringLiteral("資通安全委員會"), false,
                       QStringLiteral("法令無變動")),
        0);
    state = s.reviewState(current.documentId, QDate(2026, 9, 12));
    EXPECT_EQ(state.lastReview, QDate(2026, 9, 1));
    EXPECT_EQ(state.nextDue, QDate(2027, 9, 1));
    EXPECT_FALSE(state.overdue);
    // "Revise" starts the next draft.
    const qint64 draft = s.recordReview(
        current.documentId, s.reviewState(current.documentId, QDate::currentDate()).cycleRowVersion,
        QDate(2026, 10, 1), QStringLiteral("資通安全委員會"), true, QStringLiteral("配合法規修正"));
    ASSERT_NE(draft, 0);
    EXPECT_EQ(PolicyRepository(*db).version(draft).version, QStringLiteral("2.1"));
    EXPECT_EQ(PolicyRepository(*db).version(draft).status, VersionStatus::Draft);
    // A significant change while that draft exists takes the number after it.
    const qint64 again = s.startSignificantChangeReview(
        current.documentId, s.reviewState(current.documentId, QDate::currentDate()).cycleRowVersion,
        QStringLiteral("組織改造"));
    EXPECT_EQ(PolicyRepository(*db).version(again).version, QStringLiteral("2.2"));
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM reviews")).toInt(),
              3);
    as(UserRole::Viewer);
    EXPECT_EQ(failure([&] {
                  s.recordReview(
                      current.documentId,
                      s.reviewState(current.documentId, QDate::currentDate()).cycleRowVersion,
                      QDate(2026, 10, 2), QStringLiteral("x"), false, QString());
              }),
              Error::Kind::Permission);
}

TEST_F(PolicyServiceTest, APublishedVersionTakesOverOnItsEffectiveDate) {
    as(UserRole::Administrator);
    PolicyService s(*db);
    const qint64 next = s.newVersion(current.id, QStringLiteral("3.0"), QStringLiteral("改版"));
    setEffective(next, QDate(2030, 1, 1));
    s.submitForReview(next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next));
    const QString password = isms::test::signIn(*db, QStringLiteral("chief"),
                                                QStringLiteral("王局長"), UserRole::Administrator);
    s.approve(next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next),
              PolicyService(*db).fingerprint(next), QStringLiteral("局長"), password);
    s.publish(next, isms::test::rowVersion(*db, QStringLiteral("document_versions"), next));
    const PolicyRepository repository(*db);
    EXPECT_EQ(repository.inForce(QStringLiteral("ISMS-01-01"), QDate(2029, 12, 31)).version,
              QStringLiteral("2.0"));
    EXPECT_EQ(repository.inForce(QStringLiteral("ISMS-01-01"), QDate(2030, 1, 1)).version,
              QStringLiteral("3.0"));
    EXPECT_EQ(repository.find(QStringLiteral("ISMS-01-01")).version,
              QStringLiteral("2.0"));  // today: before 2030
    EXPECT_EQ(repository.find(QStringLiteral("ISMS-01-01"), QStringLiteral("3.0")).status,
              VersionStatus::Published);
}
