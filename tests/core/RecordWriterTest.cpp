#include "TestFiles.h"
#include "Administrator.h"
#include "domain/Error.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

class RecordWriterTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = Database::open(files.database(QStringLiteral("w.sqlite")));
        db->setSession(isms::test::administrator(QStringLiteral("test")));
    }

    qint64 addPerson(const QString& name) {
        Transaction tx(*db);
        const qint64 id = RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), name}});
        tx.commit();
        return id;
    }
    int count(const QString& sql) { return Sql::scalar(db->connection(), sql).toInt(); }
    QString nameOf(qint64 id) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT name FROM people WHERE id = :id"),
                           {{QStringLiteral("id"), id}})
            .toString();
    }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST_F(RecordWriterTest, InsertWritesTheRecordAndItsAuditEntry) {
    db->setSession(isms::test::administrator(QStringLiteral("tester")));
    const qint64 id = addPerson(QStringLiteral("王小明"));
    EXPECT_EQ(nameOf(id), QStringLiteral("王小明"));
    QSqlQuery q = Sql::run(db->connection(), QStringLiteral("SELECT actor, action, entity, entity_id, after_data FROM audit_log"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("tester"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("insert"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("people"));
    EXPECT_EQ(q.value(3).toLongLong(), id);
    const QJsonObject after = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    EXPECT_EQ(after.value(QStringLiteral("name")).toString(), QStringLiteral("王小明"));
    EXPECT_EQ(after.value(QStringLiteral("row_version")).toInt(), 1);
}

TEST_F(RecordWriterTest, UpdateBumpsRowVersionAndRecordsBeforeAndAfter) {
    const qint64 id = addPerson(QStringLiteral("A"));
    Transaction tx(*db);
    RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("name"), QStringLiteral("B")}});
    tx.commit();
    EXPECT_EQ(nameOf(id), QStringLiteral("B"));
    EXPECT_EQ(count(QStringLiteral("SELECT row_version FROM people")), 2);
    QSqlQuery q = Sql::run(db->connection(),
                           QStringLiteral("SELECT before_data, after_data FROM audit_log WHERE action = 'update'"));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("\"name\":\"A\"")));
    EXPECT_TRUE(q.value(1).toString().contains(QStringLiteral("\"name\":\"B\"")));
}

TEST_F(RecordWriterTest, StaleUpdateIsRefusedNamingWhoChangedItAndChangesNothing) {
    const qint64 id = addPerson(QStringLiteral("A"));
    db->setSession(isms::test::administrator(QStringLiteral("first-user")));
    {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("name"), QStringLiteral("B")}});
        tx.commit();
    }
    const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    db->setSession(isms::test::administrator(QStringLiteral("second-user")));
    try {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("name"), QStringLiteral("C")}});
        tx.commit();
        FAIL() << "a stale update was saved";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.message().contains(QStringLiteral("first-user"))) << e.message().toStdString();
    }
    EXPECT_EQ(nameOf(id), QStringLiteral("B"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

TEST_F(RecordWriterTest, StaleDeleteIsRefused) {
    const qint64 id = addPerson(QStringLiteral("A"));
    {
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("title"), QStringLiteral("科長")}});
        tx.commit();
    }
    Transaction tx(*db);
    EXPECT_THROW(RecordWriter(*db, isms::test::everything(*db)).remove(QStringLiteral("people"), id, 1), Error);
    RecordWriter(*db, isms::test::everything(*db)).remove(QStringLiteral("people"), id, 2);
    tx.commit();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete'")), 1);
}

TEST_F(RecordWriterTest, UpdateOfADeletedRecordSaysSo) {
    Transaction tx(*db);
    try {
        RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), 4242, 1, {{QStringLiteral("name"), QStringLiteral("X")}});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::NotFound);
    }
}

TEST_F(RecordWriterTest, AFailedChangeLeavesTheDatabaseAsItWas) {
    addPerson(QStringLiteral("A"));
    const int people = count(QStringLiteral("SELECT COUNT(*) FROM people"));
    const int audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    try {
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        writer.insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("B")}});
        // Violates a foreign key: the whole change must go, including B.
        writer.insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("C")},
                                                 {QStringLiteral("unit_id"), 9999}});
        tx.commit();
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Storage);
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), people);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_FALSE(db->inTransaction());
}

TEST_F(RecordWriterTest, NestedTransactionFailureDoomsTheOuterOne) {
    try {
        Transaction outer(*db);
        RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("A")}});
        {
            Transaction inner(*db);
            // no commit: an inner failure
        }
        outer.commit();
        FAIL();
    } catch (const Error&) {
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
}

TEST_F(RecordWriterTest, ChangesOutsideATransactionAreRefused) {
    EXPECT_THROW(RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("A")}}),
                 Error);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
}

