#include <gtest/gtest.h>

#include <QBuffer>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>

#include "Administrator.h"
#include "DemoDatabase.h"
#include "GlyphJournal.h"
#include "PdfText.h"
#include "PdfTextFixer.h"
#include "PlanReports.h"
#include "PolicyCopyReport.h"
#include "TestFiles.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

using namespace isms;
using isms::test::pdfText;
using isms::test::TestFiles;
using isms::test::withoutSpace;

namespace {

class PolicyCopyReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("r.sqlite")));
    }
    reports::PolicyCopyReport::Input input(qint64 versionId) {
        return reports::PolicyCopyReport::inputFor(*db, versionId);
    }
    TestFiles files;
    std::unique_ptr<core::Database> db;
};

}  // namespace

TEST(PdfTextFixer, ToUnicodeMapNamesEachGlyphsCharacter) {
    const QByteArray map = reports::PdfTextFixer::toUnicodeMap({U'高', U'A', U'\U00020000'});
    EXPECT_TRUE(
        map.contains("3 beginbfchar\n<0001> <9AD8>\n<0002> <0041>\n<0003> <D840DC00>\nendbfchar"));
}

TEST_F(PolicyCopyReportTest, TheSeedExtractsExactlyAsWritten) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("policy.pdf"));
    report.writePdf(file);
    const QString text = pdfText(file);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read nothing";
    for (QChar c : text) {
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            << "radical U+" << std::hex << int(c.unicode());
    }
    // Every line of the seed's body is there, as written (line breaks in the PDF aside).
    const QString flat = withoutSpace(text);
    const QStringList seed = QString::fromUtf8(TestFiles::seedPolicy()).split(QLatin1Char('\n'));
    const qsizetype body = seed.lastIndexOf(QStringLiteral("壹、目的"));
    int checked = 0;
    for (qsizetype i = body; i < seed.size(); ++i) {
        QString line = seed[i].trimmed();
        if (line.startsWith(QStringLiteral("- "))) line = line.mid(2);
        if (line.isEmpty()) continue;
        EXPECT_TRUE(flat.contains(withoutSpace(line))) << line.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 46);
    EXPECT_TRUE(flat.contains(QStringLiteral("高雄市政府民政局")));
    EXPECT_TRUE(flat.contains(QStringLiteral("生效日期：中華民國114年9月11日")));
    EXPECT_TRUE(flat.contains(QStringLiteral("■內部使用")));
    EXPECT_TRUE(flat.contains(QStringLiteral("ISMS-01-01")));  // digits too
}

TEST_F(PolicyCopyReportTest, EveryPageHasHeaderAndPageNofM) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("policy.pdf"));
    report.writePdf(file);
    const int pages = report.pageCount();
    ASSERT_GE(pages, 5);
    for (int page = 1; page <= pages; ++page) {
        const QString flat = withoutSpace(pdfText(file, page));
        EXPECT_TRUE(flat.contains(
            QStringLiteral("ISMS-01-01暨所屬機關資通安全管理制度政策第2.0版內部使用")))
            << page;
        EXPECT_TRUE(flat.contains(QStringLiteral("Page%1of%2").arg(page).arg(pages))) << page;
        EXPECT_TRUE(flat.contains(QStringLiteral("生效日期：民國114年9月11日"))) << page;
    }
    EXPECT_TRUE(pdfText(file, pages + 1).isEmpty());
}

TEST_F(PolicyCopyReportTest, ContentsListEverySectionWithTheRealPage) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("policy.pdf"));
    report.writePdf(file);
    // Objective 8 — which the seed's own table of contents forgot — is listed, and each entry's
    // page is where its heading really is.
    const QString contents = withoutSpace(pdfText(file, 2) + pdfText(file, 3) + pdfText(file, 4));
    EXPECT_TRUE(contents.contains(QStringLiteral("8.確保每半年一次社交工程演練成績為合格。")));
    struct Heading {
        const char* path;
        const char* text;
    };
    for (const Heading& h :
         {Heading{"0", "壹、目的"}, Heading{"3.0.1.7", "8.確保每半年一次社交工程演練成績為合格。"},
          Heading{"3.2", "三、審查"}, Heading{"4", "伍、政策之評估及檢討"}}) {
        const int page = report.pageOfSection(QString::fromLatin1(h.path));
        ASSERT_GT(page, 4) << h.path;
        EXPECT_TRUE(withoutSpace(pdfText(file, page)).contains(QString::fromUtf8(h.text)))
            << h.path << " on " << page;
        EXPECT_TRUE(contents.contains(QString::fromUtf8(h.text) + QString::number(page))) << h.path;
    }
}

