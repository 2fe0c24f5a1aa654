// Issue #23: commands never write into a database whose audit trail is broken, and a command
// that only reads never makes an administrator for a database without accounts.
#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include "DirectSql.h"
#include "ProgramRun.h"
#include "TestFiles.h"

using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

namespace {

QVariant scalar(const QString& file, const QString& sql) {
    QVariant value;
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        c.setDatabaseName(file);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next()) value = q.value(0);
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return value;
}

void tamper(const QString& file, const QString& sql) {
    ASSERT_TRUE(isms::test::directSql(file, sql));
}

}  // namespace

TEST(CommandSafety, NothingIsWrittenIntoABrokenAuditTrail) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("broken.sqlite"));
    const QString policy = files.write(QStringLiteral("p.txt"),
                                       "文件編號：P-1\n版本編號：1.0\n\n壹、目的\n\n內容。\n");
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    tamper(db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 10"));
    const int entries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                       db, QStringLiteral("import"), QStringLiteral("policy"), policy});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is broken at entry 10: nothing is written into it")))
        << r.err.toStdString();
    EXPECT_EQ(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE code = 'P-1'")).toInt(), 0);
    const QString pdf = files.path(QStringLiteral("copy.pdf"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), pdf, QStringLiteral("--copy"),
             QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), entries);
    // Reading is still possible: the records can be looked at, and check says what is wrong.
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01")});
    EXPECT_EQ(r.exitCode, 0);
}

TEST(CommandSafety, ReadingADatabaseWithoutAccountsMakesNoAdministrator) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("empty.sqlite"));
    // Created without any account (no password in the environment).
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")},
                  {}, QString())
                  .exitCode,
              0);
    ASSERT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
    for (const QStringList& command : {QStringList{QStringLiteral("check")},
                                       QStringList{QStringLiteral("show"), QStringLiteral("policy"),
                                                   QStringLiteral("ISMS-01-01")}}) {
        const RunResult r =
            run(QStringList{QStringLiteral("--database"), db} + command);  // a password is set
        EXPECT_EQ(r.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString()
                                 << r.err.toStdString();
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0)
            << command.join(QLatin1Char(' ')).toStdString();
    }
    // A password too short for the first administrator says what it was for.
    const RunResult tooShort = run({QStringLiteral("--database"), db, QStringLiteral("backup"), files.path(QStringLiteral("x.sqlite"))},
                                   {}, QStringLiteral("short"));
    EXPECT_NE(tooShort.exitCode, 0);
    EXPECT_TRUE(tooShort.err.contains(QStringLiteral("no accounts yet")) && tooShort.err.contains(QStringLiteral("10 characters")))
        << tooShort.err.toStdString();
    // A change, as the README says, takes --user and the password as the first administrator.
    const QString copy = files.path(QStringLiteral("empty-copy.sqlite"));
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("backup"), copy}).exitCode, 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator'"))
                  .toInt(),
              1);
}
