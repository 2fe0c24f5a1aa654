// The policy out of the command line: the printed PDF, a controlled copy recorded in the
// register, the Word and OpenDocument copies, and a Word copy imported back in.
#include <gtest/gtest.h>

#include <QDate>
#include <QProcess>

#include "ProgramRun.h"
#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using isms::test::kPassword;
using isms::test::run;
using isms::test::RunResult;
using isms::test::TestFiles;

TEST(CommandLine, ExportPolicyAsPdf) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("e.sqlite"));
    const QString pdf = files.path(QStringLiteral("ISMS-01-01.pdf"));
    RunResult r =
        run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(TestFiles::read(pdf).startsWith("%PDF-"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("pages"))) << r.out.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("verify"), pdf});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("current version")));
    // The verdict's word first, as the README and the window give it.
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("VALID: "))) << r.out.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("zh_TW"),
             QStringLiteral("verify"), QStringLiteral("0000-0000-0000-0000")});
    EXPECT_EQ(r.exitCode, 7);  // unknown
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("無法辨識："))) << r.out.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"),
             files.path(QStringLiteral("no/such/folder/x.pdf"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Cannot write"))) << r.err.toStdString();
}

TEST(CommandLine, ExportAControlledCopyRecordsIt) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("cc.sqlite"));
    const QString pdf = files.path(QStringLiteral("copy2.pdf"));
    RunResult r =
        run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), pdf, QStringLiteral("--copy"),
             QStringLiteral("2"), QStringLiteral("--holder"), QStringLiteral("兵役處")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto database = isms::core::Database::openReadOnly(db);
    EXPECT_EQ(isms::core::Sql::scalar(
                  database->connection(),
                  QStringLiteral("SELECT holder FROM controlled_copies WHERE copy_number = 2"))
                  .toString(),
              QStringLiteral("兵役處"));
    database.reset();
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), pdf, QStringLiteral("--copy"),
             QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("was issued to 兵役處"))) << r.err.toStdString();
    // In Chinese the day it was issued is a ROC date.
    r = run({QStringLiteral("--database"), db, QStringLiteral("--lang"), QStringLiteral("zh_TW"),
             QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("ISMS-01-01"),
             QStringLiteral("--out"), pdf, QStringLiteral("--copy"), QStringLiteral("2")});
    EXPECT_TRUE(r.err.contains(QStringLiteral("已於 民國"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QString::number(QDate::currentDate().year()) + QLatin1Char('-')))
        << r.err.toStdString();
    r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), pdf, QStringLiteral("--copy"),
             QStringLiteral("zero")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CommandLine, ExportForAWordProcessor) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("o.sqlite"));
    const QString odt = files.path(QStringLiteral("policy.odt"));
    const RunResult r =
        run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
             QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), odt});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    // The headings are numbered by the word processor (the outline numbering), not typed.
    EXPECT_TRUE(content.contains(QStringLiteral("text:outline-level=\"1\">目的</text:h>"))) << content.left(300).toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral(">確保每半年一次社交工程演練成績為合格。</text:h>")));
    EXPECT_TRUE(content.contains(QStringLiteral("高雄市政府民政局")));
    EXPECT_TRUE(TestFiles::read(odt).contains("application/vnd.oasis.opendocument.text"));
}

// Out to Word and back in, headless: the .docx has Word's numbering, imports as a new draft with
// the same text, and what was read differently goes to standard error.
TEST(CommandLine, ThePolicyOutToWordAndBackIn) {
    TestFiles files;
    const QString db = files.path(QStringLiteral("w.sqlite"));
    const QString docx = files.path(QStringLiteral("policy.docx"));
    RunResult r = run({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("policy"),
                       QStringLiteral("ISMS-01-01"), QStringLiteral("--out"), docx});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(TestFiles::read(docx).startsWith("PK"));
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"), docx,
             QStringLiteral("--version"), QStringLiteral("2.1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Sections: 39"))) << r.out.toStdString();
    const RunResult before = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
                                  QStringLiteral("ISMS-01-01"), QStringLiteral("--version"), QStringLiteral("2.0")});
    const RunResult after = run({QStringLiteral("--database"), db, QStringLiteral("show"), QStringLiteral("policy"),
                                 QStringLiteral("ISMS-01-01"), QStringLiteral("--version"), QStringLiteral("2.1")});
    EXPECT_EQ(QString(after.out).replace(QStringLiteral("版本編號：2.1"), QStringLiteral("版本編號：2.0")).toStdString(),
              before.out.toStdString());
    // Another agency's text, numbered its own way, with a page heading left out (said per line).
    r = run({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("policy"),
             QStringLiteral(ISMS_SOURCE_DIR "/tests/fixtures/policies/hard-wrapped.txt")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Line 1: “高雄市某某區公所資通安全政策” repeats"))) << r.err.toStdString();
}
