// Issue #10: isms-desk copy moves a database between a file and the server (and back) without
// losing or changing a record, verified by counts and by the audit chain. Run against
// PostgreSQL, "the other database" is on the test cluster; otherwise it is another file.
#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "services/DatabaseCopy.h"
#include "services/PeopleService.h"
#include "services/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

#include <QSqlRecord>

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

// Every table's rows as text, sorted, so two databases compare whatever their engines' types
// and column order.
QMap<QString, QStringList> dump(const Database& db) {
    QMap<QString, QStringList> out;
    for (const QString& table : DatabaseCopy::tables(db)) {
        QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i) {
                fields << q.record().fieldName(i) + QLatin1Char('=') +
                              (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            }
            fields.sort();  // a column added by a later schema step stands last on one engine
            rows << fields.join(QLatin1Char('|'));
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

TEST(DatabaseCopy, AFileToTheOtherDatabaseAndBackIsIdentical) {
    TestFiles files;
    auto local = isms::test::demoDatabase(files.path(QStringLiteral("local.sqlite")), 2025);
    {
        // Enough rows that tables go over in several batches, and end with a part-batch.
        Transaction tx(*local);
        for (int i = 0; i < 450; ++i) {
            RecordWriter(*local, isms::test::everything(*local)).insert(QStringLiteral("people"),
                                        {{QStringLiteral("name"), QStringLiteral("同仁 %1").arg(i)},
                                         {QStringLiteral("notes"), i % 7 ? QString() : QStringLiteral("含'引號\"與\\")}});
        }
        tx.commit();
    }
    const auto original = dump(*local);
    ASSERT_GT(original.value(QStringLiteral("audit_log")).size(), 600);

    auto shared = Workspace::open(files.database(QStringLiteral("shared.sqlite")), false);
    const auto there = DatabaseCopy::copy(*local, *shared);
    EXPECT_EQ(there.rows.value(QStringLiteral("sections")), original.value(QStringLiteral("sections")).size());
    EXPECT_EQ(there.auditHead, AuditLog(*local).verify().headHash);
    EXPECT_EQ(dump(*shared), original);

    shared->setSession(isms::test::administrator(QStringLiteral("test")));
    auto back = Workspace::open(files.path(QStringLiteral("back.sqlite")), false);
    const auto again = DatabaseCopy::copy(*shared, *back);
    EXPECT_EQ(again.auditEntries, there.auditEntries);
    EXPECT_EQ(dump(*back), original);

    // The copy goes on numbering where the original stopped, and its search finds copied items.
    const qint64 last = Sql::scalar(shared->connection(), QStringLiteral("SELECT MAX(id) FROM people")).toLongLong();
    PeopleService::Person person;
    person.name = QStringLiteral("新進同仁");
    EXPECT_GT(PeopleService(*shared).add(person), last);
    EXPECT_TRUE(AuditLog(*shared).verify().intact);
}

TEST(DatabaseCopy, GoesOnlyIntoAnEmptyDatabaseAndNeedsAnAdministrator) {
    TestFiles files;
    auto local = isms::test::demoDatabase(files.path(QStringLiteral("local.sqlite")), 2025);
    auto full = isms::test::demoDatabase(files.database(QStringLiteral("full.sqlite")), 2025);
    const auto before = dump(*full);
    QString message;
    EXPECT_EQ(errorOf([&] { DatabaseCopy::copy(*local, *full); }, &message), Error::Kind::Refused);
    EXPECT_TRUE(message.contains(QStringLiteral("empty"))) << message.toStdString();
    EXPECT_EQ(dump(*full), before);

    auto empty = Workspace::open(files.database(QStringLiteral("empty.sqlite")), false);
    local->setSession(Session::user(7, QStringLiteral("guest"), QStringLiteral("Guest"), UserRole::Viewer));
    EXPECT_EQ(errorOf([&] { DatabaseCopy::copy(*local, *empty); }), Error::Kind::Permission);
    EXPECT_EQ(Sql::scalar(empty->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 0);
}

}  // namespace