TEST_F(PolicyCopyReportTest, FingerprintApprovalAndDraftMark) {
    db->setSession(isms::test::administrator(QStringLiteral("t")));
    const qint64 published = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const qint64 draft = core::PolicyService(*db).newVersion(published, QStringLiteral("2.1"),
                                                             QStringLiteral("修訂"));
    const QString file = files.path(QStringLiteral("draft.pdf"));
    reports::PolicyCopyReport(input(draft)).writePdf(file);
    const QString flat = withoutSpace(pdfText(file));
    EXPECT_TRUE(withoutSpace(pdfText(file, 1, true)).contains(QStringLiteral("草稿DRAFT")));
    const QString fingerprint = core::PolicyService(*db).fingerprint(draft);
    EXPECT_TRUE(flat.contains(QStringLiteral("內容指紋（SHA-256）：") +
                              core::PolicyFingerprint::shortForm(fingerprint)));
    EXPECT_TRUE(flat.contains(fingerprint));
    EXPECT_TRUE(flat.contains(QStringLiteral("第2.1版")));
    EXPECT_TRUE(flat.contains(QStringLiteral("簽名：")));
    const QString published2 = files.path(QStringLiteral("published.pdf"));
    reports::PolicyCopyReport(input(published)).writePdf(published2);
    EXPECT_FALSE(withoutSpace(pdfText(published2)).contains(QStringLiteral("DRAFT")));
}

TEST_F(PolicyCopyReportTest, PageNumbersInTraditionalChinese) {
    core::Language::install(QStringLiteral("zh_TW"));
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("zh.pdf"));
    report.writePdf(file);
    EXPECT_TRUE(withoutSpace(pdfText(file, 1))
                    .contains(QStringLiteral("第1頁，共%1頁").arg(report.pageCount())));
    core::Language::install(QStringLiteral("en"));
}

TEST_F(PolicyCopyReportTest, TheQrCodeOnTheLastPageDecodesToCodeVersionAndFingerprint) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("qr.pdf"));
    report.writePdf(file);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                  QStringLiteral("-f"), QString::number(report.pageCount()), QStringLiteral("-l"),
                  QString::number(report.pageCount()), QStringLiteral("-singlefile"), file,
                  files.path(QStringLiteral("last"))});
    ASSERT_TRUE(render.waitForFinished(60000));
    QProcess decode;
    decode.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"),
                                             files.path(QStringLiteral("last.png"))});
    ASSERT_TRUE(decode.waitForFinished(60000));
    const QString decoded = QString::fromUtf8(decode.readAllStandardOutput()).trimmed();
    EXPECT_EQ(decoded, QStringLiteral("ISMS-DESK;ISMS-01-01;2.0;") +
                           core::PolicyService(*db).fingerprint(version));
    EXPECT_EQ(decoded.toUtf8(), report.qrPayload());
}

TEST_F(PolicyCopyReportTest, ControlledOrUncontrolledOnEveryPage) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    auto controlled = input(version);
    controlled.copyNumber = 3;
    const reports::PolicyCopyReport copy(controlled);
    const QString file = files.path(QStringLiteral("c.pdf"));
    copy.writePdf(file);
    const QString loose = files.path(QStringLiteral("u.pdf"));
    reports::PolicyCopyReport(input(version)).writePdf(loose);
    for (int page = 1; page <= copy.pageCount(); ++page) {
        EXPECT_TRUE(withoutSpace(pdfText(file, page)).contains(QStringLiteral("受控文件第3份")))
            << page;
        EXPECT_TRUE(withoutSpace(pdfText(loose, page))
                        .contains(QStringLiteral("非受控文件，列印後即不受管制")))
            << page;
    }
}

TEST_F(PolicyCopyReportTest, TheSamePagesGoToAPrinter) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    const reports::PolicyCopyReport report(input(version));
    const QString file = files.path(QStringLiteral("printer.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);  // what print preview and Print… paint on
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        reports::GlyphJournal journal;
        report.paint(printer, journal);
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {file});
    ASSERT_TRUE(info.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(
                        QStringLiteral("Pages:\\s+%1\\n").arg(report.pageCount()))));
    EXPECT_TRUE(
        withoutSpace(pdfText(file, report.pageCount())).contains(QStringLiteral("內容指紋")));
}

