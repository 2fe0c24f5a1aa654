#include "DemoDatabase.h"
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "security/PasswordHasher.h"
#include "services/BackupService.h"
#include "services/PolicyImporter.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include "RowVersion.h"

#include <gtest/gtest.h>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

const QString kAdminPassword = QStringLiteral("s3cure-admin-pass");

class UserServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = Database::open(files.database(QStringLiteral("users.sqlite")));
        UserService(*db).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("陳美玲"), kAdminPassword);
    }
    Error::Kind failureOf(const std::function<void()>& action, QString* message = nullptr) {
        return isms::test::errorOf(action, message);
    }
    int failedAttempts(const QString& user) {
        return Sql::scalar(db->connection(), QStringLiteral("SELECT failed_attempts FROM users WHERE username = :u"),
                           {{QStringLiteral("u"), user}})
            .toInt();
    }

    TestFiles files;
    std::unique_ptr<Database> db;
};

}  // namespace

TEST(PasswordHasher, Argon2idHashesThatVerify) {
    const QString hash = PasswordHasher::hash(QStringLiteral("密碼也可以是中文的"));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_TRUE(PasswordHasher::verify(hash, QStringLiteral("密碼也可以是中文的")));
    EXPECT_FALSE(PasswordHasher::verify(hash, QStringLiteral("密碼也可以是中文")));
    EXPECT_NE(PasswordHasher::hash(QStringLiteral("same")), PasswordHasher::hash(QStringLiteral("same")));  // salted
    EXPECT_FALSE(PasswordHasher::verify(QString(), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
}

TEST_F(UserServiceTest, PasswordsAreNeverStoredOrLoggedInClear) {
    const QString stored = Sql::scalar(db->connection(), QStringLiteral("SELECT password_hash FROM users")).toString();
    EXPECT_TRUE(stored.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_data LIKE :p "
                                                           "OR after_data LIKE :h"),
                          {{QStringLiteral("p"), QStringLiteral("%") + kAdminPassword + QStringLiteral("%")},
                           {QStringLiteral("h"), QStringLiteral("%$argon2id$%")}})
                  .toInt(),
              0);
}

TEST_F(UserServiceTest, SignInSetsTheSession) {
    EXPECT_FALSE(db->session().signedIn);
    const Session s = UserService(*db).signIn(QStringLiteral("admin"), kAdminPassword);
    EXPECT_TRUE(s.signedIn);
    EXPECT_EQ(s.role, UserRole::Administrator);
    EXPECT_EQ(s.displayName, QStringLiteral("陳美玲"));
    EXPECT_EQ(db->session().username, QStringLiteral("admin"));
    EXPECT_EQ(failureOf([&] { UserService(*db).createFirstAdministrator(QStringLiteral("x"), QStringLiteral("X"), kAdminPassword); }),
              Error::Kind::Refused);
}

TEST_F(UserServiceTest, WrongPasswordsLockTheAccountForGrowingTimes) {
    UserService users(*db);
    const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 1; i <= 4; ++i) {
        EXPECT_EQ(failureOf([&] { users.signIn(QStringLiteral("admin"), QStringLiteral("wrong"), t0); }), Error::Kind::Permission);
    }
    // Four failures: no wait yet; the right password still works and clears the count.
    users.signIn(QStringLiteral("admin"), kAdminPassword, t0);
    EXPECT_EQ(failedAttempts(QStringLiteral("admin")), 0);
    for (int i = 1; i <= 5; ++i) failureOf([&] { users.signIn(QStringLiteral("admin"), QStringLiteral("wrong"), t0); });
    // The fifth failure locks for 30 s — even the right password is refused until then.
    QString message;
    EXPECT_EQ(failureOf([&] { users.signIn(QStringLiteral("admin"), kAdminPassword, t0.addSecs(29)); }, &message),
              Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("Too many failed attempts"))) << message.toStdString();
    EXPECT_EQ(failedAttempts(QStringLiteral("admin")), 5);  // a refused attempt while locked counts nothing
    // After the wait one more wrong password locks for 60 s.
    failureOf([&] { users.signIn(QStringLiteral("admin"), QStringLiteral("wrong"), t0.addSecs(30)); });
    EXPECT_EQ(failureOf([&] { users.signIn(QStringLiteral("admin"), kAdminPassword, t0.addSecs(89)); }), Error::Kind::Permission);
    users.signIn(QStringLiteral("admin"), kAdminPassword, t0.addSecs(90));
    EXPECT_EQ(failedAttempts(QStringLiteral("admin")), 0);
}

TEST(UserService, LockoutGrowsAndIsCapped) {
    EXPECT_EQ(UserService::lockoutSeconds(4), 0);
    EXPECT_EQ(UserService::lockoutSeconds(5), 30);
    EXPECT_EQ(UserService::lockoutSeconds(6), 60);
    EXPECT_EQ(UserService::lockoutSeconds(7), 120);
    EXPECT_EQ(UserService::lockoutSeconds(50), 3600);
}

