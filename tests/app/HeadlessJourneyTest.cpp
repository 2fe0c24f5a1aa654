#include "Administrator.h"
#include "ByHand.h"
#include "ProgramRun.h"
#include "storage/Database.h"
#include "PdfText.h"
#include "TestFiles.h"

#include <QDate>

#include <gtest/gtest.h>

using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

namespace {

const QString kEditorPassword = QStringLiteral("editor's long password");
const QString kChairPassword = QStringLiteral("chair's long password");

class HeadlessJourney : public ::testing::Test {
protected:
    void SetUp() override {
        db = files.path(QStringLiteral("year.sqlite"));
        // The administrator comes with the new database.
        ASSERT_EQ(as(QStringLiteral("admin"), isms::test::kPassword, {QStringLiteral("show"), QStringLiteral("policy"), code})
                      .exitCode,
                  0);
    }
    RunResult as(const QString& user, const QString& password, const QStringList& command,
                 const QHash<QString, QString>& env = {}) {
        return run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db,
                               QStringLiteral("--user"), user} +
                       command,
                   {}, password, env);
    }
    RunResult admin(const QStringList& command, const QHash<QString, QString>& env = {}) {
        return as(QStringLiteral("admin"), isms::test::kPassword, command, env);
    }
    RunResult editor(const QStringList& command) { return as(QStringLiteral("editor1"), kEditorPassword, command); }
    RunResult chair(const QStringList& command) { return as(QStringLiteral("chair1"), kChairPassword, command); }
    static QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

    TestFiles files;
    QString db;
    const QString code = QStringLiteral("ISMS-01-01");
};

}  // namespace