TEST_F(PolicyCopyReportTest, ActionPlanAndObjectiveReportsReadBackExactly) {
    const QString plan = files.path(QStringLiteral("plan.pdf"));
    reports::PlanReports::actionPlan(*db, 2025).writePdf(plan);
    const QString planText = withoutSpace(pdfText(plan));
    EXPECT_TRUE(planText.contains(QStringLiteral("Actionplan2025")));
    EXPECT_TRUE(
        planText.contains(QStringLiteral("Objective8:確保每半年一次社交工程演練成績為合格。")));
    EXPECT_TRUE(planText.contains(QStringLiteral("辦理上半年度社交工程演練")));
    EXPECT_TRUE(planText.contains(QStringLiteral("開啟率7.2%，點閱率2.6%")));
    EXPECT_TRUE(planText.contains(QStringLiteral("陳美玲（高雄市政府民政局）")));
    const QString objectives = files.path(QStringLiteral("objectives.pdf"));
    const auto report = reports::PlanReports::objectives(*db, QStringLiteral("ISMS-01-01"), 2025);
    report.writePdf(objectives);
    QString all;
    for (int page = 1; page <= report.pageCount(); ++page)
        all += withoutSpace(pdfText(objectives, page));
    EXPECT_TRUE(
        all.contains(QStringLiteral("6.確保本局暨所屬機關關鍵核心系統維持一定水準的系統可用性。")));
    // Objective 6 is computed from the core systems' outages: its source, and each month so far.
    EXPECT_TRUE(all.contains(QStringLiteral("Indicator關鍵核心系統可用率ComputedfromAvailabilityofthecoresystems")));
    EXPECT_TRUE(all.contains(QStringLiteral("Atleast99.5%Met")));
    EXPECT_TRUE(all.contains(QStringLiteral("99.41%Notmet")));
    EXPECT_TRUE(all.contains(QStringLiteral("99.821%Met")));
    EXPECT_TRUE(all.contains(QStringLiteral("Page%1of%1").arg(report.pageCount())));
    for (QChar c : all) EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF);
}

// Characters beyond the BMP (common in Taiwanese names and places), an emoji and a combining
// sequence print as written and extract as written; a character no font has prints as a
// visible replacement that the report names.
TEST_F(PolicyCopyReportTest, EveryCharacterPrintsAndExtractsAsWritten) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    reports::PolicyCopyReport::Input in = input(version);
    const QString line = QStringLiteral("甲𠮟乙丙丁戊己，𡘙𥕢里長✅完成，Jose\u0301與q\u0303。");
    const QString unknown = QString::fromUcs4(U"\U000F0001", 1);  // private use: no font has it
    in.content.sections.front().paragraphs =
        QStringList{line, QStringLiteral("缺字") + unknown + QStringLiteral("在此")};
    const reports::PolicyCopyReport report(in);
    const QString file = files.path(QStringLiteral("chars.pdf"));
    const QList<char32_t> missing = report.writePdf(file);
    const QString flat = withoutSpace(pdfText(file));
    EXPECT_TRUE(flat.contains(withoutSpace(line).normalized(QString::NormalizationForm_C)) ||
                flat.contains(withoutSpace(line).normalized(QString::NormalizationForm_D)))
        << flat.left(600).toStdString();
    // The rest of the document is not shifted by them.
    EXPECT_TRUE(flat.contains(QStringLiteral("高雄市政府民政局")));
    EXPECT_TRUE(flat.contains(QStringLiteral("缺字\uFFFD在此")))
        << "the missing character prints as a visible replacement";
    EXPECT_EQ(missing, QList<char32_t>{U'\U000F0001'});
}

// Every font the PDF embeds — the fallbacks too — is one whose text layer the journal rewrites.
TEST_F(PolicyCopyReportTest, TheJournalKnowsEveryEmbeddedFontByItsPdfName) {
    const qint64 version = core::PolicyRepository(*db).find(QStringLiteral("ISMS-01-01")).id;
    reports::PolicyCopyReport::Input in = input(version);
    in.content.sections.front().paragraphs =
        QStringList{QStringLiteral("✔ 通過 ✖ 未通過 ✅ Jose\u0301")};
    const reports::PolicyCopyReport report(in);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    reports::GlyphJournal journal;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        report.paint(writer, journal);
    }
    static const QRegularExpression font(
        QStringLiteral(R"(/Subtype /Type0\s*/BaseFont /([^\s/]+))"));
    QStringList embedded;
    for (auto it = font.globalMatch(QString::fromLatin1(buffer.data())); it.hasNext();)
        embedded << it.next().captured(1);
    EXPECT_GE(embedded.size(), 3);
    EXPECT_TRUE(embedded.contains(QStringLiteral("DejaVuSans")))
        << embedded.join(QLatin1Char(' ')).toStdString();
    for (const QString& face : embedded)
        EXPECT_TRUE(journal.faces().contains(face)) << face.toStdString();
}
