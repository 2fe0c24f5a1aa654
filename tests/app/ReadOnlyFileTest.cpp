// Issue #23: a database file, or the folder it is in, that its user may not write is opened for
// reading with a message that says so — never called damaged, never given a -wal or -shm that
// would later stand in the way of its owner — and nothing is saved into it.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include "ProgramRun.h"
#include "TestFiles.h"

using isms::test::run;
using isms::test::RunResult;
using isms::test::runUnprivileged;
using isms::test::TestFiles;

namespace {

constexpr auto kReadable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto kFolderOpen = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                             QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                             QFile::ExeOther;
constexpr auto kFolderShut = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr auto kEveryone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                           QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                           QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray digest(const QString& file) {
    return QCryptographicHash::hash(TestFiles::read(file), QCryptographicHash::Sha256).toHex();
}

class ReadOnlyFile : public ::testing::Test {
protected:
    void SetUp() override {
        // Whoever runs the program must reach the files (as root, that is nobody).
        ASSERT_TRUE(QFile::setPermissions(files.path(QString()), kEveryone));
        ASSERT_TRUE(QDir().mkpath(config()));
        ASSERT_TRUE(QFile::setPermissions(config(), kEveryone));
        ASSERT_TRUE(QDir().mkpath(folder()));
        ASSERT_TRUE(QFile::setPermissions(folder(), kEveryone));
        ASSERT_EQ(run({QStringLiteral("--database"), database(), QStringLiteral("show"),
                       QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                      .exitCode,
                  0);
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            ASSERT_FALSE(QFile::exists(database() + suffix));
        }
        ASSERT_TRUE(
            QFile::setPermissions(database(), kReadable | QFile::WriteOwner | QFile::WriteOther));
    }

    QString config() const { return files.path(QStringLiteral("config")); }
    QString folder() const { return files.path(QStringLiteral("records")); }
    QString database() const { return folder() + QStringLiteral("/isms.sqlite"); }

    RunResult as(const QStringList& arguments) {
        return runUnprivileged(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--database"), database()} +
                                   arguments,
                               config());
    }

    // Reads work; every change is refused with the reason, and the file is as it was with
    // nothing beside it.
    void expectReadOnly(const QString& reason) {
        const QByteArray before = digest(database());
        RunResult r =
            as({QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("資通安全"))) << r.out.toStdString();
        r = as({QStringLiteral("check")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Database is sound."))) << r.out.toStdString();
        EXPECT_FALSE((r.out + r.err).contains(QStringLiteral("damaged")));
        r = as({QStringLiteral("users"), QStringLiteral("list")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("admin")));
        r = as({QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
                QStringLiteral("--out"), config() + QStringLiteral("/copy.pdf")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QStringList& change :
             {QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                          QStringLiteral("--role"), QStringLiteral("viewer")},
              QStringList{QStringLiteral("export"), QStringLiteral("policy"),
                          QStringLiteral("ISMS-01-01"), QStringLiteral("--out"),
                          config() + QStringLiteral("/controlled.pdf"), QStringLiteral("--copy"),
                          QStringLiteral("7")},
              QStringList{QStringLiteral("record"), QStringLiteral("drill"),
                          QStringLiteral("--year"), QStringLiteral("2025"),
                          QStringLiteral("--half"), QStringLiteral("1"), QStringLiteral("--date"),
                          QStringLiteral("2025-03-03"), QStringLiteral("--sent"),
                          QStringLiteral("10"), QStringLiteral("--opened"), QStringLiteral("2"),
                          QStringLiteral("--clicked"), QStringLiteral("1")}}) {
            r = as(change);
            EXPECT_EQ(r.exitCode, 3)
                << change.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(reason)) << r.err.toStdString();
            EXPECT_FALSE(r.err.contains(QStringLiteral("damaged")));
        }
        EXPECT_FALSE(QFile::exists(config() + QStringLiteral("/controlled.pdf")));
        EXPECT_EQ(digest(database()), before);
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            EXPECT_FALSE(QFile::exists(database() + suffix)) << suffix.toStdString();
        }
    }

    TestFiles files;
};

}  // namespace

TEST_F(ReadOnlyFile, AReadOnlyFileIsReadAndItsOwnerCanWriteItAgainLater) {
    ASSERT_TRUE(QFile::setPermissions(database(), kReadable));
    expectReadOnly(QStringLiteral(
        "is a read-only file: it is open for reading, and nothing can be saved into it"));
    // Writable again, the same user saves into it: nothing was left beside it in the way.
    ASSERT_TRUE(
        QFile::setPermissions(database(), kReadable | QFile::WriteOwner | QFile::WriteOther));
    const RunResult r =
        as({QStringLiteral("record"), QStringLiteral("drill"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--half"), QStringLiteral("1"),
            QStringLiteral("--date"), QStringLiteral("2025-03-03"), QStringLiteral("--sent"),
            QStringLiteral("10"), QStringLiteral("--opened"), QStringLiteral("2"),
            QStringLiteral("--clicked"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(ReadOnlyFile, AFileInAReadOnlyFolderIsReadAndNotCalledDamaged) {
    ASSERT_TRUE(QFile::setPermissions(folder(), kFolderShut));
    expectReadOnly(QStringLiteral(
        "is in a read-only folder: it is open for reading, and nothing can be saved into it"));
    ASSERT_TRUE(QFile::setPermissions(folder(), kFolderOpen | QFile::WriteOther));
}

TEST_F(ReadOnlyFile, NoNewDatabaseIsStartedInAReadOnlyFolder) {
    ASSERT_TRUE(QFile::setPermissions(folder(), kFolderShut));
    const QString fresh = folder() + QStringLiteral("/new.sqlite");
    const RunResult r = runUnprivileged(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), fresh,
         QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")},
        config());
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("its folder is read-only"))) << r.err.toStdString();
    EXPECT_EQ(QDir(folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("isms.sqlite")});
    ASSERT_TRUE(QFile::setPermissions(folder(), kFolderOpen | QFile::WriteOther));
}
