// Issue #10: a workstation hears of a change another one saved, without a restart.
#include "TestFiles.h"
#include "storage/ChangeNotices.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

void addPerson(Database& db, const QString& name) {
    Transaction tx(db);
    RecordWriter(db).insert(QStringLiteral("people"), {{QStringLiteral("name"), name}});
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
    mine->setSession(Session::system(QStringLiteral("here")));
    auto other = Database::open(location);
    other->setSession(Session::system(QStringLiteral("elsewhere")));
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
