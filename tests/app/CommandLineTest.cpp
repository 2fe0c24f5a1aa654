#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "PdfText.h"
#include "ProgramRun.h"
#include "TestFiles.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using isms::test::kPassword;
using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

TEST(CommandLine, ShowPolicyPrintsTheSeedWithDerivedNumbers) {
    TestFiles files;
    const RunResult r =
        run({QStringLiteral("--database"), files.path(QStringLiteral("c.sqlite")),
             QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    EXPECT_EQ(lines.value(0), QStringLiteral("高雄市政府民政局"));
    EXPECT_EQ(lines.value(1), QStringLiteral("Civil Affairs Bureau, Kaohsiung City Government"));
    EXPECT_EQ(lines.value(2), QStringLiteral("暨所屬機關 資通安全管理制度 政策"));
    EXPECT_TRUE(
        lines.contains(QStringLiteral("安全等級：□公開資訊 ■內部使用 □敏感資訊 □機密資訊")));
    EXPECT_TRUE(lines.contains(QStringLiteral("文件編號：ISMS-01-01")));
    EXPECT_TRUE(lines.contains(QStringLiteral("版本編號：2.0")));
    EXPECT_TRUE(lines.contains(QStringLiteral("生效日期：114年9月11日")));
    EXPECT_TRUE(lines.contains(QStringLiteral("壹、目的")));
    EXPECT_TRUE(lines.contains(QStringLiteral("一、資通安全管理法。")));
    EXPECT_TRUE(lines.contains(QStringLiteral("(一)資通安全政策：")));
    EXPECT_TRUE(lines.contains(QStringLiteral("落實日常維運、確保服務可用")));
    EXPECT_TRUE(lines.contains(QStringLiteral("8. 確保每半年一次社交工程演練成績為合格。")));
    EXPECT_TRUE(lines.contains(QStringLiteral("伍、政策之評估及檢討")));
    EXPECT_FALSE(r.out.contains(QStringLiteral(".....")));  // no table of contents
    // Which version this is goes to standard error: the output is the document alone.
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("ISMS-01-01: version 2.0 is in force."))
        << r.err.toStdString();
}

TEST(CommandLine, DefaultDatabaseIsCreatedWithTheDemoContent) {
    TestFiles files;
    const QByteArray home = files.path(QStringLiteral("home")).toUtf8();
    const RunResult r =
        run({QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01")}, home);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(files.path(QStringLiteral("home/isms-desk/isms-desk.sqlite"))));
}

TEST(CommandLine, ImportThenShowTheNewVersion) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("i.sqlite"));
    const QString policy = files.write(
        QStringLiteral("other.txt"),
        "某機關\n資訊安全政策\n文件編號：OTHER-01\n版本編號：1.0\n生效日期：113年1月2日\n\n"
        "壹、目的\n\n確保資訊安全。\n\n貳、目標\n\n一、每年演練一次。\n");
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("--no-demo"),
                       QStringLiteral("import"), QStringLiteral("policy"), policy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("OTHER-01"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Sections: 3, objectives: 1,")))
        << r.out.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("OTHER-01"), QStringLiteral("--version"), QStringLiteral("1.0")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("貳、目標\n一、每年演練一次。\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("生效日期：113年1月2日")));
    // Another document code and version on the command line.
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             policy, QStringLiteral("--document"), QStringLiteral("OTHER-02"),
             QStringLiteral("--version"), QStringLiteral("3.0")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("OTHER-02")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("版本編號：3.0")));
}

TEST(CommandLine, FailuresExitNonZeroWithOneLineReasons) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("f.sqlite"));
    const QString empty = files.write(QStringLiteral("empty.txt"), QByteArray());
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("import"),
                       QStringLiteral("policy"), empty});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("The policy file is empty."));
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             files.path(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Cannot read")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("NOPE")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("There is no document NOPE."));
    r = run({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("--bogus-option")});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, RefusedDatabaseExitsThreeAndIsNotTouched) {
    TestFiles files;
    const QByteArray content = "plain text, not a database\n";
    const QString bad = files.write(QStringLiteral("bad.sqlite"), content);
    const RunResult r = run({QStringLiteral("--database"), bad, QStringLiteral("show"),
                             QStringLiteral("policy"), QStringLiteral("X")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not an ISMS Desk database")));
    EXPECT_EQ(TestFiles::read(bad), content);
}

TEST(CommandLine, CheckFindsATamperedAuditTrail) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("chk.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("check")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("entries chain on one from another")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Audit trail head: ")));
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        c.setDatabaseName(db);
        ASSERT_TRUE(c.open());
        ASSERT_TRUE(QSqlQuery(c).exec(
            QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 10")));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("broken at entry 10"))) << r.out.toStdString();
}

TEST(CommandLine, HelpAndTraditionalChinese) {
    RunResult r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("show policy CODE")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("--database")));
    TestFiles files;
    r = run({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--database"),
             files.path(QStringLiteral("zh.sqlite")), QStringLiteral("show"),
             QStringLiteral("policy"), QStringLiteral("NOPE")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("沒有文件 NOPE。"));
}

