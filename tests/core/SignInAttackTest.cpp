// Issue #23: guessing passwords must not be made easier by parallel attempts, and the answers
// must not tell which account names exist. Run against PostgreSQL too (two server sessions).
#include "ErrorOf.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include "RowVersion.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <barrier>
#include <thread>

using namespace isms::core;
using isms::test::TestFiles;

namespace {

const QString kPassword = QStringLiteral("s3cure-admin-pass");

class SignInAttack : public ::testing::Test {
protected:
    void SetUp() override {
        location = files.database(QStringLiteral("guess.sqlite"));
        db = Database::open(location);
        UserService(*db).createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("陳美玲"), kPassword);
    }
    QString messageOf(const QString& user, const QString& password, const QDateTime& at) {
        QString message;
        isms::test::errorOf([&] { UserService(*db).signIn(user, password, at); }, &message);
        return message;
    }
    // The median time of a few sign-ins that fail.
    qint64 medianMs(const QString& user) {
        QList<qint64> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            messageOf(user, QStringLiteral("a wrong password %1").arg(i), now);
            times << t.elapsed();
        }
        std::sort(times.begin(), times.end());
        return times[1];
    }

    TestFiles files;
    QString location;
    std::unique_ptr<Database> db;
    const QDateTime now{QDate(2026, 12, 2), QTime(9, 0), Qt::UTC};
};

}  // namespace

TEST_F(SignInAttack, ParallelGuessesAreEachCountedAndNoneIsTriedPastTheLock) {
    constexpr int kGuessesEach = 5;
    std::atomic<int> tried{0}, refusedByLock{0};
    std::barrier start(2);
    auto guess = [&](int who) {
        auto c = Database::open(location);
        start.arrive_and_wait();
        for (int i = 0; i < kGuessesEach; ++i) {
            QString message;
            isms::test::errorOf(
                [&] { UserService(*c).signIn(QStringLiteral("admin"), QStringLiteral("guess %1-%2").arg(who).arg(i), now); },
                &message);
            if (message.contains(QStringLiteral("Too many failed attempts"))) {
                ++refusedByLock;
            } else if (message == QStringLiteral("Wrong user name or password.")) {
                ++tried;
            }
        }
    };
    std::thread a(guess, 1), b(guess, 2);
    a.join();
    b.join();
    // The fifth failure locks the account: of ten guesses five were tried, and five counted.
    EXPECT_EQ(tried.load(), UserService::kFreeAttempts);
    EXPECT_EQ(refusedByLock.load(), 2 * kGuessesEach - UserService::kFreeAttempts);
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'admin'"))
                  .toInt(),
              UserService::kFreeAttempts);
}

TEST_F(SignInAttack, AnUnknownNameIsAnsweredAsAWrongPassword) {
    const QString unknown = messageOf(QStringLiteral("nobody"), QStringLiteral("whatever it is"), now);
    EXPECT_EQ(unknown, messageOf(QStringLiteral("admin"), QStringLiteral("whatever it is"), now));
    EXPECT_EQ(unknown, QStringLiteral("Wrong user name or password."));
    // As slow as a known name: a password hash is checked either way (today about 100 ms
    // against 1 ms without one; half is far from both).
    messageOf(QStringLiteral("nobody"), QStringLiteral("warm up"), now);
    const qint64 known = medianMs(QStringLiteral("admin"));
    const qint64 nobody = medianMs(QStringLiteral("nobody"));
    EXPECT_GE(nobody * 2, known) << "unknown " << nobody << " ms, known " << known << " ms";
}

TEST_F(SignInAttack, TheLockAndTheDisabledAccountNameNoAccount) {
    for (int i = 0; i < UserService::kFreeAttempts; ++i) messageOf(QStringLiteral("admin"), QStringLiteral("wrong"), now);
    const QString locked = messageOf(QStringLiteral("admin"), kPassword, now.addSecs(1));
    EXPECT_TRUE(locked.startsWith(QStringLiteral("Too many failed attempts"))) << locked.toStdString();
    EXPECT_FALSE(locked.contains(QStringLiteral("admin"))) << locked.toStdString();

    UserService admin(*db);
    admin.signIn(QStringLiteral("admin"), kPassword, now.addSecs(60));
    const qint64 editor = admin.createUser(QStringLiteral("editor1"), QStringLiteral("林志豪"), UserRole::Editor,
                                           QStringLiteral("editor password"));
    admin.setDisabled(editor, isms::test::rowVersion(*db, QStringLiteral("users"), editor), true);
    // A wrong password on a disabled account says no more than on any other.
    EXPECT_EQ(messageOf(QStringLiteral("editor1"), QStringLiteral("not the one"), now.addSecs(60)),
              QStringLiteral("Wrong user name or password."));
    const QString disabled = messageOf(QStringLiteral("editor1"), QStringLiteral("editor password"), now.addSecs(60));
    EXPECT_EQ(disabled, QStringLiteral("This account is disabled."));
}

TEST_F(SignInAttack, ARightPasswordWritesOnlyTheSignIn) {
    const int entries = Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    UserService(*db).signIn(QStringLiteral("admin"), kPassword, now);
    // The sign-in is an event of the trail, of no record; the account is not written to.
    EXPECT_EQ(Sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), entries + 1);
    EXPECT_EQ(Sql::scalar(db->connection(),
                          QStringLiteral("SELECT entity || ' ' || entity_id || ' ' || actor FROM audit_log "
                                         "ORDER BY id DESC LIMIT 1"))
                  .toString(),
              QStringLiteral("sessions 0 admin"));
    EXPECT_FALSE(db->inTransaction());
}
