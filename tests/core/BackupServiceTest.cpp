#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "DirectSql.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/DatabaseCheck.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

TEST(BackupService, BackupIsVerifiedAndRecorded) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("live.sqlite")));
    const auto copy = BackupService(*db).backup(files.path(QStringLiteral("copy.sqlite")));
    EXPECT_EQ(copy.sha256.size(), 64);
    EXPECT_GT(copy.size, 0);
    EXPECT_GT(copy.auditEntries, 100);
    QSqlQuery q =
        Sql::run(db->connection(),
                 QStringLiteral("SELECT file, sha256, audit_head, automatic FROM backups"));
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
        ASSERT_TRUE(QSqlQuery(copy->connection())
                        .exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
    }
    try {
        BackupService::verify(copyPath);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Refused);
        EXPECT_TRUE(e.message().contains(QStringLiteral("audit trail")))
            << e.message().toStdString();
    }
    const QString target = files.path(QStringLiteral("target.sqlite"));
    Database::open(target);
    const QByteArray before = TestFiles::read(target);
    EXPECT_THROW(BackupService::restore(copyPath, target, QStringLiteral("admin")), Error);
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
    EXPECT_EQ(
        QDir(folder).entryList({QStringLiteral("isms-desk-auto-*.sqlite")}, QDir::Files).size(), 2);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM backups WHERE automatic = 1"))
                  .toInt(),
              4);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"))
                  .toString(),
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
        RecordWriter(*db, isms::test::everything(*db))
            .insert(QStringLiteral("people"),
                    {{QStringLiteral("name"), QStringLiteral("後來的人")}});
        tx.commit();
    }
    const QString aside = BackupService::restore(copy, live, QStringLiteral("admin")).aside;
    auto restored = Database::open(live);
    EXPECT_EQ(Sql::scalar(restored->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '後來的人'"))
                  .toInt(),
              0);
    auto kept = Database::openReadOnly(aside);
    EXPECT_EQ(Sql::scalar(kept->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '後來的人'"))
                  .toInt(),
              1);
}

namespace {

// A database with a backup in its register and one more change after it, as before a restore.
struct Restorable {
    QString live;
    QString copy;
    BackupService::Copy taken;
    AuditLog::Head headBefore;
};

Restorable restorable(TestFiles& files) {
    Restorable r{files.path(QStringLiteral("live.sqlite")),
                 files.path(QStringLiteral("copy.sqlite")),
                 {},
                 {}};
    auto db = isms::test::demoDatabase(r.live);
    r.taken = BackupService(*db).backup(r.copy);
    Transaction tx(*db);
    RecordWriter(*db, isms::test::everything(*db))
        .insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("後來的人")}});
    tx.commit();
    r.headBefore = AuditLog(*db).head();
    return r;
}

// Restoring the copy is refused as changed since it was taken, and the database stays as it was.
void expectRefusedAsChanged(const Restorable& r) {
    const QByteArray before = TestFiles::read(r.live);
    QString message;
    EXPECT_EQ(
        isms::test::errorOf(
            [&] { BackupService::restore(r.copy, r.live, QStringLiteral("admin")); }, &message),
        Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("It was changed after it was taken")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(BackupService::verify(r.copy).sha256)) << message.toStdString();
    EXPECT_EQ(TestFiles::read(r.live), before);
}

}  // namespace

