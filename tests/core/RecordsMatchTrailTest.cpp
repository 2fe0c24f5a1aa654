// Issue #23: the records are what the audit trail last recorded of them. Each test edits the
// database directly, as someone with sqlite3 or psql on the file or server would, and the check
// names the record; changes made through the program keep it sound.
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "RowVersion.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/DatabaseCheck.h"
#include "services/UserService.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/RecordWriter.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class RecordsMatchTrail : public ::testing::Test {
protected:
    void SetUp() override {
        db = isms::test::demoDatabase(files.database(QStringLiteral("state.sqlite")));
        ASSERT_TRUE(DatabaseCheck(*db).run(false).sound()) << report().toStdString();
    }
    QString report() { return DatabaseCheck(*db).run(false).lines().join(QLatin1Char('\n')); }
    qint64 anyId(const QString& table) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM %1").arg(table))
            .toLongLong();
    }
    void direct(const QString& sql) { Sql::run(db->connection(), sql); }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(RecordsMatchTrail, ADirectEditOfEachKindOfRecordIsNamed) {
    const qint64 viewer =
        UserService(*db).createUser(QStringLiteral("lin"), QStringLiteral("林小姐"),
                                    UserRole::Viewer, QStringLiteral("a long enough password"));
    ASSERT_TRUE(DatabaseCheck(*db).run(false).sound()) << report().toStdString();
    // The edits the adversarial pass made: a role raised, a target, a measured value, an approval.
    direct(QStringLiteral("UPDATE users SET role = 'administrator' WHERE id = %1").arg(viewer));
    const qint64 objective = anyId(QStringLiteral("objectives"));
    direct(QStringLiteral("UPDATE objectives SET target = 1 WHERE id = %1").arg(objective));
    const qint64 measurement = anyId(QStringLiteral("measurements"));
    direct(
        QStringLiteral("UPDATE measurements SET value = value + 1 WHERE id = %1").arg(measurement));
    const qint64 approval = anyId(QStringLiteral("approvals"));
    direct(QStringLiteral("UPDATE approvals SET approved_at = '2020-01-01' WHERE id = %1")
               .arg(approval));
    const QString text = report();
    EXPECT_TRUE(text.contains(
        QStringLiteral("The user account numbered %1 was changed outside the program").arg(viewer)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("The security objective numbered %1 was changed").arg(objective)))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("The measurement numbered %1 was changed").arg(measurement)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The approval numbered %1 was changed").arg(approval)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Database has problems.")));
}

TEST_F(RecordsMatchTrail, ARecordAddedOrRemovedOutsideTheProgramIsNamed) {
    const qint64 person = anyId(QStringLiteral("people"));
    direct(QStringLiteral("INSERT INTO people (name) VALUES ('無紀錄的人')"));
    const qint64 added =
        Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM people")).toLongLong();
    const qint64 section =
        Sql::scalar(db->connection(), QStringLiteral("SELECT MAX(id) FROM sections")).toLongLong();
    direct(QStringLiteral("DELETE FROM sections WHERE id = %1").arg(section));
    const QString text = report();
    EXPECT_TRUE(text.contains(
        QStringLiteral(
            "The person numbered %1 was added outside the program: the audit trail has no "
            "entry for it.")
            .arg(added)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(
        QStringLiteral("The policy section numbered %1 was removed outside the program")
            .arg(section)))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("person numbered %1 ").arg(person)));
}

TEST_F(RecordsMatchTrail, ALinkRowAddedOrRemovedOutsideTheProgramIsFound) {
    // A version's legal basis is a link row without an id of its own.
    QSqlQuery q =
        Sql::run(db->connection(), QStringLiteral("SELECT version_id, reference_id, section_id, "
                                                  "position FROM version_references LIMIT 1"));
    ASSERT_TRUE(q.next());
    const QVariantMap row{{QStringLiteral("v"), q.value(0)},
                          {QStringLiteral("r"), q.value(1)},
                          {QStringLiteral("s"), q.value(2)},
                          {QStringLiteral("p"), q.value(3)}};
    q.finish();
    Sql::run(db->connection(),
             QStringLiteral(
                 "DELETE FROM version_references WHERE version_id = :v AND reference_id = :r"),
             {{QStringLiteral("v"), row[QStringLiteral("v")]},
              {QStringLiteral("r"), row[QStringLiteral("r")]}});
    EXPECT_TRUE(report().contains(
        QStringLiteral("A version's legal basis was removed outside the program")))
        << report().toStdString();
    Sql::run(db->connection(),
             QStringLiteral("INSERT INTO version_references (version_id, reference_id, section_id, "
                            "position) VALUES (:v, :r, :s, :p)"),
             row);
    // Put back exactly as it was, the row agrees with the trail again.
    EXPECT_TRUE(DatabaseCheck(*db).run(false).sound()) << report().toStdString();
}

