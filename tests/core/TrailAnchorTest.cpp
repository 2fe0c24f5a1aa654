// Issue #23: the workstation keeps the last audit entry it saw of each database outside it
// (TrailAnchor). A trail cut short or rewritten whole is again a consistent chain; it no longer
// holds that entry, and nothing more is written into it. Entries other workstations add are
// verified as each change begins.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/BackupService.h"
#include "services/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace isms::core;
using isms::test::TestFiles;

namespace {

qint64 head(Database& db) {
    return Sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM audit_log"))
        .toLongLong();
}

// A change through the program: the error it meets, empty if it was saved.
QString addPerson(Database& db, const QString& name) {
    try {
        Transaction tx(db);
        RecordWriter(db, isms::test::everything(db))
            .insert(QStringLiteral("people"), {{QStringLiteral("name"), name}});
        tx.commit();
        return {};
    } catch (const Error& e) {
        return e.message();
    }
}

// What someone who knows the chain's rule does after removing entries: every later entry
// hashed again, so that the chain is whole once more.
void rechain(Database& db) {
    QSqlQuery q =
        Sql::run(db.connection(),
                 QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_data, "
                                "after_data FROM audit_log ORDER BY id"));
    QList<QPair<qint64, QString>> hashes;
    QString prev;
    while (q.next()) {
        const QJsonArray fields{prev,
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                QString::number(q.value(5).toLongLong()),
                                q.value(6).toString(),
                                q.value(7).toString()};
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex());
        hashes.append({q.value(0).toLongLong(), prev + QLatin1Char('|') + hash});
        prev = hash;
    }
    q.finish();
    for (const auto& [id, both] : hashes) {
        Sql::run(db.connection(),
                 QStringLiteral("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :id"),
                 {{QStringLiteral("p"), both.section(QLatin1Char('|'), 0, 0)},
                  {QStringLiteral("h"), both.section(QLatin1Char('|'), 1, 1)},
                  {QStringLiteral("id"), id}});
    }
}

}  // namespace

TEST(TrailAnchor, ATrailCutShortRefusesEveryChangeAndCheckSaysWhy) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("cut.sqlite"));
    auto db = isms::test::demoDatabase(location);
    ASSERT_EQ(addPerson(*db, QStringLiteral("甲")), QString());
    const qint64 seen = head(*db);
    Sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id > :k"),
             {{QStringLiteral("k"), seen - 3}});
    const QString refused = addPerson(*db, QStringLiteral("乙"));
    EXPECT_TRUE(
        refused.contains(QStringLiteral("The audit trail no longer holds entry %1").arg(seen)))
        << refused.toStdString();
    EXPECT_TRUE(refused.contains(QStringLiteral("Nothing can be saved")));
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '乙'"))
                  .toInt(),
              0);
    const QString report = DatabaseCheck(*db).run(false).lines().join(QLatin1Char('\n'));
    EXPECT_TRUE(report.contains(QStringLiteral("no longer holds entry %1").arg(seen)))
        << report.toStdString();
    // Opened again (the next start, another command), it is still refused.
    db.reset();
    auto again = Database::open(location);
    again->setSession(isms::test::administrator(QStringLiteral("test")));
    EXPECT_TRUE(
        again->trailProblem().contains(QStringLiteral("no longer holds entry %1").arg(seen)));
    EXPECT_FALSE(addPerson(*again, QStringLiteral("丙")).isEmpty());
}

TEST(TrailAnchor, ATrailRewrittenWholeIsFound) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("rewritten.sqlite")));
    ASSERT_EQ(addPerson(*db, QStringLiteral("甲")), QString());
    const qint64 seen = head(*db);
    // A whole change's entries taken out of the middle and the chain hashed again.
    Sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE entity = 'sections'"));
    rechain(*db);
    const auto report = DatabaseCheck(*db).run(false);
    EXPECT_TRUE(report.audit.intact);  // a consistent chain…
    EXPECT_FALSE(report.sound());      // …that no longer holds what this workstation saw
    EXPECT_TRUE(report.lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("no longer holds entry %1").arg(seen)));
    EXPECT_FALSE(addPerson(*db, QStringLiteral("乙")).isEmpty());
}

