// The reference pages come from the command registry: --help, the man pages and the README's
// table must list the same commands, and every command must take what its syntax names, no more.
#include "ProgramRun.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

namespace {

QString readText(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The command syntaxes --help lists: each is indented two spaces, its explanation six.
QStringList helpCommands(const QString& help) {
    QStringList out;
    const QStringList lines = help.split(QLatin1Char('\n'));
    const int start = lines.indexOf(QRegularExpression(QStringLiteral("^Commands.*:$")));
    for (int i = start + 1; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith(QStringLiteral("  ")) && !lines[i].startsWith(QStringLiteral("   ")) &&
            lines[i + 1].startsWith(QStringLiteral("      "))) {
            out << lines[i].trimmed();
        }
    }
    return out;
}

// What a reader of the man page sees of a troff line.
QString untroff(QString text) {
    return text.replace(QStringLiteral("\\-"), QStringLiteral("-"))
        .replace(QStringLiteral("\\fB"), QString())
        .replace(QStringLiteral("\\fI"), QString())
        .replace(QStringLiteral("\\fR"), QString())
        .replace(QStringLiteral("\\e"), QStringLiteral("\\"));
}

}  // namespace

TEST(CommandReference, HelpListsEveryCommandAndTheExitCodes) {
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList commands = helpCommands(r.out);
    EXPECT_EQ(commands.size(), 31) << r.out.toStdString();  // 30 commands and --version
    EXPECT_TRUE(commands.contains(QStringLiteral("export policy CODE [--version X] --out FILE.pdf|FILE.docx|FILE.odt [--copy N [--holder NAME]]")));
    for (const QString& code : {QStringLiteral("  0  success"), QStringLiteral("  2  wrong arguments"),
                                QStringLiteral("  4  sign-in failed or the role may not do it"),
                                QStringLiteral("  5  verify: approved, not yet in force"), QStringLiteral("  7  verify: unknown copy")}) {
        EXPECT_TRUE(r.out.contains(code)) << code.toStdString();
    }
}

TEST(CommandReference, TheManPagesSayWhatHelpSays) {
    const RunResult help = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    for (const QString& page : {QStringLiteral(ISMS_MAN_PAGE_EN), QStringLiteral(ISMS_MAN_PAGE_ZH_TW)}) {
        const QString man = untroff(readText(page));
        ASSERT_FALSE(man.isEmpty()) << page.toStdString();
        for (const QString& command : helpCommands(help.out)) {
            if (command == QStringLiteral("--version")) continue;  // in the synopsis
            EXPECT_TRUE(man.contains(command)) << page.toStdString() << ": " << command.toStdString();
        }
        EXPECT_TRUE(man.contains(QStringLiteral("isms-desk --version")));
        for (const QString& option : {QStringLiteral("--database"), QStringLiteral("--out"),
                                      QStringLiteral("--meeting"), QStringLiteral("ISMS_DESK_PASSWORD")}) {
            EXPECT_TRUE(man.contains(option)) << page.toStdString() << ": " << option.toStdString();
        }
        for (int code = 0; code <= 4; ++code) {
            EXPECT_TRUE(man.contains(QStringLiteral(".B %1\n").arg(code))) << "exit code " << code;
        }
    }
    EXPECT_TRUE(readText(QStringLiteral(ISMS_MAN_PAGE_ZH_TW)).contains(QStringLiteral("結束代碼")));
    EXPECT_TRUE(readText(QStringLiteral(ISMS_MAN_PAGE_EN)).contains(QStringLiteral("EXIT STATUS")));
}

TEST(CommandReference, TheManPagesFormatWithoutWarnings) {
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty()) GTEST_SKIP() << "man is not installed";
    for (const QString& page : {QStringLiteral(ISMS_MAN_PAGE_EN), QStringLiteral(ISMS_MAN_PAGE_ZH_TW)}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(man, {QStringLiteral("--warnings"), QStringLiteral("-l"), page});
        ASSERT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitCode(), 0);
        EXPECT_EQ(QString::fromUtf8(p.readAllStandardError()), QString()) << page.toStdString();
        EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("ISMS-DESK(1)")));
    }
}

TEST(CommandReference, TheReadmeTableIsTheRegistrys) {
    const QString readme = readText(QStringLiteral(ISMS_SOURCE_DIR "/README.md"));
    const QString begin = QStringLiteral("<!-- The table is written by");
    const QString end = QStringLiteral("<!-- end of the command table -->");
    const int from = readme.indexOf(QLatin1Char('\n'), readme.indexOf(begin)) + 1;
    const int to = readme.indexOf(end);
    ASSERT_GT(from, 0);
    ASSERT_GT(to, from);
    QProcess docs;
    docs.start(QStringLiteral(ISMS_DESK_DOCS_EXECUTABLE), {QStringLiteral("readme")});
    ASSERT_TRUE(docs.waitForFinished(30000));
    EXPECT_EQ(readme.mid(from, to - from).toStdString(), docs.readAllStandardOutput().toStdString())
        << "README.md is out of date: put the output of isms-desk-docs readme between its markers";
}

