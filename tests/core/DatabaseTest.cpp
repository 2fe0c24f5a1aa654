#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/ServerAddress.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

Error::Kind refusalKind(const QString& path, QString* message = nullptr) {
    try {
        Database::open(path);
    } catch (const Error& e) {
        if (message) *message = e.message();
        return e.kind();
    }
    return Error::Kind::Invalid;  // not refused: the caller's expectation fails
}

// A database at an older schema, written the way an older program would have.
void makeDatabaseAtSchema(const QString& path, int version) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        Migrator(db).migrateTo(version);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO documents (code, title) VALUES ('OLD-1', '舊文件')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

}  // namespace

TEST(DatabaseFile, NewFileGetsTheWholeSchemaAndSafeSettings) {
    TestFiles files;
    auto db = Database::open(files.path(QStringLiteral("sub/dir/new.sqlite")));
    EXPECT_TRUE(db->wasCreated());
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 2);
    const QSqlDatabase c = db->connection();
    EXPECT_EQ(Sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(Sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(Sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2);  // FULL
    EXPECT_GE(Sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1000);
    const QStringList tables = c.tables();
    for (const char* table : {"documents", "document_versions", "sections", "legal_references", "scope_items",
                              "policy_statements", "objectives", "measurements", "action_items", "roles",
                              "role_assignments", "people", "org_units", "responsibilities", "review_cycles",
                              "reviews", "meetings", "meeting_attendees", "audits", "findings",
                              "corrective_actions", "drills", "communications", "acknowledgements", "users",
                              "audit_log", "approvals"}) {
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    }
}

TEST(DatabaseFile, ReopensWithoutMigratingAgain) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("a.sqlite"));
    Database::open(path);
    auto again = Database::open(path);
    EXPECT_FALSE(again->wasCreated());
    EXPECT_EQ(Sql::scalar(again->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
              Migrator::latestVersion());
    EXPECT_TRUE(QDir(files.path(QString())).entryList({QStringLiteral("*.bak")}).isEmpty());
}

TEST(Database, ForeignKeysAreEnforced) {
    TestFiles files;
    auto db = Database::open(files.database(QStringLiteral("fk.sqlite")));
    QSqlQuery q(db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO sections (version_id, position, heading) VALUES (999, 0, 'x')")));
}

TEST(DatabaseFile, OlderSchemaIsMigratedAfterABackupAndKeepsItsData) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("old.sqlite"));
    makeDatabaseAtSchema(path, 1);
    auto db = Database::open(path);
    EXPECT_FALSE(db->wasCreated());
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT title FROM documents WHERE code = 'OLD-1'")).toString(),
              QStringLiteral("舊文件"));
    const QStringList backups = QDir(files.path(QString())).entryList({QStringLiteral("old.sqlite.schema1-*.bak")});
    ASSERT_EQ(backups.size(), 1);
    // The backup is the database as it was: still at schema 1, with the data.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(files.path(backups.first()));
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(raw.open());
        EXPECT_EQ(Migrator(raw).currentVersion(), 1);
        EXPECT_EQ(Sql::scalar(raw, QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

TEST(DatabaseFile, RefusesAFileThatIsNotADatabaseAndLeavesItAlone) {
    TestFiles files;
    const QByteArray text = "這不是資料庫 — just some text\n";
    const QString path = files.write(QStringLiteral("notes.sqlite"), text);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("not an ISMS Desk database"))) << message.toStdString();
    EXPECT_EQ(TestFiles::read(path), text);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(DatabaseFile, RefusesAnEmptyFile) {
    TestFiles files;
    const QString path = files.write(QStringLiteral("empty.sqlite"), QByteArray());
    EXPECT_EQ(refusalKind(path), Error::Kind::Refused);
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(DatabaseFile, RefusesACorruptDatabaseAndLeavesItAlone) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("corrupt.sqlite"));
    {
        auto db = Database::open(path);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8192);
    // Scribble over everything after the first page: the schema is there but the tables are not.
    f.seek(4096);
    f.write(QByteArray(int(size - 4096), '\x5a'));
    f.close();
    const QByteArray before = TestFiles::read(path);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
    EXPECT_EQ(TestFiles::read(path), before);
}