TEST_F(UserServiceTest, AdministratorsManageAccounts) {
    UserService users(*db);
    users.signIn(QStringLiteral("admin"), kAdminPassword);
    const qint64 editor = users.createUser(QStringLiteral("editor1"), QStringLiteral("林志豪"), UserRole::Editor,
                                           QStringLiteral("editor password"));
    EXPECT_EQ(failureOf([&] { users.createUser(QStringLiteral("editor1"), QStringLiteral("X"), UserRole::Viewer,
                                                QStringLiteral("long enough pw")); }),
              Error::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { users.createUser(QStringLiteral("short"), QStringLiteral("X"), UserRole::Viewer,
                                                QStringLiteral("tooshort")); }),
              Error::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { users.createUser(QStringLiteral("bad name"), QStringLiteral("X"), UserRole::Viewer,
                                                QStringLiteral("long enough pw")); }),
              Error::Kind::Invalid);
    users.setDisabled(editor, isms::test::rowVersion(*db, QStringLiteral("users"), editor), true);
    QString message;
    EXPECT_EQ(failureOf([&] { UserService(*db).signIn(QStringLiteral("editor1"), QStringLiteral("editor password")); }, &message),
              Error::Kind::Permission);
    EXPECT_TRUE(message.contains(QStringLiteral("disabled")));
    users.signIn(QStringLiteral("admin"), kAdminPassword);
    users.setDisabled(editor, isms::test::rowVersion(*db, QStringLiteral("users"), editor), false);
    users.resetPassword(editor, isms::test::rowVersion(*db, QStringLiteral("users"), editor), QStringLiteral("a new password"));
    EXPECT_EQ(UserService(*db).signIn(QStringLiteral("editor1"), QStringLiteral("a new password")).role, UserRole::Editor);
}

TEST_F(UserServiceTest, TheLastAdministratorStays) {
    UserService users(*db);
    const Session admin = users.signIn(QStringLiteral("admin"), kAdminPassword);
    EXPECT_EQ(failureOf([&] { users.setDisabled(admin.userId, isms::test::rowVersion(*db, QStringLiteral("users"), admin.userId), true); }), Error::Kind::Invalid);
    EXPECT_EQ(failureOf([&] { users.setRole(admin.userId, isms::test::rowVersion(*db, QStringLiteral("users"), admin.userId), UserRole::Viewer); }), Error::Kind::Invalid);
}

TEST_F(UserServiceTest, UsersChangeTheirOwnPassword) {
    UserService users(*db);
    users.signIn(QStringLiteral("admin"), kAdminPassword);
    users.createUser(QStringLiteral("viewer1"), QStringLiteral("黃雅婷"), UserRole::Viewer, QStringLiteral("viewer password"));
    users.signIn(QStringLiteral("viewer1"), QStringLiteral("viewer password"));
    EXPECT_EQ(failureOf([&] { users.changeOwnPassword(QStringLiteral("not it"), QStringLiteral("brand new password")); }),
              Error::Kind::Permission);
    EXPECT_EQ(failureOf([&] { users.changeOwnPassword(QStringLiteral("viewer password"), QStringLiteral("short")); }),
              Error::Kind::Invalid);
    users.changeOwnPassword(QStringLiteral("viewer password"), QStringLiteral("brand new password"));
    EXPECT_EQ(db->session().username, QStringLiteral("viewer1"));  // still signed in as themself
    EXPECT_NO_THROW(UserService(*db).signIn(QStringLiteral("viewer1"), QStringLiteral("brand new password")));
}

TEST_F(UserServiceTest, EveryServiceRefusesAViewer) {
    UserService users(*db);
    users.signIn(QStringLiteral("admin"), kAdminPassword);
    users.createUser(QStringLiteral("viewer1"), QStringLiteral("黃雅婷"), UserRole::Viewer, QStringLiteral("viewer password"));
    users.signIn(QStringLiteral("viewer1"), QStringLiteral("viewer password"));
    const QString policy = files.write(QStringLiteral("p.txt"), "文件編號：V-1\n版本編號：1.0\n\n壹、目的\n\n內容。\n");
    EXPECT_EQ(failureOf([&] { PolicyImporter(*db).importFile(policy); }), Error::Kind::Permission);
    EXPECT_EQ(failureOf([&] { users.createUser(QStringLiteral("x1"), QStringLiteral("X"), UserRole::Administrator,
                                                QStringLiteral("long enough pw")); }),
              Error::Kind::Permission);
    EXPECT_EQ(failureOf([&] { users.resetPassword(1, isms::test::rowVersion(*db, QStringLiteral("users"), 1), QStringLiteral("long enough pw")); }), Error::Kind::Permission);
    EXPECT_EQ(failureOf([&] { users.setDisabled(1, isms::test::rowVersion(*db, QStringLiteral("users"), 1), true); }), Error::Kind::Permission);
    EXPECT_EQ(failureOf([&] { BackupService(*db).backup(files.path(QStringLiteral("b.sqlite"))); }), Error::Kind::Permission);
    EXPECT_FALSE(QFile::exists(files.path(QStringLiteral("b.sqlite"))));
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(), 0);
}
