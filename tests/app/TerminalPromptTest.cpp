// The command line at a terminal: passwords typed by a person, not given in the environment.
#include "ProgramRun.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QProcess>

using isms::test::kPassword;
using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

namespace {
// Runs the program with arguments on a terminal of its own (script(1)), as a person at a
// console, and types answer once prompt appears; its exit code and what the terminal showed.
std::pair<int, QString> typeAtPrompt(const QStringList& arguments, const QByteArray& prompt, const QString& answer,
                                     const QStringList& unset = {QStringLiteral("ISMS_DESK_PASSWORD")}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : unset) env.remove(name);
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    QString command = QStringLiteral("'%1'").arg(QStringLiteral(ISMS_DESK_EXECUTABLE));
    for (const QString& argument : arguments) command += QStringLiteral(" '%1'").arg(argument);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QByteArray out;
    while (!out.contains(prompt) && p.waitForReadyRead(20000)) out += p.readAll();
    p.write(answer.toUtf8() + '\n');
    p.waitForFinished(60000);
    out += p.readAll();
    return {p.exitCode(), QString::fromUtf8(out)};
}
}  // namespace

TEST(CommandLine, APasswordTypedAtTheTerminalIsReadWithoutEcho) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("tty.sqlite"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
                   QStringLiteral("ISMS-01-01")}).exitCode, 0);
    const auto backup = [&](const char* file) {
        return QStringList{QStringLiteral("--database"), db, QStringLiteral("backup"), files.path(QString::fromLatin1(file))};
    };
    const auto [refused, wrong] = typeAtPrompt(backup("a.sqlite"), "Password for admin:", QStringLiteral("not-the-password"));
    EXPECT_EQ(refused, 4) << wrong.toStdString();
    const auto [code, out] = typeAtPrompt(backup("b.sqlite"), "Password for admin:", kPassword);
    EXPECT_EQ(code, 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Backed up to"))) << out.toStdString();
    EXPECT_FALSE(out.contains(kPassword));  // not echoed
}

TEST(CommandLine, AServerPasswordIsAskedForAtTheTerminal) {
    TestFiles files;
    const QString db = files.database(QStringLiteral("server.sqlite"));
    if (!TestFiles::onServer()) {
        // Without the test server: an address nobody answers at is refused with the reason.
        const RunResult r = run({QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/isms"),
                                 QStringLiteral("check")});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_TRUE(r.err.contains(QStringLiteral("127.0.0.1"))) << r.err.toStdString();
        return;
    }
    const QString serverPassword = qEnvironmentVariable("PGPASSWORD");
    // Its first administrator, with the server password still in the environment.
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("check")}).exitCode, 0);
    const QStringList unset{QStringLiteral("ISMS_DESK_PASSWORD"), QStringLiteral("PGPASSWORD")};
    const QStringList check{QStringLiteral("--database"), db, QStringLiteral("check")};
    const auto [refused, wrong] = typeAtPrompt(check, "Server password for", QStringLiteral("not-it"), unset);
    EXPECT_EQ(refused, 3) << wrong.toStdString();
    EXPECT_TRUE(wrong.contains(QStringLiteral("refused the user name or the password"))) << wrong.toStdString();
    const auto [code, out] = typeAtPrompt(check, "Server password for", serverPassword, unset);
    EXPECT_EQ(code, 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Database is sound."))) << out.toStdString();
    EXPECT_FALSE(out.contains(serverPassword));
}