TEST(BackupService, TheRestoredTrailSaysWhatItReplacedAndFromWhichCopy) {
    TestFiles files;
    const Restorable r = restorable(files);
    const auto restored = BackupService::restore(r.copy, r.live, QStringLiteral("chief"));
    EXPECT_TRUE(restored.registered);
    EXPECT_EQ(restored.replaced.entry, r.headBefore.entry);
    EXPECT_EQ(restored.replaced.hash, r.headBefore.hash);
    EXPECT_TRUE(BackupService::describe(restored).contains(r.headBefore.shortHash()));
    auto db = Database::open(r.live);
    QSqlQuery q = Sql::run(
        db->connection(),
        QStringLiteral("SELECT actor, action, entity, entity_id, before_data, after_data FROM "
                       "audit_log ORDER BY id DESC LIMIT 1"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("chief"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("restores"));
    EXPECT_EQ(q.value(3).toLongLong(), 0);
    EXPECT_TRUE(q.value(4).toString().contains(r.headBefore.hash))
        << q.value(4).toString().toStdString();
    EXPECT_TRUE(q.value(4).toString().contains(restored.aside));
    EXPECT_TRUE(q.value(5).toString().contains(r.taken.sha256))
        << q.value(5).toString().toStdString();
    EXPECT_TRUE(q.value(5).toString().contains(QStringLiteral("\"registered\":1")));
    q.finish();
    // The entry is the trail's own: the restored database checks sound, and takes changes.
    const auto report = DatabaseCheck(*db).run(true);
    EXPECT_TRUE(report.audit.intact);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '後來的人'"))
                  .toInt(),
              0);
}

TEST(BackupService, ACopyChangedAfterItWasTakenIsRefusedByTheRegister) {
    TestFiles files;
    const Restorable r = restorable(files);
    // Its records and trail as they were (the head the register recorded), its bytes not.
    ASSERT_TRUE(isms::test::directSql(r.copy, QStringLiteral("PRAGMA user_version = 7")));
    ASSERT_EQ(BackupService::verify(r.copy).auditHead, r.taken.auditHead);
    expectRefusedAsChanged(r);
}

TEST(BackupService, ACopyWhoseTrailWasCarriedOnByTheChainsRuleIsRefusedByItsFile) {
    TestFiles files;
    const Restorable r = restorable(files);
    {
        // Changed through the program itself: records and trail agree, the chain holds.
        auto copy = Database::open(r.copy);
        copy->setSession(isms::test::administrator(QStringLiteral("mallory")));
        Transaction tx(*copy);
        RecordWriter(*copy, isms::test::everything(*copy))
            .insert(QStringLiteral("people"),
                    {{QStringLiteral("name"), QStringLiteral("混進來的人")}});
        tx.commit();
    }
    ASSERT_NE(BackupService::verify(r.copy).auditHead, r.taken.auditHead);
    expectRefusedAsChanged(r);
}

TEST(BackupService, ACopyFromElsewhereIsRestoredAndSaidToBeOutsideTheRegister) {
    TestFiles files;
    const QString other = files.path(QStringLiteral("other.sqlite"));
    const QString elsewhere = files.path(QStringLiteral("elsewhere.sqlite"));
    {
        auto db = isms::test::demoDatabase(other);
        db->backupTo(elsewhere);  // not through the register
    }
    const Restorable r = restorable(files);
    const auto restored = BackupService::restore(elsewhere, r.live, QStringLiteral("admin"));
    EXPECT_FALSE(restored.registered);
    EXPECT_TRUE(BackupService::describe(restored).contains(
        QStringLiteral("is not in the replaced database's register")));
    EXPECT_TRUE(BackupService::describe(restored).contains(restored.backup.sha256));
}

TEST(BackupService, RestoredOnceTheCopyIsKnownByTheTrailOfTheRestore) {
    TestFiles files;
    const Restorable r = restorable(files);
    BackupService::restore(r.copy, r.live, QStringLiteral("admin"));
    // The restored register was taken before its own copy; its trail's restore entry knows it.
    const auto again = BackupService::restore(r.copy, r.live, QStringLiteral("admin"));
    EXPECT_TRUE(again.registered);
    ASSERT_TRUE(isms::test::directSql(r.copy, QStringLiteral("PRAGMA user_version = 7")));
    expectRefusedAsChanged(r);
}

TEST(BackupService, ABackupReadByTheProgramStaysTheCopyTheRegisterRecorded) {
    TestFiles files;
    const Restorable r = restorable(files);
    {
        // As `isms-desk --database COPY check` or a look at its policy opens it.
        auto copy = Database::open(r.copy);
        EXPECT_TRUE(DatabaseCheck(*copy).run(true).sound());
    }
    EXPECT_EQ(BackupService::verify(r.copy).sha256, r.taken.sha256);
    const auto restored = BackupService::restore(r.copy, r.live, QStringLiteral("admin"));
    EXPECT_TRUE(restored.registered);
    // Nothing was left beside the database the register was read from.
    EXPECT_FALSE(QFile::exists(restored.aside + QStringLiteral("-wal")));
}