TEST(TrailAnchor, EntriesOfAnotherWorkstationAreVerifiedAsTheyAreTakenIn) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("shared.sqlite"));
    auto mine = isms::test::demoDatabase(location);
    auto other = Database::open(location);
    other->setSession(isms::test::administrator(QStringLiteral("other")));
    ASSERT_EQ(addPerson(*other, QStringLiteral("他處")), QString());
    EXPECT_EQ(addPerson(*mine, QStringLiteral("此處")),
              QString());  // a sound entry of another is taken in
    ASSERT_EQ(addPerson(*other, QStringLiteral("他處二")), QString());
    const qint64 forged = head(*other);
    Sql::run(other->connection(),
             QStringLiteral("UPDATE audit_log SET after_data = '{}' WHERE id = :id"),
             {{QStringLiteral("id"), forged}});
    const QString refused = addPerson(*mine, QStringLiteral("此處二"));
    EXPECT_TRUE(
        refused.contains(QStringLiteral("The audit trail is broken at entry %1").arg(forged)))
        << refused.toStdString();
}

TEST(TrailAnchor, ATrailThisWorkstationNeverSawIsVerifiedWholeBeforeAnythingIsWritten) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("unseen.sqlite"));
    qint64 forged = 0;
    QString path;
    {
        auto db = isms::test::demoDatabase(location);
        forged = head(*db) - 10;
        path = db->path();
        Sql::run(db->connection(),
                 QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = :id"),
                 {{QStringLiteral("id"), forged}});
    }
    TrailAnchor::forget(path);  // as on another workstation
    auto db = Database::open(location);
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    EXPECT_TRUE(db->trailProblem().contains(QStringLiteral("broken at entry %1").arg(forged)))
        << db->trailProblem().toStdString();
    EXPECT_FALSE(addPerson(*db, QStringLiteral("甲")).isEmpty());
}

TEST(TrailAnchor, ARestoredBackupIsTheTrailFromThenOn) {
    if (TestFiles::onServer()) GTEST_SKIP() << "a server database is restored on the server";
    TestFiles files;
    const QString location = files.database(QStringLiteral("restored.sqlite"));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    {
        auto db = isms::test::demoDatabase(location);
        BackupService(*db).backup(copy);
        ASSERT_EQ(addPerson(*db, QStringLiteral("備份之後")), QString());
    }
    BackupService::restore(
        copy, location,
        QStringLiteral("admin"));  // the trail goes back to the backup's head, on purpose
    auto db = Database::open(location);
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    EXPECT_TRUE(db->trailProblem().isEmpty()) << db->trailProblem().toStdString();
    EXPECT_EQ(addPerson(*db, QStringLiteral("還原之後")), QString());
    EXPECT_TRUE(DatabaseCheck(*db).run(false).sound());
}

TEST(TrailAnchor, ALinkToTheFileIsTheSameDatabase) {
    if (TestFiles::onServer()) GTEST_SKIP() << "a file's other names";
    TestFiles files;
    const QString location = files.database(QStringLiteral("linked.sqlite"));
    auto db = isms::test::demoDatabase(location);
    const qint64 seen = head(*db);
    Sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id > :k"),
             {{QStringLiteral("k"), seen - 2}});
    db.reset();
    const QString link = files.path(QStringLiteral("other-name.sqlite"));
    ASSERT_TRUE(QFile::link(location, link));
    auto through = Database::open(link);
    through->setSession(isms::test::administrator(QStringLiteral("test")));
    EXPECT_TRUE(
        through->trailProblem().contains(QStringLiteral("no longer holds entry %1").arg(seen)));
    EXPECT_FALSE(addPerson(*through, QStringLiteral("甲")).isEmpty());
}
