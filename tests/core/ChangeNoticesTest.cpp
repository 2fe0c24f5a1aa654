// Issue #10: a workstation hears of a change another one saved, without a restart.
#include "Administrator.h"
#include "TestFiles.h"
#include "storage/ChangeNotices.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

void addPerson(Database& db, const QString& name) {
    Transaction tx(db);
    RecordWriter(db, isms::test::everything(db)).insert(QStringLiteral("people"), {{QStringLiteral("name"), name}});
    tx.commit();
}

// Lets the event loop deliver notices for up to a second; how many arrived.
int noticesWithin(ChangeNotices& notices, int atLeast) {
    int heard = 0;
    const auto connection = QObject::connect(&notices, &ChangeNotices::changedElsewhere, [&] { ++heard; });
    const QDeadlineTimer deadline(1000);
    while (heard < atLeast && !deadline.hasExpired()) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    QObject::disconnect(connection);
    return heard;
}

}  // namespace

TEST(ChangeNotices, AChangeSavedElsewhereIsHeardAndOurOwnIsNot) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("shared.sqlite"));
    auto mine = Database::open(location);
    mine->setSession(isms::test::administrator(QStringLiteral("here")));
    auto other = Database::open(location);
    other->setSession(isms::test::administrator(QStringLiteral("elsewhere")));
    ChangeNotices notices(*mine);
    if (mine->engine() == Database::Engine::SQLite) {
        // A file has no notices: the window offers Refresh instead.
        EXPECT_FALSE(notices.active());
        return;
    }
    ASSERT_TRUE(notices.active());
    addPerson(*mine, QStringLiteral("甲"));
    EXPECT_EQ(noticesWithin(notices, 1), 0);
    addPerson(*other, QStringLiteral("乙"));
    EXPECT_EQ(noticesWithin(notices, 1), 1);
}

TEST(ChangeNotices, AConnectionTheServerDroppedIsMadeAgainAndStillHearsChanges) {
    TestFiles files;
    const QString location = files.database(QStringLiteral("dropped.sqlite"));
    auto mine = Database::open(location);
    mine->setSession(isms::test::administrator(QStringLiteral("here")));
    if (mine->engine() == Database::Engine::SQLite) {
        EXPECT_FALSE(mine->reconnectIfLost());  // a file has no connection to lose
        return;
    }
    ChangeNotices notices(*mine);
    auto other = Database::open(location);
    other->setSession(isms::test::administrator(QStringLiteral("elsewhere")));
    const auto drop = [&] {
        // What a server restart does to this workstation's session.
        const qint64 pid = Sql::scalar(mine->connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        Sql::run(other->connection(), QStringLiteral("SELECT pg_terminate_backend(:pid)"), {{QStringLiteral("pid"), pid}});
        QDeadlineTimer wait(2000);
        while (Sql::scalar(other->connection(), QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = :pid"),
                           {{QStringLiteral("pid"), pid}})
                       .toInt() > 0 &&
               !wait.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
    };

    // A change after the drop goes through on a new connection.
    drop();
    EXPECT_NO_THROW(addPerson(*mine, QStringLiteral("甲")));
    // Reading after a drop: the window checks before it reads again (Refresh, coming back).
    drop();
    EXPECT_TRUE(mine->reconnectIfLost());
    EXPECT_FALSE(mine->reconnectIfLost());
    EXPECT_EQ(Sql::scalar(mine->connection(), QStringLiteral("SELECT COUNT(*) FROM people WHERE name = '甲'")).toInt(), 1);
    // And it still hears other workstations.
    addPerson(*other, QStringLiteral("乙"));
    EXPECT_EQ(noticesWithin(notices, 1), 1);
}