TEST(CommandLine, ChangingDataNeedsTheRightPassword) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("p.sqlite"));
    const QString policy = files.write(QStringLiteral("p.txt"),
                                       "文件編號：P-1\n版本編號：1.0\n\n壹、目的\n\n內容。\n");
    // Reading needs no password and sets up no administrator.
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("show"),
                       QStringLiteral("policy"), QStringLiteral("ISMS-01-01")},
                      {}, QString());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             policy},
            {}, QString());
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ISMS_DESK_PASSWORD"))) << r.err.toStdString();
    // The first password given makes the administrator (here: the default user admin).
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             policy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             policy, QStringLiteral("--version"), QStringLiteral("1.1")},
            {}, QStringLiteral("wrong password!"));
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("Wrong user name or password."));
    // A viewer may read but not change.
    {
        auto database = isms::core::Database::open(db);
        isms::core::UserService users(*database);
        users.signIn(QStringLiteral("admin"), kPassword);
        users.createUser(QStringLiteral("reader"), QStringLiteral("閱覽者"),
                         isms::core::UserRole::Viewer, QStringLiteral("reader password"));
    }
    r = run({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("reader"),
             QStringLiteral("import"), QStringLiteral("policy"), policy,
             QStringLiteral("--version"), QStringLiteral("1.1")},
            {}, QStringLiteral("reader password"));
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QStringLiteral("may not change policy documents")))
        << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("reader"),
             QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("P-1")},
            {}, QStringLiteral("reader password"));
    EXPECT_EQ(r.exitCode, 0);
}