// A table's root page scribbled over: the header and the schema still read.
void damageTable(const QString& path, const QString& table) {
    int page = 0;
    {
        auto db = Database::open(path);
        page = Sql::scalar(db->connection(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = :t"), {{QStringLiteral("t"), table}})
                   .toInt();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    ASSERT_GT(page, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(qint64(page - 1) * 4096);
    f.write(QByteArray(4096, '\x5a'));
}

TEST(DatabaseFile, ADeferredCheckOpensAfterTheHeaderAndSchemaTheFullCheckRefuses) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("deferred.sqlite"));
    damageTable(path, QStringLiteral("legal_references"));
    QString message;
    EXPECT_EQ(refusalKind(path, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
    // The caller that defers the check gets the file; the damage is for its own check to find.
    auto db = Database::open(path, Database::Check::Deferred);
    EXPECT_EQ(db->schemaVersion(), Migrator::latestVersion());
    EXPECT_FALSE(Sql::scalar(db->connection(), QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
}

TEST(DatabaseFile, ADeferredCheckStillRefusesWhatTheHeaderOrSchemaShows) {
    TestFiles files;
    const QString notSqlite = files.write(QStringLiteral("text.sqlite"), QByteArray("hello, world, not a database"));
    EXPECT_THROW(Database::open(notSqlite, Database::Check::Deferred), Error);
    const QString path = files.path(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")));
    }
    EXPECT_THROW(Database::open(path, Database::Check::Deferred), Error);
}

TEST(DatabaseFile, RefusesANewerSchemaAndLeavesItAlone) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = TestFiles::read(path);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("newer"))) << message.toStdString();
    EXPECT_EQ(TestFiles::read(path), before);
}

TEST(DatabaseFile, RefusesAnotherProgramsDatabase) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QString message;
    EXPECT_EQ(refusalKind(path, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
}

TEST(DatabaseFile, BackupIsAConsistentCopy) {
    TestFiles files;
    auto db = Database::open(files.path(QStringLiteral("live.sqlite")));
    QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO documents (code, title) VALUES ('B-1', 'x')"));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    db->backupTo(copy);
    auto restored = Database::open(copy);
    EXPECT_EQ(Sql::scalar(restored->connection(), QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 1);
    EXPECT_THROW(db->backupTo(copy), Error);  // never overwrites
}

TEST(DatabaseFile, MeetingsFromBeforeSchema8GetTheStandardAgenda) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("seven.sqlite"));
    makeDatabaseAtSchema(path, 7);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seven"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO meetings (kind, title, meeting_date) VALUES "
                                          "('management_review', '管理審查', '2024-12-01'), ('committee', '委員會', '2024-12-02')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seven"));
    auto db = Database::open(path);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM meeting_agenda_items a JOIN meetings m ON "
                                                           "m.id = a.meeting_id WHERE m.kind = 'management_review'"))
                  .toInt(),
              10);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM meeting_agenda_items a JOIN meetings m ON "
                                                           "m.id = a.meeting_id WHERE m.kind = 'committee'"))
                  .toInt(),
              0);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT input_key FROM meeting_agenda_items WHERE position = 7"))
                  .toString(),
              QStringLiteral("input_objectives"));
}

TEST(ServerAddress, AnAddressWithoutItsPassword) {
    const auto a = ServerAddress::parse(QStringLiteral("postgresql://isms@db.example:6543/isms?sslmode=verify-full"));
    EXPECT_EQ(a.user, QStringLiteral("isms"));
    EXPECT_EQ(a.host, QStringLiteral("db.example"));
    EXPECT_EQ(a.port, 6543);
    EXPECT_EQ(a.database, QStringLiteral("isms"));
    EXPECT_EQ(a.options, QStringLiteral("sslmode=verify-full"));
    EXPECT_EQ(a.toString(), QStringLiteral("postgresql://isms@db.example:6543/isms?sslmode=verify-full"));
    EXPECT_EQ(ServerAddress::parse(QStringLiteral("postgres://u@h/d")).port, 5432);
    EXPECT_TRUE(ServerAddress::isServer(QStringLiteral("postgresql://u@h/d")));
    EXPECT_FALSE(ServerAddress::isServer(QStringLiteral("/home/u/postgresql.sqlite")));
    for (const char* bad : {"postgresql://u:secret@h/d", "postgresql://u@h/", "postgresql:///d",
                            "postgresql://u@h/d?password=x", "postgresql://u@h/d?sslmode=a;host=evil"}) {
        QString message;
        EXPECT_EQ(errorOf([&] { ServerAddress::parse(QString::fromLatin1(bad)); }, &message), Error::Kind::Invalid) << bad;
        EXPECT_FALSE(message.contains(QStringLiteral("secret"))) << bad;
    }
}

TEST(Database, AServerThatCannotBeReachedIsRefusedWithTheReason) {
    // Port 1 on loopback: nothing listens there.
    QString message;
    EXPECT_EQ(errorOf([] { Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/isms")); }, &message),
              Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("127.0.0.1"))) << message.toStdString();
}

TEST(Database, RefusesANewerSchemaOrAnotherProgramsTablesOnEitherEngine) {
    TestFiles files;
    const QString newer = files.database(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(newer);
        Sql::run(db->connection(), QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                  "VALUES (999, 'future', '2099-01-01')"));
    }
    QString message;
    EXPECT_EQ(errorOf([&] { Database::open(newer); }, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("newer"))) << message.toStdString();

    const QString other = files.database(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(other);
        Sql::execDirect(db->connection(), QStringLiteral("DROP TABLE schema_migrations"));
    }
    EXPECT_EQ(errorOf([&] { Database::open(other); }, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("another program"))) << message.toStdString();
}

TEST(Database, ConnectionOptionsReachTheServerLibrary) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("tls.sqlite"));
    if (!ServerAddress::isServer(location)) {
        // A file has no connection options; the address keeps them as given.
        EXPECT_EQ(ServerAddress::parse(QStringLiteral("postgresql://u@h/d?sslmode=require&connect_timeout=3")).options,
                  QStringLiteral("sslmode=require;connect_timeout=3"));
        return;
    }
    // The test server speaks no TLS: demanding it must fail, and saying so must not.
    QString message;
    EXPECT_EQ(errorOf([&] { Database::open(location + QStringLiteral("?sslmode=require")); }, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("SSL"))) << message.toStdString();
    EXPECT_EQ(Database::open(location + QStringLiteral("?sslmode=disable"))->engine(), Database::Engine::PostgreSQL);
}
