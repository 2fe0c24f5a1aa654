// Issue #10: on the server the program's permissions hold outside the program too. A login in
// the viewer group reads but changes nothing, whatever client it uses; the audit log is
// append-only for every group; an account row is seen only by its own login and by
// administrators. On a file there are no server roles: the file system guards it.
#include <gtest/gtest.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "services/PeopleService.h"
#include "services/PolicyService.h"
#include "services/UserService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"
#include "storage/Sql.h"

using namespace isms::core;
using isms::test::errorOf;
using isms::test::TestFiles;

namespace {

// A server login made a member of a group, as the server's administrator would with psql.
QString makeLogin(Database& owner, const QString& group) {
    static QAtomicInt counter;
    const QString login = QStringLiteral("login_%1_%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(counter.fetchAndAddRelaxed(1));
    Sql::execDirect(
        owner.connection(),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'login-password-1' IN ROLE \"%2\"")
            .arg(login, group));
    return login;
}

// Connects as login straight to the server, as psql would, and runs one statement.
struct Raw {
    QString name;
    explicit Raw(const Database& db, const QString& login) : name(QStringLiteral("raw-") + login) {
        const ServerAddress a = ServerAddress::parse(db.path());
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(a.host);
        c.setPort(a.port);
        c.setDatabaseName(a.database);
        c.setUserName(login);
        c.setPassword(QStringLiteral("login-password-1"));
        EXPECT_TRUE(c.open()) << c.lastError().text().toStdString();
    }
    ~Raw() {
        { QSqlDatabase::database(name, false).close(); }
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString& sql) const {
        return QSqlQuery(QSqlDatabase::database(name, false)).exec(sql);
    }
    int count(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(name, false));
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
};

}  // namespace