TEST(CommandReference, VersionIsTheProgramsOnlyWhenAlone) {
    RunResult r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("isms-desk " ISMS_PROJECT_VERSION "\n"));
    // The AppStream release says the same version, from the same place.
    EXPECT_TRUE(readText(QStringLiteral(ISMS_METAINFO)).contains(QStringLiteral("<release version=\"" ISMS_PROJECT_VERSION "\"")));
    TestFiles files;
    const QString db = files.path(QStringLiteral("v.sqlite"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
             QStringLiteral("--version"), QStringLiteral("2.0")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("版本編號：2.0")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
             QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--version 2.0"))) << r.err.toStdString();
}

TEST(CommandReference, AnOptionTheCommandDoesNotTakeIsRefused) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("o.sqlite"));
    const QString csv = files.path(QStringLiteral("raci.csv"));
    RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db, QStringLiteral("export"),
                       QStringLiteral("raci"), QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), csv});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("export raci does not take --year. It takes: --out FILE.pdf|FILE.csv")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(csv));
    EXPECT_FALSE(QFile::exists(db));  // refused before anything was opened
    r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db, QStringLiteral("check"),
             QStringLiteral("--out"), csv});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("check does not take --out. It takes no options of its own.")))
        << r.err.toStdString();
    r = run({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--database"), db, QStringLiteral("check"),
             QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("check 不接受 --year。"))) << r.err.toStdString();
}

TEST(CommandReference, ExportPolicyWritesOnlyTheFormatsItNames) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("f.sqlite"));
    for (const QString& name : {QStringLiteral("x.doc"), QStringLiteral("x.xlsx"), QStringLiteral("x")}) {
        const QString out = files.path(name);
        const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db,
                                 QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
                                 QStringLiteral("--out"), out});
        EXPECT_EQ(r.exitCode, 2) << name.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("use --out FILE.pdf, FILE.docx or FILE.odt"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << name.toStdString();
    }
}

TEST(CommandReference, VersionWithoutAValueIsTheProgramsWhereverItStands) {
    TestFiles files;
    const QByteArray home = files.path(QStringLiteral("home")).toUtf8();
    for (const QStringList& args : {QStringList{QStringLiteral("--version"), QStringLiteral("--no-demo")},
                                    QStringList{QStringLiteral("--version"), QStringLiteral("--lang"), QStringLiteral("en")},
                                    QStringList{QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--version")}}) {
        const RunResult r = run(args, home);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.out, QStringLiteral("isms-desk " ISMS_PROJECT_VERSION "\n"));
    }
    EXPECT_FALSE(QFile::exists(files.path(QStringLiteral("home/isms-desk/isms-desk.sqlite"))));
    // A command's option without the command: said, not ignored by a window that opens.
    for (const QStringList& args : {QStringList{QStringLiteral("--version"), QStringLiteral("2.0")},
                                    QStringList{QStringLiteral("--version"), QStringLiteral("check")},
                                    QStringList{QStringLiteral("--out"), QStringLiteral("x.pdf")}}) {
        const RunResult r = run(args, home);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("goes with a command"))) << r.err.toStdString();
    }
    const RunResult help = run({QStringLiteral("--help"), QStringLiteral("--version")}, home);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("isms-desk " ISMS_PROJECT_VERSION "\n")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes:")));
}

TEST(CommandReference, WithoutADisplayTheWindowIsExplainedNotAborted) {
    TestFiles files;
    const QByteArray home = files.path(QStringLiteral("home")).toUtf8();
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en")}, home);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("There is no display"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(files.path(QStringLiteral("home/isms-desk/isms-desk.sqlite"))));
}

TEST(CommandReference, ACommandMissingItsArgumentsSaysHowToWriteIt) {
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("policy")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Write it as: isms-desk export policy CODE [--version X] --out"))) << r.err.toStdString();
    const RunResult extra = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), QStringLiteral("now")});
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(extra.err.startsWith(QStringLiteral("Write it as: isms-desk check"))) << extra.err.toStdString();
}

TEST(CommandReference, VerifyAndCheckNeverAnswerForANewDemoDatabase) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("real.sqlite"));
    const QString pdf = files.path(QStringLiteral("copy.pdf"));
    ASSERT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
                   QStringLiteral("--out"), pdf}).exitCode, 0);
    // A mistyped database would be a new demo one, which holds this very policy as in force.
    const QString typo = files.path(QStringLiteral("reall.sqlite"));
    for (const QStringList& command : {QStringList{QStringLiteral("verify"), pdf}, QStringList{QStringLiteral("check")}}) {
        const RunResult r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), typo} + command);
        EXPECT_EQ(r.exitCode, 3) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("There is no database"))) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(typo));
    }
    RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db, QStringLiteral("verify"),
                       files.path(QStringLiteral("no-such-copy.pdf"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("There is no file"))) << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("verify"), pdf});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

TEST(CommandReference, AHolderWithoutACopyNumberIsRefused) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("h.sqlite"));
    const QString pdf = files.path(QStringLiteral("h.pdf"));
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"), db, QStringLiteral("export"),
                             QStringLiteral("policy"), QStringLiteral("ISMS-01-01"), QStringLiteral("--holder"), QStringLiteral("兵役處"),
                             QStringLiteral("--out"), pdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--copy N"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(CommandReference, TheChineseHelpKeepsItsColumns) {
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0);
    const auto columns = [](const QString& text) {
        int width = 0;
        for (const QChar c : text) width += c.unicode() >= 0x2E80 ? 2 : 1;
        return width;
    };
    int options = 0;
    const QString optionsPart = r.out.left(r.out.indexOf(QStringLiteral("\n命令")));
    for (const QString& line : optionsPart.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  -"))) continue;
        ++options;
        // The explanation starts where the others do, however wide the Chinese value name is.
        const int gap = line.indexOf(QStringLiteral("  "), 3);
        const int start = line.indexOf(QRegularExpression(QStringLiteral("\\S")), gap);
        EXPECT_EQ(columns(line.left(start)), 28) << line.toStdString();
    }
    EXPECT_EQ(options, 31);
}

TEST(CommandReference, AWrongArgumentIsExplainedInTheChosenLanguage) {
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--year"), QStringLiteral("99"),
                             QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("--year 需要西元年度，例如 2025。"));
}
