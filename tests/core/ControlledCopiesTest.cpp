#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "services/ControlledCopies.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

TEST(ControlledCopies, NumberedRegisteredAndClosedOnce) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("cc.sqlite")));
    const qint64 v = PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    ControlledCopies copies(*db);
    EXPECT_EQ(copies.issue(v, 0, QStringLiteral("兵役處")), 1);
    EXPECT_EQ(copies.issue(v, 3, QStringLiteral("殯葬管理處")), 3);
    EXPECT_EQ(copies.issue(v, 0, QStringLiteral("苓雅區戶政事務所")), 4);
    QString message;
    EXPECT_EQ(errorOf([&] { copies.issue(v, 3, QStringLiteral("someone")); }, &message), Error::Kind::Invalid);
    EXPECT_TRUE(message.contains(QStringLiteral("殯葬管理處")));
    EXPECT_EQ(errorOf([&] { copies.issue(v, 0, QStringLiteral("  ")); }), Error::Kind::Invalid);
    const qint64 id = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM controlled_copies WHERE copy_number = 1")).toLongLong();
    copies.returned(id, QDate(2026, 1, 2));
    EXPECT_EQ(errorOf([&] { copies.destroyed(id, QDate(2026, 1, 3)); }), Error::Kind::Invalid);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT returned_on FROM controlled_copies WHERE id = :id"),
                          {{QStringLiteral("id"), id}})
                  .toString(),
              QStringLiteral("2026-01-02"));
    // Not of a draft; not by a viewer.
    const qint64 draft = PolicyService(*db).newVersion(v, QStringLiteral("2.1"), QStringLiteral("x"));
    EXPECT_EQ(errorOf([&] { copies.issue(draft, 0, QStringLiteral("x")); }), Error::Kind::Invalid);
    db->setSession(Session::user(9, QStringLiteral("v"), QStringLiteral("V"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { copies.issue(v, 0, QStringLiteral("x")); }), Error::Kind::Permission);
}