// The year's cycle as an administrator scripts it: accounts in bulk, a revision through review,
// approval and publication ahead of its date, and the records of the year, each step signed in
// and refused to a role that may not take it.
TEST_F(HeadlessJourney, AccountsARevisionAndTheYearsRecords) {
    const QString tomorrow = iso(QDate::currentDate().addDays(1));
    RunResult r = admin({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("editor1"), QStringLiteral("--role"),
                         QStringLiteral("editor"), QStringLiteral("--person"), QStringLiteral("林文書")},
                        {{QStringLiteral("ISMS_DESK_NEW_PASSWORD"), kEditorPassword}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = admin({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("chair1"), QStringLiteral("--role"),
               QStringLiteral("chair")},
              {{QStringLiteral("ISMS_DESK_NEW_PASSWORD"), kChairPassword}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A password is never an argument; without one (no variable, no terminal) nothing is made.
    r = admin({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"),
               QStringLiteral("editor"), QStringLiteral("--password"), QStringLiteral("secret")});
    EXPECT_EQ(r.exitCode, 2);
    r = admin({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("editor")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ISMS_DESK_NEW_PASSWORD"))) << r.err.toStdString();
    r = admin({QStringLiteral("users"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("editor1")) && r.out.contains(QStringLiteral("林文書")) &&
                r.out.contains(QStringLiteral("chair1")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("x1")));
    EXPECT_EQ(editor({QStringLiteral("users"), QStringLiteral("list")}).exitCode, 4);  // the administrators' to see

    // A refused step changes nothing: an effective date before 2.0's leaves no draft behind.
    r = editor({QStringLiteral("policy"), QStringLiteral("new-version"), code, QStringLiteral("--from"), QStringLiteral("2.0"),
                QStringLiteral("--version"), QStringLiteral("2.9"), QStringLiteral("--summary"), QStringLiteral("錯誤"),
                QStringLiteral("--effective"), QStringLiteral("2020-01-01")});
    EXPECT_EQ(r.exitCode, 1);
    r = editor({QStringLiteral("policy"), QStringLiteral("submit"), code, QStringLiteral("--version"), QStringLiteral("2.9")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no version 2.9"))) << r.err.toStdString();
    EXPECT_EQ(admin({QStringLiteral("verify"), QStringLiteral("nonsense")}).exitCode, 2);

    // The revision, each step by the role whose step it is.
    r = editor({QStringLiteral("policy"), QStringLiteral("new-version"), code, QStringLiteral("--from"), QStringLiteral("2.0"),
                QStringLiteral("--version"), QStringLiteral("2.1"), QStringLiteral("--summary"), QStringLiteral("年度審查修訂"),
                QStringLiteral("--effective"), tomorrow});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(chair({QStringLiteral("policy"), QStringLiteral("submit"), code, QStringLiteral("--version"), QStringLiteral("2.1")})
                  .exitCode,
              4);
    r = editor({QStringLiteral("policy"), QStringLiteral("submit"), code, QStringLiteral("--version"), QStringLiteral("2.1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(editor({QStringLiteral("policy"), QStringLiteral("approve"), code, QStringLiteral("--version"), QStringLiteral("2.1")})
                  .exitCode,
              4);
    // A fingerprint other than the text's: refused, nothing approved.
    r = chair({QStringLiteral("policy"), QStringLiteral("approve"), code, QStringLiteral("--version"), QStringLiteral("2.1"),
               QStringLiteral("--fingerprint"), QStringLiteral("0000-0000-0000-0000")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not 0000-0000-0000-0000"))) << r.err.toStdString();
    r = chair({QStringLiteral("policy"), QStringLiteral("approve"), code, QStringLiteral("--version"), QStringLiteral("2.1"),
               QStringLiteral("--title"), QStringLiteral("主任委員")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("fingerprint"))) << r.out.toStdString();
    // Published ahead of its date, and only on the date it was approved for.
    r = chair({QStringLiteral("policy"), QStringLiteral("publish"), code, QStringLiteral("--version"), QStringLiteral("2.1"),
               QStringLiteral("--effective"), iso(QDate::currentDate().addDays(30))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("new approval"))) << r.err.toStdString();
    r = chair({QStringLiteral("policy"), QStringLiteral("publish"), code, QStringLiteral("--version"), QStringLiteral("2.1"),
               QStringLiteral("--effective"), tomorrow});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("ISMS-01-01 version 2.1: Published, takes effect on ") + tomorrow + QLatin1Char('.'));

    // Until tomorrow 2.0 is in force, and both copies say what they are.
    r = admin({QStringLiteral("show"), QStringLiteral("policy"), code});
    EXPECT_TRUE(r.err.contains(QStringLiteral("version 2.0 is in force"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Version 2.1: Published, takes effect on ") + tomorrow)) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("版本編號：2.0")) || r.out.contains(QStringLiteral("2.0")));
    const QString pdf20 = files.path(QStringLiteral("2.0.pdf"));
    const QString pdf21 = files.path(QStringLiteral("2.1.pdf"));
    ASSERT_EQ(admin({QStringLiteral("export"), QStringLiteral("policy"), code, QStringLiteral("--out"), pdf20}).exitCode, 0);
    ASSERT_EQ(admin({QStringLiteral("export"), QStringLiteral("policy"), code, QStringLiteral("--version"), QStringLiteral("2.1"),
                     QStringLiteral("--out"), pdf21})
                  .exitCode,
              0);
    r = admin({QStringLiteral("verify"), pdf21});
    EXPECT_EQ(r.exitCode, 5) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("until then version 2.0 is current"))) << r.out.toStdString();
    EXPECT_EQ(admin({QStringLiteral("verify"), pdf20}).exitCode, 0);

    // The year's records. The agency measures objective 7 by hand (switched in the window's
    // Edit indicator…; the demo computes it from the incidents) and records it from a script.
    {
        auto window = isms::core::Database::open(db);
        window->setSession(isms::test::administrator(QStringLiteral("admin")));
        isms::test::measuredByHand(*window, 7, QDate::currentDate().year());
    }
    const QDate monthStart(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    r = editor({QStringLiteral("record"), QStringLiteral("measurement"), code, QStringLiteral("--objective"), QStringLiteral("7"),
                QStringLiteral("--from"), iso(monthStart.addMonths(-1)), QStringLiteral("--to"), iso(monthStart.addDays(-1)),
                QStringLiteral("--value"), QStringLiteral("100")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Objective 6 is computed from the core systems' outages: a typed value is refused.
    r = editor({QStringLiteral("record"), QStringLiteral("measurement"), code, QStringLiteral("--objective"), QStringLiteral("6"),
                QStringLiteral("--from"), iso(monthStart.addMonths(-1)), QStringLiteral("--to"), iso(monthStart.addDays(-1)),
                QStringLiteral("--value"), QStringLiteral("99.9")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("computed from the records"))) << r.err.toStdString();
    r = editor({QStringLiteral("record"), QStringLiteral("measurement"), code, QStringLiteral("--objective"), QStringLiteral("42"),
                QStringLiteral("--from"), iso(monthStart.addMonths(-1)), QStringLiteral("--to"), iso(monthStart.addDays(-1)),
                QStringLiteral("--value"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no objective 42"))) << r.err.toStdString();
    const QDate yesterday = QDate::currentDate().addDays(-1);
    r = editor({QStringLiteral("record"), QStringLiteral("drill"), QStringLiteral("--year"), QString::number(yesterday.year()),
                QStringLiteral("--half"), QString::number(yesterday.month() <= 6 ? 1 : 2), QStringLiteral("--date"), iso(yesterday),
                QStringLiteral("--sent"), QStringLiteral("100"), QStringLiteral("--opened"), QStringLiteral("25"),
                QStringLiteral("--clicked"), QStringLiteral("9")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("failed")));
    EXPECT_EQ(as(QStringLiteral("chair1"), kChairPassword,
                 {QStringLiteral("record"), QStringLiteral("drill"), QStringLiteral("--year"), QStringLiteral("2026"),
                  QStringLiteral("--half"), QStringLiteral("3"), QStringLiteral("--date"), iso(yesterday), QStringLiteral("--sent"),
                  QStringLiteral("1"), QStringLiteral("--opened"), QStringLiteral("0"), QStringLiteral("--clicked"), QStringLiteral("0")})
                  .exitCode,
              2);  // half 3

    // The computed objectives' ended periods, for a scheduled task: an editor's, once.
    r = editor({QStringLiteral("record"), QStringLiteral("ended-periods")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = editor({QStringLiteral("record"), QStringLiteral("ended-periods")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("No ended period was waiting"))) << r.out.toStdString();
    r = as(QStringLiteral("chair1"), kChairPassword, {QStringLiteral("record"), QStringLiteral("ended-periods")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_FALSE(r.err.isEmpty());

    // The core systems' availability report, from the demo's outages (a viewer's reading too).
    const QString availability = files.path(QStringLiteral("availability.csv"));
    r = editor({QStringLiteral("export"), QStringLiteral("availability"), QStringLiteral("--out"), availability});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(TestFiles::read(availability)).contains(QStringLiteral("民政局全球資訊網")));
    EXPECT_EQ(editor({QStringLiteral("export"), QStringLiteral("availability"), QStringLiteral("--out"),
                      files.path(QStringLiteral("availability.txt"))})
                  .exitCode,
              2);  // neither PDF nor CSV
    // The training standing of the demo's year: who is short, by unit.
    const QString training = files.path(QStringLiteral("training.pdf"));
    r = editor({QStringLiteral("export"), QStringLiteral("training"), QStringLiteral("--out"), training});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString standing = isms::test::withoutSpace(isms::test::pdfText(training));
    EXPECT_TRUE(standing.contains(QStringLiteral("黃雅婷"))) << standing.left(400).toStdString();
    EXPECT_EQ(editor({QStringLiteral("export"), QStringLiteral("training"), QStringLiteral("--out"), files.path(QStringLiteral("t.csv"))})
                  .exitCode,
              2);  // a PDF only

    // An account disabled can no longer sign in.
    ASSERT_EQ(admin({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("editor1")}).exitCode, 0);
    EXPECT_EQ(editor({QStringLiteral("policy"), QStringLiteral("submit"), code, QStringLiteral("--version"), QStringLiteral("2.1")})
                  .exitCode,
              4);
}