TEST(CommandLine, BackupAndRestoreRoundTrip) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("live.sqlite"));
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("backup"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("SHA-256"))) << r.out.toStdString();
    // A change after the backup…
    const QString policy = files.write(QStringLiteral("p.txt"),
                                       "文件編號：LATER\n版本編號：1.0\n\n壹、目的\n\n內容。\n");
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("import"),
                   QStringLiteral("policy"), policy})
                  .exitCode,
              0);
    // …is gone after the restore, and the replaced database is kept aside.
    r = run({QStringLiteral("--database"), db, QStringLiteral("restore"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("LATER")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList aside =
        QDir(files.path(QString()))
            .entryList({QStringLiteral("live.sqlite.replaced-*")}, QDir::Files);
    ASSERT_FALSE(aside.isEmpty());
    auto kept = isms::core::Database::openReadOnly(files.path(aside.first()));
    EXPECT_EQ(isms::core::Sql::scalar(
                  kept->connection(),
                  QStringLiteral("SELECT COUNT(*) FROM documents WHERE code = 'LATER'"))
                  .toInt(),
              1);
    r = run({QStringLiteral("--database"), db, QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
}

TEST(CommandLine, ACorruptBackupIsRefusedAndNothingIsReplaced) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("live.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    const QString junk = files.write(QStringLiteral("junk.sqlite"), QByteArray(8192, 'x'));
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("restore"), junk});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not an ISMS Desk database"))) << r.err.toStdString();
    EXPECT_TRUE(QDir(files.path(QString()))
                    .entryList({QStringLiteral("live.sqlite.replaced-*")})
                    .isEmpty());
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
}

TEST(CommandLine, ExportThePlanAndTheObjectiveReport) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("r.sqlite"));
    const QString year = QString::number(QDate::currentDate().year());  // the demo's sample year
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
                       QStringLiteral("action-plan"), QStringLiteral("--year"), year,
                       QStringLiteral("--out"), files.path(QStringLiteral("plan.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("8 rows"))) << r.out.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("objectives"), QStringLiteral("--out"),
             files.path(QStringLiteral("objectives.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(TestFiles::read(files.path(QStringLiteral("objectives.pdf"))).startsWith("%PDF-"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("objectives"), QStringLiteral("--out"),
             files.path(QStringLiteral("objectives.txt"))});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("--year"), QStringLiteral("115"), QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 2);  // ROC years are not taken for Gregorian ones
}

TEST(CommandLine, ExportTheReviewSchedule) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("s.sqlite"));
    RunResult r =
        run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("review-schedule"), QStringLiteral("--from"),
             QStringLiteral("2000-01-01"), QStringLiteral("--to"), QStringLiteral("2100-12-31"),
             QStringLiteral("--out"), files.path(QStringLiteral("s.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The 4 cycles: the demo's objectives are all computed or fed by drills, and record themselves.
    EXPECT_TRUE(r.out.contains(QStringLiteral("4 rows"))) << r.out.toStdString();
    const QString csv = QString::fromUtf8(TestFiles::read(files.path(QStringLiteral("s.csv"))));
    EXPECT_TRUE(csv.contains(QStringLiteral("ISMS-01-01 審查")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("review-schedule"), QStringLiteral("--out"),
             files.path(QStringLiteral("s.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(TestFiles::read(files.path(QStringLiteral("s.pdf"))).startsWith("%PDF-"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("review-schedule"), QStringLiteral("--from"),
             QStringLiteral("yesterday"), QStringLiteral("--out"),
             files.path(QStringLiteral("x.csv"))});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, ExportAMeetingPack) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("p.sqlite"));
    const QString pdf = files.path(QStringLiteral("pack.pdf"));
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
                       QStringLiteral("meeting-pack"), QStringLiteral("--meeting"),
                       QStringLiteral("1"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(TestFiles::read(pdf).startsWith("%PDF-"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("meeting-pack"), QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 2);  // which meeting?
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("meeting-pack"), QStringLiteral("--meeting"), QStringLiteral("x"),
             QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("meeting-pack"), QStringLiteral("--meeting"), QStringLiteral("99"),
             QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST(CommandLine, ExportTheDashboard) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("d.sqlite"));
    const QString pdf = files.path(QStringLiteral("dashboard.pdf"));
    const QString year = QString::number(QDate::currentDate().year());  // the demo's sample year
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("dashboard"),
                       QStringLiteral("--year"), year, QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = isms::test::withoutSpace(isms::test::pdfText(pdf));
    EXPECT_TRUE(text.contains(isms::test::withoutSpace(QStringLiteral("Dashboard ") + year)))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("8items:Done:5;")));  // the demo's plan: five of eight done
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("dashboard"), QStringLiteral("--out"),
             files.path(QStringLiteral("d.csv"))});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, GenerateSyntheticDataIntoANewFile) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("generated.sqlite"));
    RunResult r =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("generate"),
             QStringLiteral("--scale"), QStringLiteral("0.01"), QStringLiteral("--database"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A hundredth of a decade on top of the demo: 20 people and 200 action items more.
    EXPECT_TRUE(r.out.contains(QStringLiteral("26 people"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("208 action items"))) << r.out.toStdString();
    r = run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.01"),
             QStringLiteral("--database"), db});
    EXPECT_EQ(r.exitCode, 1);  // never into an existing file
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists")) ||
                r.err.contains(QStringLiteral("已存在")))
        << r.err.toStdString();
    r = run({QStringLiteral("generate"), QStringLiteral("--database"),
             files.path(QStringLiteral("other.sqlite"))});
    EXPECT_EQ(r.exitCode, 2);
    r = run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("-1"),
             QStringLiteral("--database"), files.path(QStringLiteral("other.sqlite"))});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, ExportTheRaciMatrixAndTheAcknowledgements) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("o.sqlite"));
    const QString raciPdf = files.path(QStringLiteral("raci.pdf"));
    RunResult r =
        run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("export"), QStringLiteral("raci"), QStringLiteral("--out"), raciPdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString text = isms::test::withoutSpace(isms::test::pdfText(raciPdf));
    EXPECT_TRUE(text.contains(QStringLiteral("建立及審查資通安全政策ACRII"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("EveryactivityhasexactlyoneAandatleastoneR.")));
    const QString raciCsv = files.path(QStringLiteral("raci.csv"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("raci"),
             QStringLiteral("--out"), raciCsv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(raciCsv))
                    .contains(QStringLiteral("報告資安事件及弱點,,,I,A,R,R,\r\n")));

    const QString acksPdf = files.path(QStringLiteral("acks.pdf"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("export"), QStringLiteral("acknowledgements"),
             QStringLiteral("--document"), QStringLiteral("ISMS-01-01"), QStringLiteral("--out"),
             acksPdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = isms::test::withoutSpace(isms::test::pdfText(acksPdf));
    EXPECT_TRUE(text.contains(QStringLiteral("Acknowledgedby4of6(67%)."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("苓雅區戶政事務所黃雅婷戶籍員Full-timestaff")))
        << text.toStdString();
    const QString acksCsv = files.path(QStringLiteral("acks.csv"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("zh_TW"),
             QStringLiteral("export"), QStringLiteral("acknowledgements"),
             QStringLiteral("--document"), QStringLiteral("ISMS-01-01"),
             QStringLiteral("--version"), QStringLiteral("2.0"), QStringLiteral("--out"), acksCsv});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // In the user's words: the way it was confirmed by its label, the day in the ROC calendar.
    const QString acks = QString::fromUtf8(TestFiles::read(acksCsv));
    EXPECT_EQ(acks.count(QStringLiteral("簽到表")), 4) << acks.toStdString();
    EXPECT_FALSE(acks.contains(QStringLiteral("sign_in_sheet")));
    EXPECT_TRUE(acks.contains(QStringLiteral("單位,姓名,職稱,人員類別,確認日期,確認方式\r\n")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"),
             QStringLiteral("acknowledgements"), QStringLiteral("--out"), acksCsv});
    EXPECT_EQ(r.exitCode, 2);  // which document?
}

TEST(CommandLine, CopyADatabaseIntoANewOneAndCheckIt) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("office.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"),
                   QStringLiteral("policy"), QStringLiteral("ISMS-01-01")})
                  .exitCode,
              0);
    const QString copy = files.path(QStringLiteral("copy.sqlite"));
    RunResult r =
        run({QStringLiteral("copy"), QStringLiteral("--from"), db, QStringLiteral("--to"), copy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("the same number on both sides")))
        << r.out.toStdString();
    const QString head = r.out.section(QStringLiteral("Audit trail head: "), 1).trimmed();
    EXPECT_EQ(head.size(), 64);
    r = run({QStringLiteral("--database"), copy, QStringLiteral("check")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(head));
    r = run({QStringLiteral("--database"), copy, QStringLiteral("show"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("文件編號：ISMS-01-01")));

    // Never over an existing database, never from one that is not there, and not without the
    // password.
    const QByteArray before = TestFiles::read(copy);
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), db, QStringLiteral("--to"), copy});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already exists"))) << r.err.toStdString();
    EXPECT_EQ(TestFiles::read(copy), before);
    r = run({QStringLiteral("copy"), QStringLiteral("--from"),
             files.path(QStringLiteral("none.sqlite")), QStringLiteral("--to"),
             files.path(QStringLiteral("x.sqlite"))});
    EXPECT_EQ(r.exitCode, 3);
    const QString third = files.path(QStringLiteral("third.sqlite"));
    r = run({QStringLiteral("copy"), QStringLiteral("--from"), db, QStringLiteral("--to"), third},
            {}, QStringLiteral("wrong"));
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_FALSE(QFile::exists(third));
}

// A name beyond the BMP prints and extracts as written; a character no font has is printed as
// a visible replacement, and the command says which.
TEST(CommandLine, ExportSaysWhichCharactersNoFontHas) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("m.sqlite"));
    const QString policy = files.write(
        QStringLiteral("names.txt"),
        "某機關\n資訊安全政策\n文件編號：NAMES-01\n版本編號：1.0\n生效日期：113年1月2日\n\n"
        "壹、目的\n\n由𠮟𡘙𥕢里長\xF3\xB0\x80\x81負責。\n");
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("--no-demo"),
                       QStringLiteral("import"), QStringLiteral("policy"), policy});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString pdf = files.path(QStringLiteral("names.pdf"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("NAMES-01"),
             QStringLiteral("--version"), QStringLiteral("1.0"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("1 character no font has, printed as \uFFFD: U+F0001.")))
        << r.err.toStdString();
    EXPECT_TRUE(isms::test::withoutSpace(isms::test::pdfText(pdf))
                    .contains(QStringLiteral("由𠮟𡘙𥕢里長\uFFFD負責。")));
}