TEST(ServerRoles, ThePermissionsHoldOutsideTheProgram) {
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("roles.sqlite")), 2025);
    if (db->engine() == Database::Engine::SQLite) {
        EXPECT_EQ(errorOf([&] { ServerRoles::apply(*db); }), Error::Kind::Invalid);
        return;
    }
    db->setSession(
        Session::user(9, QStringLiteral("chen"), QStringLiteral("陳"), UserRole::Editor));
    EXPECT_EQ(errorOf([&] { ServerRoles::apply(*db); }), Error::Kind::Permission);
    db->setSession(isms::test::administrator(QStringLiteral("test")));
    const QStringList groups = ServerRoles::apply(*db);
    ASSERT_EQ(groups.size(), 5);
    EXPECT_EQ(ServerRoles::apply(*db), groups);  // again: nothing new, nothing lost

    const QString viewer = makeLogin(*db, ServerRoles::groupRole(*db, UserRole::Viewer));
    const QString editor = makeLogin(*db, ServerRoles::groupRole(*db, UserRole::Editor));
    const int people =
        Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM people")).toInt();
    {
        const Raw psql(*db, viewer);
        EXPECT_EQ(psql.count(QStringLiteral("SELECT COUNT(*) FROM people")), people);
        EXPECT_FALSE(psql.exec(QStringLiteral("UPDATE people SET name = 'x'")));
        EXPECT_FALSE(psql.exec(QStringLiteral("INSERT INTO org_units (name) VALUES ('x')")));
        EXPECT_FALSE(psql.exec(QStringLiteral("DELETE FROM audit_log")));
        EXPECT_EQ(psql.count(QStringLiteral("SELECT COUNT(*) FROM users")),
                  0);  // nobody else's password hash
    }
    {
        const Raw psql(*db, editor);
        EXPECT_TRUE(psql.exec(QStringLiteral("UPDATE people SET notes = notes")));
        EXPECT_FALSE(psql.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        EXPECT_FALSE(psql.exec(QStringLiteral("DELETE FROM audit_log")));
        EXPECT_FALSE(psql.exec(QStringLiteral(
            "INSERT INTO approvals (version_id, approver_name, approver_role, approved_at, "
            "fingerprint) SELECT id, 'x', 'x', 'x', 'x' FROM document_versions LIMIT 1")));
        EXPECT_FALSE(psql.exec(QStringLiteral("UPDATE users SET role = 'administrator'")) &&
                     psql.count(QStringLiteral(
                         "SELECT COUNT(*) FROM users WHERE role = 'administrator'")) > 0);
    }
    EXPECT_TRUE(AuditLog(*db).verify().intact);

    // The program itself, connected as the editor's login: its account is the login's own
    // (signing in counts a wrong password), and it changes records and appends to the log.
    UserService(*db).createUser(editor, QStringLiteral("林編輯"), UserRole::Editor,
                                QStringLiteral("app-password-1"));
    UserService(*db).createUser(QStringLiteral("someone"), QStringLiteral("某人"),
                                UserRole::Administrator, QStringLiteral("app-password-2"));
    ServerAddress asEditor = ServerAddress::parse(db->path());
    asEditor.user = editor;
    auto client = Database::open(asEditor.toString(), Database::Check::Full,
                                 QStringLiteral("login-password-1"));
    EXPECT_EQ(
        Sql::scalar(client->connection(), QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    EXPECT_EQ(
        errorOf([&] { UserService(*client).signIn(editor, QStringLiteral("wrong-password")); }),
        Error::Kind::Permission);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT failed_attempts FROM users WHERE username = :u"),
                          {{QStringLiteral("u"), editor}})
                  .toInt(),
              1);
    EXPECT_NE(errorOf([&] {
                  UserService(*client).signIn(QStringLiteral("someone"),
                                              QStringLiteral("app-password-2"));
              }),
              Error::Kind::Storage);  // refused as unknown, not as a failed statement
    client->setSession(UserService(*client).signIn(editor, QStringLiteral("app-password-1")));
    PeopleService::Person person;
    person.name = QStringLiteral("新進同仁");
    EXPECT_GT(PeopleService(*client).add(person), 0);
    EXPECT_TRUE(AuditLog(*client).verify().intact);

    // A revision through the program as each role's own login: the editor drafts and submits it,
    // the chair approves and publishes it, which makes its objective items its objectives.
    PolicyService drafts(*client);
    const qint64 current = PolicyRepository(*client).find(QStringLiteral("ISMS-01-01")).id;
    const qint64 draft =
        drafts.newVersion(current, QStringLiteral("2.1"), QStringLiteral("年度修訂"));
    const auto rowVersion = [&](qint64 id) {
        return Sql::scalar(
                   db->connection(),
                   QStringLiteral("SELECT row_version FROM document_versions WHERE id = :id"),
                   {{QStringLiteral("id"), id}})
            .toInt();
    };
    drafts.setEffectiveDate(draft, rowVersion(draft), QDate(2027, 1, 1));
    drafts.submitForReview(draft, rowVersion(draft));
    const QString chair = makeLogin(*db, ServerRoles::groupRole(*db, UserRole::Chair));
    UserService(*db).createUser(chair, QStringLiteral("王主委"), UserRole::Chair,
                                QStringLiteral("app-password-3"));
    ServerAddress asChair = ServerAddress::parse(db->path());
    asChair.user = chair;
    auto chairClient = Database::open(asChair.toString(), Database::Check::Full,
                                      QStringLiteral("login-password-1"));
    chairClient->setSession(
        UserService(*chairClient).signIn(chair, QStringLiteral("app-password-3")));
    PolicyService decisions(*chairClient);
    decisions.approve(draft, rowVersion(draft), decisions.fingerprint(draft),
                      QStringLiteral("主任委員"), QStringLiteral("app-password-3"));
    decisions.publish(draft, rowVersion(draft));
    // The server grants the program's rule (WriteRules): a chair moves a version's status, and
    // may not change its dates or text behind the program.
    EXPECT_THROW(
        Sql::run(chairClient->connection(),
                 QStringLiteral(
                     "UPDATE document_versions SET effective_date = '2030-01-01' WHERE id = :v"),
                 {{QStringLiteral("v"), draft}}),
        Error);
    EXPECT_EQ(
        Sql::scalar(db->connection(),
                    QStringLiteral("SELECT COUNT(*) FROM objective_wordings WHERE version_id = :v"),
                    {{QStringLiteral("v"), draft}})
            .toInt(),
        8);
    EXPECT_TRUE(AuditLog(*db).verify().intact);
}