TEST_F(RecordsMatchTrail, ChangesThroughTheProgramKeepTheRecordsAndTheTrailAgreed) {
    Transaction tx(*db);
    RecordWriter writer(*db, isms::test::everything(*db));
    const qint64 unit = writer.insert(QStringLiteral("org_units"),
                                      {{QStringLiteral("name"), QStringLiteral("資訊室")}});
    const qint64 person = writer.insert(
        QStringLiteral("people"),
        {{QStringLiteral("name"), QStringLiteral("王先生")}, {QStringLiteral("unit_id"), unit}});
    const qint64 meeting = anyId(QStringLiteral("meetings"));
    writer.insertLink(QStringLiteral("meeting_attendees"), {{QStringLiteral("meeting_id"), meeting},
                                                            {QStringLiteral("person_id"), person}});
    writer.update(QStringLiteral("people"), person, 1,
                  {{QStringLiteral("name"), QStringLiteral("王大明")}});
    writer.clearReference(QStringLiteral("people"), QStringLiteral("unit_id"), unit);
    writer.removeLink(QStringLiteral("meeting_attendees"), {{QStringLiteral("meeting_id"), meeting},
                                                            {QStringLiteral("person_id"), person}});
    writer.remove(QStringLiteral("org_units"), unit, 1);
    tx.commit();
    EXPECT_TRUE(DatabaseCheck(*db).run(false).sound()) << report().toStdString();
    EXPECT_TRUE(AuditState(*db).differences().isEmpty());
}

TEST(RecordsMatchTrailUpdate, AnOlderFileIsTakenAsItStandsAtTheSchemaUpdateAndHeldFromThen) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("old.sqlite"));
    {
        // Schema 14: rows that older schema updates wrote, with no entry of their own.
        const QString name = QStringLiteral("schema14");
        {
            QSqlDatabase raw = TestFiles::onServer()
                                   ? ServerAddress::parse(location).connect(name, QString())
                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            if (!TestFiles::onServer()) raw.setDatabaseName(location);
            ASSERT_TRUE(raw.isOpen() || raw.open());
            Migrator(raw).migrateTo(14);
            QSqlQuery q(raw);
            ASSERT_TRUE(
                q.exec(QStringLiteral("INSERT INTO people (id, name) VALUES (7, '舊資料')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = Database::open(location);
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_TRUE(DatabaseCheck(*db).run(false).sound());
    EXPECT_EQ(
        Sql::scalar(
            db->connection(),
            QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'people' AND entity_id = 7"))
            .toString(),
        QStringLiteral("schema update 15"));
    Sql::run(db->connection(), QStringLiteral("UPDATE people SET name = '改過' WHERE id = 7"));
    EXPECT_TRUE(DatabaseCheck(*db)
                    .run(false)
                    .lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("The person numbered 7 was changed")));
}

TEST_F(RecordsMatchTrail, ARoleAPasswordOrAnAccountPutIntoTheDatabaseGivesNothingAtSignIn) {
    const QString password = QStringLiteral("a long enough password");
    const QString other = QStringLiteral("another long password");
    const qint64 viewer = UserService(*db).createUser(
        QStringLiteral("lin"), QStringLiteral("林小姐"), UserRole::Viewer, password);
    UserService(*db).createUser(QStringLiteral("wu"), QStringLiteral("吳先生"), UserRole::Editor,
                                other);
    direct(QStringLiteral("UPDATE users SET role = 'administrator' WHERE id = %1").arg(viewer));
    // Signed in, she is what the trail says she is: a viewer, who may not make an account.
    const Session lin = UserService(*db).signIn(QStringLiteral("lin"), password);
    EXPECT_EQ(lin.role, UserRole::Viewer);
    EXPECT_EQ(isms::test::errorOf([&] {
                  UserService(*db).createUser(QStringLiteral("x2"), QStringLiteral("x2"),
                                              UserRole::Administrator, password);
              }),
              Error::Kind::Permission);

    // Another account's password hash copied over hers: her sign-in with it is refused.
    direct(QStringLiteral("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
                          "username = 'wu') "
                          "WHERE id = %1")
               .arg(viewer));
    QString message;
    EXPECT_EQ(isms::test::errorOf([&] { UserService(*db).signIn(QStringLiteral("lin"), other); },
                                  &message),
              Error::Kind::Permission);
    EXPECT_TRUE(
        message.contains(QStringLiteral("The password of lin was changed outside the program")))
        << message.toStdString();

    // An account written straight into the table has no entry: it cannot sign in.
    direct(QStringLiteral(
        "INSERT INTO users (person_id, username, password_hash, role) SELECT person_id, 'ghost', "
        "password_hash, 'administrator' FROM users WHERE username = 'wu'"));
    EXPECT_EQ(isms::test::errorOf([&] { UserService(*db).signIn(QStringLiteral("ghost"), other); },
                                  &message),
              Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("was put into the database outside the program")))
        << message.toStdString();
}

TEST_F(RecordsMatchTrail, AChangeThroughTheProgramDoesNotTakeADirectEditIntoTheTrail) {
    const qint64 objective = anyId(QStringLiteral("objectives"));
    direct(QStringLiteral("UPDATE objectives SET target = 1 WHERE id = %1").arg(objective));
    const int seen = isms::test::rowVersion(*db, QStringLiteral("objectives"), objective);
    QString message;
    EXPECT_EQ(isms::test::errorOf(
                  [&] {
                      Transaction tx(*db);
                      RecordWriter(*db, isms::test::everything(*db))
                          .update(QStringLiteral("objectives"), objective, seen,
                                  {{QStringLiteral("row_version"), seen}});
                      tx.commit();
                  },
                  &message),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("was changed outside the program")))
        << message.toStdString();
    EXPECT_EQ(isms::test::errorOf([&] {
                  Transaction tx(*db);
                  RecordWriter(*db, isms::test::everything(*db))
                      .remove(QStringLiteral("objectives"), objective, seen);
                  tx.commit();
              }),
              Error::Kind::Refused);
    // The edit is still what the check finds.
    EXPECT_TRUE(report().contains(
        QStringLiteral("The security objective numbered %1 was changed").arg(objective)))
        << report().toStdString();
}
