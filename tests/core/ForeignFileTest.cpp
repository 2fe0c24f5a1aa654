// Issue #23: a file that is not ours is refused untouched — by its SQLite application id or by
// its tables — with nothing written into it or left beside it; a path that is no file is
// refused at once; our files carry our application id.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "Administrator.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/Workspace.h"
#include "storage/Database.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

// Another program's SQLite file, written with SQLite itself and closed.
void makeSqlite(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        c.setDatabaseName(path);
        ASSERT_TRUE(c.open());
        for (const QString& sql : statements)
            ASSERT_TRUE(QSqlQuery(c).exec(sql)) << sql.toStdString();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

QByteArray digest(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList folder(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

quint32 applicationId(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray header = f.read(72);
    return (quint32(quint8(header[68])) << 24) | (quint32(quint8(header[69])) << 16) |
           (quint32(quint8(header[70])) << 8) | quint32(quint8(header[71]));
}

void expectRefusedUntouched(const TestFiles& files, const QString& path, const QString& words) {
    const QByteArray before = digest(path);
    const QStringList beside = folder(files.path(QString()));
    try {
        Database::open(path);
        ADD_FAILURE() << path.toStdString() << " was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Refused);
        EXPECT_TRUE(e.message().contains(words)) << e.message().toStdString();
    }
    EXPECT_EQ(digest(path), before) << "the file was changed";
    EXPECT_EQ(folder(files.path(QString())), beside)
        << "files appeared beside it (-wal, -shm, .bak)";
}

}  // namespace

TEST(ForeignFile, ARailsDatabaseIsRefusedUntouched) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("rails.sqlite3"));
    makeSqlite(
        path,
        {QStringLiteral("CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY)"),
         QStringLiteral("INSERT INTO schema_migrations VALUES ('20240117093012')"),
         QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, email varchar)")});
    expectRefusedUntouched(files, path, QStringLiteral("another program"));
}

TEST(ForeignFile, AnEmptyDatabaseOfAnotherProgramIsNotTakenOver) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("empty.db"));
    makeSqlite(path, {QStringLiteral("PRAGMA user_version = 3")});  // a header, no tables
    expectRefusedUntouched(files, path, QStringLiteral("empty SQLite database"));
}

TEST(ForeignFile, AnotherProgramsApplicationIdIsRefusedEvenWithOurTables) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("ours-but-not.sqlite"));
    { Database::open(path); }
    makeSqlite(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("PRAGMA application_id = 1234")});
    expectRefusedUntouched(files, path, QStringLiteral("application id is 1234"));
}

TEST(ForeignFile, OurFilesCarryOurApplicationIdOlderOnesGetIt) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("ours.sqlite"));
    { Database::open(path); }
    EXPECT_EQ(applicationId(path), 0x49534D44u);  // "ISMD"
    // A file from before the id was set: ours by its schema table and audit trail.
    makeSqlite(path, {QStringLiteral("PRAGMA application_id = 0")});
    ASSERT_EQ(applicationId(path), 0u);
    { Database::open(path); }
    EXPECT_EQ(applicationId(path), 0x49534D44u);
}

TEST(ForeignFile, APathThatIsNoFileIsRefusedAtOnce) {
    TestFiles files;
    const QString pipe = files.path(QStringLiteral("pipe.sqlite"));
    ASSERT_EQ(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString dir = files.path(QStringLiteral("folder.sqlite"));
    ASSERT_TRUE(QDir().mkpath(dir));
    for (const QString& path : {pipe, dir}) {
        QElapsedTimer t;
        t.start();
        try {
            Workspace::open(path);
            ADD_FAILURE() << path.toStdString() << " was opened";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Refused);
            EXPECT_TRUE(e.message().contains(QStringLiteral("is not a file")))
                << e.message().toStdString();
        }
        EXPECT_LT(t.elapsed(), 5000);  // a pipe is never opened and waited on
    }
}

TEST(ForeignFile, RestoreRefusesADatabaseStillOpenElsewhere) {
    TestFiles files;
    const QString target = files.path(QStringLiteral("live.sqlite"));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    auto db = Workspace::open(target, false);
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    BackupService(*db).backup(copy);
    // The window still has it open, with changes in its journal.
    try {
        BackupService::restore(copy, target, QStringLiteral("admin"));
        ADD_FAILURE() << "restored under an open database";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("still open")))
            << e.message().toStdString();
    }
    db.reset();
    EXPECT_NO_THROW(BackupService::restore(copy, target, QStringLiteral("admin")));
}

TEST(ForeignFile, OurFileRefusedForANewerSchemaKeepsNothingBesideIt) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("newer.sqlite"));
    { Database::open(path); }
    makeSqlite(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                      QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (999, 'later', 'x')")});
    expectRefusedUntouched(files, path, QStringLiteral("newer ISMS Desk"));
}

TEST(ForeignFile, AnEmptyFileWithOurIdIsNotTakenOverEither) {
    TestFiles files;
    const QString path = files.path(QStringLiteral("only-id.sqlite"));
    makeSqlite(path, {QStringLiteral("PRAGMA application_id = 1230196036")});  // 0x49534D44
    ASSERT_EQ(applicationId(path), 0x49534D44u);
    expectRefusedUntouched(files, path, QStringLiteral("empty SQLite database"));
}