TEST_F(RecordWriterTest, NobodySignedInChangesNothing) {
    db->setSession(Session());
    Transaction tx(*db);
    try {
        RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("A")}});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Permission);
    }
}

TEST_F(RecordWriterTest, EachRoleChangesOnlyWhatItMay) {
    using R = UserRole;
    struct Case {
        R::Value role;
        const char* table;
        bool allowed;
    };
    const Case cases[] = {
        {R::Viewer, "people", false},        {R::Viewer, "documents", false},   {R::Viewer, "audits", false},
        {R::Editor, "people", true},         {R::Editor, "documents", true},    {R::Editor, "audits", false},
        {R::Editor, "users", false},         {R::Auditor, "audits", true},      {R::Auditor, "people", false},
        {R::Auditor, "documents", false},    {R::Chair, "documents", false},    {R::Chair, "people", false},
        {R::Administrator, "users", true},   {R::Administrator, "audits", true},
    };
    for (const Case& c : cases) {
        db->setSession(Session::user(1, QStringLiteral("u"), QStringLiteral("U"), c.role));
        const QString table = QString::fromLatin1(c.table);
        const QVariantMap values =
            table == QStringLiteral("people")      ? QVariantMap{{QStringLiteral("name"), QStringLiteral("x")}}
            : table == QStringLiteral("documents") ? QVariantMap{{QStringLiteral("code"), QStringLiteral("C-%1").arg(int(c.role))},
                                                                 {QStringLiteral("title"), QStringLiteral("t")}}
            : table == QStringLiteral("audits")    ? QVariantMap{{QStringLiteral("title"), QStringLiteral("a")},
                                                                 {QStringLiteral("start_date"), QStringLiteral("2025-01-01")}}
                                                   : QVariantMap{{QStringLiteral("username"), QStringLiteral("n%1").arg(int(c.role))},
                                                                 {QStringLiteral("password_hash"), QStringLiteral("x")},
                                                                 {QStringLiteral("role"), QStringLiteral("viewer")}};
        Transaction tx(*db);
        bool saved = true;
        try {
            RecordWriter(*db, isms::test::everything(*db)).insert(table, values);
            tx.commit();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Permission);
            saved = false;
        }
        EXPECT_EQ(saved, c.allowed) << R::key(c.role).toStdString() << " " << c.table;
    }
}

TEST_F(RecordWriterTest, IdentifiersAreNeverTakenFromData) {
    Transaction tx(*db);
    EXPECT_THROW(RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people; DROP TABLE people"), {}), Error);
    EXPECT_THROW(RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name) VALUES ('x'); --"), 1}}),
                 Error);
}

TEST_F(RecordWriterTest, TwoConnectionsToOneFileConflictInsteadOfLosingAnEdit) {
    const qint64 id = addPerson(QStringLiteral("A"));
    auto other = Database::open(db->path());
    other->setSession(isms::test::administrator(QStringLiteral("other-workstation")));
    {
        Transaction tx(*other);
        RecordWriter(*other, isms::test::everything(*other)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("name"), QStringLiteral("B")}});
        tx.commit();
    }
    Transaction tx(*db);
    try {
        RecordWriter(*db, isms::test::everything(*db)).update(QStringLiteral("people"), id, 1, {{QStringLiteral("name"), QStringLiteral("C")}});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.message().contains(QStringLiteral("other-workstation")));
    }
}

TEST_F(RecordWriterTest, AStatementThatFailedInsideAChangeIsNeverCommittedSilently) {
    // A caller that catches a failed statement and goes on must not lose the change quietly:
    // PostgreSQL would take the COMMIT as a ROLLBACK without a word.
    Transaction tx(*db);
    const qint64 id = RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("甲")}});
    EXPECT_THROW(Sql::run(db->connection(), QStringLiteral("INSERT INTO people (id, name) VALUES (:id, 'dup')"),
                          {{QStringLiteral("id"), id}}),
                 Error);
    bool committed = true;
    try {
        tx.commit();
    } catch (const Error& e) {
        committed = false;
        EXPECT_EQ(e.kind(), Error::Kind::Storage);
    }
    const int rows = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM people WHERE id = :id"),
                                 {{QStringLiteral("id"), id}})
                         .toInt();
    // Either the change is there (SQLite goes on after a failed statement) or the commit said it was not.
    EXPECT_EQ(rows, committed ? 1 : 0);
}

