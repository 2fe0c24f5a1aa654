#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

using namespace isms::core;
using isms::test::TestFiles;

TEST(BackupService, BackupIsVerifiedAndRecorded) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("live.sqlite")));
    const auto copy = BackupService(*db).backup(files.path(QStringLiteral("copy.sqlite")));
    EXPECT_EQ(copy.sha256.size(), 64);
    EXPECT_GT(copy.size, 0);
    EXPECT_GT(copy.auditEntries, 100);
    QSqlQuery q = Sql::run(db->connection(), QStringLiteral("SELECT file, sha256, audit_head, automatic FROM backups"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), copy.file);
    EXPECT_EQ(q.value(1).toString(), copy.sha256);
    EXPECT_EQ(q.value(2).toString(), copy.auditHead);
    EXPECT_EQ(q.value(3).toInt(), 0);
    // The copy is untouched by its verification and verifies again to the same digest.
    EXPECT_EQ(BackupService::verify(copy.file).sha256, copy.sha256);
    EXPECT_FALSE(QFile::exists(copy.file + QStringLiteral("-wal")));
}

TEST(BackupService, ACopyWithABrokenAuditTrailIsRefused) {
    TestFiles files;
    const QString copyPath = files.path(QStringLiteral("copy.sqlite"));
    {
        auto db = isms::test::demoDatabase(files.database(QStringLiteral("live.sqlite")));
        BackupService(*db).backup(copyPath);
    }
    {
        auto copy = Database::open(copyPath);
        ASSERT_TRUE(QSqlQuery(copy->connection()).exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
    }
    try {
        BackupService::verify(copyPath);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("audit trail"))) << e.message().toStdString();
    }
    const QString target = files.path(QStringLiteral("target.sqlite"));
    Database::open(target);
    const QByteArray before = TestFiles::read(target);
    EXPECT_THROW(BackupService::restore(copyPath, target), Error);
    EXPECT_EQ(TestFiles::read(target), before);
}

TEST(BackupService, AutomaticBackupsKeepTheNewestN) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("live.sqlite")));
    db->setSession(Session());  // whoever quits: no privilege needed
    const QString folder = files.path(QStringLiteral("auto"));
    for (int i = 0; i < 4; ++i) {
        BackupService(*db).automaticBackup(folder, 2);
        QThread::msleep(5);  // distinct millisecond timestamps in the names
    }
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("isms-desk-auto-*.sqlite")}, QDir::Files).size(), 2);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM backups WHERE automatic = 1")).toInt(), 4);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
              QStringLiteral("automatic backup"));
}

TEST(BackupService, RestoreRoundTripKeepsTheReplacedDatabase) {
    TestFiles files;
    const QString live = files.path(QStringLiteral("live.sqlite"));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    {
        auto db = isms::test::demoDatabase(live);
        BackupService(*db).backup(copy);
        Transaction tx(*db);
        RecordWriter(*db, isms::test::everything(*db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("後來的人")}});
        tx.commit();
    }
    const QString aside = BackupService::restore(copy, live);
    auto restored = Database::open(live);
    EXPECT_EQ(Sql::scalar(restored->connection(), QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '後來的人'")).toInt(), 0);
    auto kept = Database::openReadOnly(aside);
    EXPECT_EQ(Sql::scalar(kept->connection(), QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '後來的人'")).toInt(), 1);
}