TEST_F(RecordWriterTest, ATableNoPermissionRuleNamesIsWrittenByNobody) {
    // Not even by an administrator, nor by the set-up of a new database: a table is open to
    // writes only where the rules name it.
    for (const Grant& grant : {isms::test::everything(*db), db->setUp(QStringLiteral("set-up"))}) {
        Transaction tx(*db);
        try {
            RecordWriter(*db, grant).insert(QStringLiteral("schema_migrations"), {{QStringLiteral("version"), 99},
                                                                            {QStringLiteral("name"), QStringLiteral("x")},
                                                                            {QStringLiteral("applied_at"), QStringLiteral("now")}});
            FAIL() << "written";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Permission);
            EXPECT_TRUE(e.message().contains(QStringLiteral("does not cover"))) << e.message().toStdString();
        }
    }
    EXPECT_FALSE(WriteRules::names(QStringLiteral("schema_migrations")));
    EXPECT_FALSE(WriteRules::names(QStringLiteral("audit_log")));
}

TEST_F(RecordWriterTest, AGrantCoversOnlyTheColumnsItsRuleNames) {
    const qint64 document = [&] {
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        const qint64 d = writer.insert(QStringLiteral("documents"), {{QStringLiteral("code"), QStringLiteral("G-1")},
                                                                     {QStringLiteral("title"), QStringLiteral("t")}});
        tx.commit();
        return d;
    }();
    const qint64 version = [&] {
        Transaction tx(*db);
        const qint64 v = RecordWriter(*db, isms::test::everything(*db))
                             .insert(QStringLiteral("document_versions"),
                                     {{QStringLiteral("document_id"), document}, {QStringLiteral("version"), QStringLiteral("1.0")},
                                      {QStringLiteral("status"), QStringLiteral("in_review")}, {QStringLiteral("title"), QStringLiteral("t")},
                                      {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")}});
        tx.commit();
        return v;
    }();
    // A chair moves a version's status, and nothing else of it.
    db->setSession(Session::user(7, QStringLiteral("chair"), QStringLiteral("主委"), UserRole::Chair));
    const Grant chair = db->require(UserRole::Permission::Approve);
    {
        Transaction tx(*db);
        EXPECT_THROW(RecordWriter(*db, chair).update(QStringLiteral("document_versions"), version, 1,
                                                     {{QStringLiteral("effective_date"), QStringLiteral("2030-01-01")}}),
                     Error);
    }
    {
        Transaction tx(*db);
        EXPECT_THROW(RecordWriter(*db, chair).remove(QStringLiteral("document_versions"), version, 1), Error);
    }
    {
        Transaction tx(*db);
        RecordWriter(*db, chair).update(QStringLiteral("document_versions"), version, 1,
                                        {{QStringLiteral("status"), QStringLiteral("draft")}});
        tx.commit();
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM document_versions WHERE status = 'draft' AND "
                                   "effective_date IS NULL")),
              1);
    // The entry is in the chair's name.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
              QStringLiteral("chair"));
}

TEST_F(RecordWriterTest, OnesOwnAccountIsOnlyOnesOwnPasswordAndCount) {
    qint64 mine = 0;
    qint64 theirs = 0;
    {
        Transaction tx(*db);
        RecordWriter writer(*db, isms::test::everything(*db));
        const auto account = [&](const char* name) {
            return writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), QString::fromLatin1(name)},
                                                          {QStringLiteral("password_hash"), QStringLiteral("x")},
                                                          {QStringLiteral("role"), QStringLiteral("viewer")}});
        };
        mine = account("mine");
        theirs = account("theirs");
        tx.commit();
    }
    db->setSession(Session());
    const Grant own = db->ownAccount(mine, QStringLiteral("mine"));
    const auto attempt = [&](qint64 id, const QVariantMap& values) {
        Transaction tx(*db);
        try {
            RecordWriter(*db, own).update(QStringLiteral("users"), id, 1, values);
            tx.commit();
            return true;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Permission) << e.message().toStdString();
            return false;
        }
    };
    EXPECT_FALSE(attempt(mine, {{QStringLiteral("role"), QStringLiteral("administrator")}}));
    EXPECT_FALSE(attempt(theirs, {{QStringLiteral("failed_attempts"), 0}}));
    EXPECT_TRUE(attempt(mine, {{QStringLiteral("failed_attempts"), 1}}));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'viewer'")), 2);
}

TEST_F(RecordWriterTest, SetUpIsOnlyForADatabaseJustCreatedAndTheFirstAccountOnlyForOneWithNone) {
    const QString path = db->path();
    db.reset();
    auto again = Database::open(path);
    try {
        again->setUp(QStringLiteral("demo content"));
        FAIL() << "set up an existing database";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Permission);
    }
    {
        Transaction tx(*again);
        RecordWriter(*again, again->firstAccount(QStringLiteral("admin")))
            .insert(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("admin")},
                                              {QStringLiteral("password_hash"), QStringLiteral("x")},
                                              {QStringLiteral("role"), QStringLiteral("administrator")}});
        tx.commit();
    }
    EXPECT_THROW(again->firstAccount(QStringLiteral("second")), Error);
}
