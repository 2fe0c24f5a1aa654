// A policy out to Word, PDF and back: each shape of the fixture corpus and the seed come back
// from the .docx and from the printed PDF as the same sections, numbering and text (the same
// fingerprint); LibreOffice opens the .docx; files that are no policy are refused with the reason.
#include "PdfWords.h"
#include "PolicyCopyReport.h"
#include "PolicyDocxExport.h"
#include "PolicyOdtExport.h"
#include "DemoDatabase.h"
#include "PdfText.h"
#include "PolicyOutline.h"
#include "TestFiles.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "import/PolicyTextParser.h"
#include "import/ZipArchive.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace isms;
using core::PolicyContent;
using isms::test::TestFiles;

namespace {

class PolicyDocumentsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { reports::PdfWords::install(); }
    static QStringList shapes() {
        QStringList out;
        for (const QString& name : QDir(QStringLiteral(ISMS_FIXTURE_DIR "/policies")).entryList({QStringLiteral("*.txt")}))
            out << QStringLiteral(ISMS_FIXTURE_DIR "/policies/") + name;
        out << QStringLiteral(ISMS_SOURCE_DIR "/resources/seed/ISMS-01-01-policy-v2.0.txt");
        return out;
    }
    static PolicyContent parsed(const QString& path) { return core::PolicyTextParser().parse(TestFiles::read(path)); }
    // The copy as the program prints it: its history goes back to the document's earlier rows.
    static reports::PolicyCopyReport::Input input(const PolicyContent& c) {
        reports::PolicyCopyReport::Input in;
        in.content = c;
        for (const core::EarlierVersion& e : c.earlierVersions) {
            core::PolicyService::HistoryLine line;
            line.version = e.version;
            line.effectiveDate = e.effectiveDate;
            line.changeSummary = e.changeSummary;
            line.approver = e.approver;
            line.earlier = true;
            in.history << line;
        }
        core::PolicyService::HistoryLine own;
        own.version = c.version;
        own.effectiveDate = c.effectiveDate;
        own.changeSummary = c.changeSummary;
        in.history << own;
        return in;
    }
    static QString refusal(const QString& path) {
        try {
            core::PolicyImporter::readFile(path, nullptr);
        } catch (const core::Error& e) {
            return e.message();
        }
        return QStringLiteral("accepted");
    }
    TestFiles files;
};

}  // namespace

TEST_F(PolicyDocumentsTest, EachShapeComesBackFromWordAsItWent) {
    for (const QString& path : shapes()) {
        SCOPED_TRACE(path.toStdString());
        const PolicyContent original = parsed(path);
        const QString docx = files.path(QFileInfo(path).completeBaseName() + QStringLiteral(".docx"));
        reports::PolicyDocxExport::write(input(original), docx);
        QList<core::ImportWarning> warnings;
        const PolicyContent back = core::PolicyImporter::readFile(docx, &warnings);
        EXPECT_EQ(test::policyOutline(back).toStdString(), test::policyOutline(original).toStdString());
        EXPECT_EQ(core::PolicyFingerprint::of(back), core::PolicyFingerprint::of(original));
    }
}

TEST_F(PolicyDocumentsTest, EachShapeComesBackFromOpenDocumentAsItWent) {
    for (const QString& path : shapes()) {
        SCOPED_TRACE(path.toStdString());
        const PolicyContent original = parsed(path);
        const QString odt = files.path(QFileInfo(path).completeBaseName() + QStringLiteral(".odt"));
        reports::PolicyOdtExport::write(input(original), odt);
        const PolicyContent back = core::PolicyImporter::readFile(odt, nullptr);
        EXPECT_EQ(test::policyOutline(back).toStdString(), test::policyOutline(original).toStdString());
        EXPECT_EQ(core::PolicyFingerprint::of(back), core::PolicyFingerprint::of(original));
    }
    const PolicyContent seed = parsed(shapes().last());
    reports::PolicyOdtExport::write(input(seed), files.path(QStringLiteral("seed.odt")));
    const auto parts = core::ZipArchive::read(files.path(QStringLiteral("seed.odt")), {QStringLiteral("mimetype"), QStringLiteral("styles.xml")});
    EXPECT_EQ(parts.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString styles = QString::fromUtf8(parts.value(QStringLiteral("styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("style:num-format=\"壹, 貳, 參, ...\""))) << styles.left(400).toStdString();
    EXPECT_TRUE(styles.contains(QStringLiteral("style:country-asian=\"TW\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("text:page-count")));
}

TEST_F(PolicyDocumentsTest, WordNumbersTheHeadingsInTheVersionsOwnScheme) {
    const PolicyContent seed = parsed(shapes().last());
    const QString docx = files.path(QStringLiteral("seed.docx"));
    reports::PolicyDocxExport::write(input(seed), docx);
    const auto parts = core::ZipArchive::read(docx, {QStringLiteral("word/numbering.xml"), QStringLiteral("word/document.xml"),
                                                     QStringLiteral("word/styles.xml"), QStringLiteral("word/footer1.xml")});
    const QString numbering = QString::fromUtf8(parts.value(QStringLiteral("word/numbering.xml")));
    EXPECT_TRUE(numbering.contains(QStringLiteral("w:numFmt w:val=\"ideographLegalTraditional\"")));
    EXPECT_TRUE(numbering.contains(QStringLiteral("w:lvlText w:val=\"%1、\"")));
    EXPECT_TRUE(numbering.contains(QStringLiteral("w:lvlText w:val=\"(%3)\"")));
    const QString document = QString::fromUtf8(parts.value(QStringLiteral("word/document.xml")));
    // The numbers are Word's, not typed into the headings; the contents are filled in already.
    EXPECT_TRUE(document.contains(QRegularExpression(QStringLiteral(
        "Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">目的</w:t>"))))
        << document.left(3000).toStdString();
    EXPECT_TRUE(document.contains(QStringLiteral("<w:t xml:space=\"preserve\">壹、目的</w:t>")));
    EXPECT_TRUE(document.contains(QStringLiteral("TOC \\o")));
    const QString styles = QString::fromUtf8(parts.value(QStringLiteral("word/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:eastAsia=\"zh-TW\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("Noto Serif CJK TC")));
    EXPECT_TRUE(QString::fromUtf8(parts.value(QStringLiteral("word/footer1.xml"))).contains(QStringLiteral("NUMPAGES")));
    const PolicyContent decimal = parsed(QStringLiteral(ISMS_FIXTURE_DIR "/policies/decimal-outline.txt"));
    reports::PolicyDocxExport::write(input(decimal), docx);
    const QString outline = QString::fromUtf8(core::ZipArchive::read(docx, {QStringLiteral("word/numbering.xml")}).value(QStringLiteral("word/numbering.xml")));
    EXPECT_TRUE(outline.contains(QStringLiteral("w:lvlText w:val=\"%1.%2.%3\""))) << outline.toStdString();
}

TEST_F(PolicyDocumentsTest, EachShapeComesBackFromThePrintedPdf) {
    for (const QString& path : shapes()) {
        SCOPED_TRACE(path.toStdString());
        const PolicyContent original = parsed(path);
        const QString pdf = files.path(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf"));
        reports::PolicyCopyReport(input(original)).writePdf(pdf);
        const PolicyContent back = core::PolicyImporter::readFile(pdf, nullptr);
        EXPECT_EQ(test::policyOutline(back).toStdString(), test::policyOutline(original).toStdString());
    }
}

TEST_F(PolicyDocumentsTest, LibreOfficeOpensTheDocumentsAsTheVersionsText) {
    const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(office.isEmpty()) << "LibreOffice (libreoffice-writer-nogui) is needed: scripts/dev.sh installs it";
    // The seed, a decimal outline, and articles numbered on through their chapters (Word's
    // lvlRestart 0; OpenDocument headings that say their number).
    const std::vector<std::pair<QString, PolicyContent>> documents{
        {QStringLiteral("seed"), parsed(shapes().last())},
        {QStringLiteral("decimal"), parsed(QStringLiteral(ISMS_FIXTURE_DIR "/policies/decimal-outline.txt"))},
        {QStringLiteral("articles"), parsed(QStringLiteral(ISMS_FIXTURE_DIR "/policies/chapters-articles.txt"))}};
    QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + files.path(QStringLiteral("lo-profile")),
                          QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text"),
                          QStringLiteral("--outdir"), files.path(QStringLiteral("out"))};
    std::vector<std::pair<QString, PolicyContent>> converted;
    for (const auto& [name, content] : documents) {
        reports::PolicyDocxExport::write(input(content), files.path(name + QStringLiteral(".docx")));
        reports::PolicyOdtExport::write(input(content), files.path(name + QStringLiteral("-odt.odt")));
        arguments << files.path(name + QStringLiteral(".docx")) << files.path(name + QStringLiteral("-odt.odt"));
        converted.push_back({name, content});
        converted.push_back({name + QStringLiteral("-odt"), content});
    }
    QProcess p;
    p.setWorkingDirectory(files.path(QString()));
    // A profile of its own: a person's LibreOffice (or another test's) never interferes.
    p.start(office, arguments);
    ASSERT_TRUE(p.waitForFinished(120000));
    for (const auto& [name, content] : converted) {
        const QString text = QString::fromUtf8(TestFiles::read(files.path(QStringLiteral("out/%1.txt").arg(name))));
        ASSERT_FALSE(text.isEmpty()) << name.toStdString();
        // Every heading with the number Word gave it, and every paragraph, as the version has them.
        QStringList lines;
        // (LibreOffice puts a space or two between a number and its heading.)
        for (const QString& line : text.split(QLatin1Char('\n'))) lines << line.trimmed().replace(QStringLiteral("  "), QStringLiteral(" "));
        // In the text's order, each after the one before, so that the contents page (which has the
        // headings too) answers for none of the body's.
        qsizetype at = 0;
        const auto next = [&](const QStringList& forms) {
            qsizetype found = -1;
            for (const QString& f : forms) {
                const qsizetype i = lines.indexOf(f, at);
                if (i >= 0 && (found < 0 || i < found)) found = i;
            }
            if (found >= 0) at = found + 1;
            return found >= 0;
        };
        // The body begins where the first heading comes last (before it, the contents have it).
        const QString first = content.numbering.label({0}).trimmed() + QLatin1Char(' ') + content.sections.front().heading;
        at = qMax(lines.lastIndexOf(first), lines.lastIndexOf(content.numbering.label({0}) + content.sections.front().heading));
        ASSERT_GE(at, 0) << name.toStdString();
        content.numbering.forEachNumbered(content.sections, [&](const core::PolicySection& s, const QList<int>& path) {
            const QString heading = content.numbering.label(path).trimmed() + QLatin1Char(' ') + s.heading;
            EXPECT_TRUE(next({heading, content.numbering.label(path) + s.heading})) << name.toStdString() << ": " << heading.toStdString();
            for (const QString& para : s.paragraphs) EXPECT_TRUE(next({para})) << para.toStdString();
        });
        EXPECT_TRUE(lines.contains(QStringLiteral("文件編號：") + content.code));
    }
}

TEST_F(PolicyDocumentsTest, ALongTitleLeavesTheVersionOnEveryPagesHeader) {
    PolicyContent c = parsed(QStringLiteral(ISMS_FIXTURE_DIR "/policies/articles.txt"));
    c.title = QStringLiteral("某某縣政府暨所屬各機關學校資通安全管理制度實施要點及資通安全維護計畫執行細則與個人資料保護管理要點");
    reports::PolicyCopyReport(input(c)).writePdf(files.path(QStringLiteral("long.pdf")));
    // In drawing order, the header comes first.
    const QString head = test::withoutSpace(test::pdfText(files.path(QStringLiteral("long.pdf")), 3, true)).left(60);
    EXPECT_TRUE(head.contains(QStringLiteral("計畫…第1.0版內部使用"))) << head.toStdString();
    for (const QString& file : {QStringLiteral("long.docx"), QStringLiteral("long.odt")}) {
        if (file.endsWith(QStringLiteral(".docx"))) reports::PolicyDocxExport::write(input(c), files.path(file));
        else reports::PolicyOdtExport::write(input(c), files.path(file));
        const auto parts = core::ZipArchive::read(files.path(file), {QStringLiteral("word/header1.xml"), QStringLiteral("styles.xml")});
        const QString xml = QString::fromUtf8(parts.value(parts.contains(QStringLiteral("styles.xml")) ? QStringLiteral("styles.xml") : QStringLiteral("word/header1.xml")));
        EXPECT_TRUE(xml.contains(QStringLiteral("某某縣政府暨所屬各機關學校資通安全管理制度實施要點…　第 1.0 版"))) << file.toStdString();
    }
}

TEST_F(PolicyDocumentsTest, ADraftWithNoEffectiveDateComesBackFromItsOwnCopies) {
    // Its copies say 生效日期：（未定）; read back, that is no date, and no refusal.
    PolicyContent c = parsed(QStringLiteral(ISMS_FIXTURE_DIR "/policies/articles.txt"));
    c.effectiveDate = QDate();
    reports::PolicyCopyReport(input(c)).writePdf(files.path(QStringLiteral("undated.pdf")));
    reports::PolicyDocxExport::write(input(c), files.path(QStringLiteral("undated.docx")));
    reports::PolicyOdtExport::write(input(c), files.path(QStringLiteral("undated.odt")));
    for (const QString& name : {QStringLiteral("undated.pdf"), QStringLiteral("undated.docx"), QStringLiteral("undated.odt")}) {
        SCOPED_TRACE(name.toStdString());
        PolicyContent back;
        ASSERT_NO_THROW(back = core::PolicyImporter::readFile(files.path(name), nullptr));
        EXPECT_FALSE(back.effectiveDate.isValid());
        EXPECT_EQ(test::policyOutline(back).toStdString(), test::policyOutline(c).toStdString());
    }
}

TEST_F(PolicyDocumentsTest, TheHistoryBeforeTheProgramGoesOutAndComesBack) {
    auto db = test::demoDatabase(files.database(QStringLiteral("history.sqlite")));
    const auto imported = core::PolicyImporter(*db).importFile(QStringLiteral(ISMS_FIXTURE_DIR "/policies/history-first.txt"));
    const auto in = reports::PolicyCopyReport::inputFor(*db, imported.versionId);
    const QList<QStringList> rows = reports::PolicyCopyReport::historyRows(in);
    ASSERT_EQ(rows.size(), 4);  // the heading row, 1.0 and 1.1 from the document, 2.0
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("1.0"), QStringLiteral("110/05/01"), QStringLiteral("初版"), QString()}));
    EXPECT_EQ(rows[3][0], QStringLiteral("2.0"));
    const PolicyContent stored = core::PolicyRepository(*db).load(imported.versionId);
    reports::PolicyDocxExport::write(in, files.path(QStringLiteral("history.docx")));
    reports::PolicyOdtExport::write(in, files.path(QStringLiteral("history.odt")));
    for (const QString& name : {QStringLiteral("history.docx"), QStringLiteral("history.odt")}) {
        SCOPED_TRACE(name.toStdString());
        const PolicyContent back = core::PolicyImporter::readFile(files.path(name), nullptr);
        EXPECT_EQ(back.earlierVersions, stored.earlierVersions);
        EXPECT_EQ(back.changeSummary, QStringLiteral("依資通安全責任等級分級辦法修正"));
        EXPECT_EQ(core::PolicyFingerprint::of(back), core::PolicyService(*db).fingerprint(imported.versionId));
    }
    // The printed copy's history table has the rows too.
    reports::PolicyCopyReport(in).writePdf(files.path(QStringLiteral("history.pdf")));
    const QString text = test::withoutSpace(test::pdfText(files.path(QStringLiteral("history.pdf"))));
    EXPECT_TRUE(text.contains(QStringLiteral("1.1112/03/10修正第三點"))) << text.toStdString();
}

TEST_F(PolicyDocumentsTest, DocumentsLibreOfficeMadeKeepTheirHeadingsAndListLevels) {
    // Headings without numbers and a list in a list numbered "1." at both levels, made into a
    // .docx and an .odt by LibreOffice as a clerk's word processor would write them.
    const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(office.isEmpty()) << "LibreOffice (libreoffice-writer-nogui) is needed: scripts/dev.sh installs it";
    const QString html = files.write(QStringLiteral("made.html"), QStringLiteral(
        "<html><head><meta charset=\"utf-8\"></head><body><p>某某大學資通安全政策</p><p>文件編號：U-ISMS-02</p><p>版次：1.1</p><p>安全等級：■內部使用</p>"
        "<h1>總則</h1><p>本政策依資通安全管理法訂定。</p><h1>目標</h1>"
        "<ol><li>機密性<ol><li>限制存取。</li><li>加密傳輸。</li></ol></li><li>完整性<ol><li>防止竄改。</li></ol></li></ol>"
        "<h1>權責</h1><p>由資通安全長督導。</p></body></html>").toUtf8());
    for (const QString& format : {QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("odt")}) {
        QProcess p;
        p.start(office, {QStringLiteral("-env:UserInstallation=file://") + files.path(QStringLiteral("lo-profile")),
                         QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
                         files.path(QStringLiteral("made")), html});
        ASSERT_TRUE(p.waitForFinished(120000));
    }
    for (const QString& name : {QStringLiteral("made/made.docx"), QStringLiteral("made/made.odt")}) {
        SCOPED_TRACE(name.toStdString());
        QList<core::ImportWarning> warnings;
        const QString outline = test::policyOutline(core::PolicyImporter::readFile(files.path(name), &warnings));
        EXPECT_EQ(outline.mid(outline.indexOf(QStringLiteral("numbering:"))).toStdString(),
                  "numbering: (unnumbered)／1.／1.\n--\n"
                  "總則\n  | 本政策依資通安全管理法訂定。\n"
                  "目標\n  1. 機密性\n    1. 限制存取。\n    2. 加密傳輸。\n  2. 完整性\n    1. 防止竄改。\n"
                  "權責\n  | 由資通安全長督導。\n");
        EXPECT_TRUE(warnings.isEmpty()) << warnings.first().text.toStdString();
    }
}

TEST_F(PolicyDocumentsTest, FilesThatAreNoPolicyAreRefusedWithTheReason) {
    EXPECT_TRUE(refusal(files.write(QStringLiteral("empty.docx"), QByteArray())).contains(QStringLiteral("empty")));
    // Word's older format and RTF: said what to save them as.
    EXPECT_TRUE(refusal(files.write(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12)))
                    .contains(QStringLiteral(".docx")));
    EXPECT_TRUE(refusal(files.write(QStringLiteral("policy.rtf"), "{\\rtf1\\ansi policy}")).contains(QStringLiteral(".docx")));
    // A zip that is no Word document.
    const QString zip = files.write(QStringLiteral("notes.docx"), core::ZipArchive::write({{QStringLiteral("notes.txt"), "hello"}}));
    EXPECT_TRUE(refusal(zip).contains(QStringLiteral("no Word document"))) << refusal(zip).toStdString();
    // A damaged one: its text is not XML.
    const QString damaged = files.write(QStringLiteral("damaged.docx"),
                                        core::ZipArchive::write({{QStringLiteral("word/document.xml"), "<w:document><w:body><w:p>"}}));
    EXPECT_TRUE(refusal(damaged).contains(QStringLiteral("damaged"))) << refusal(damaged).toStdString();
    // Cut short: not a zip any more.
    const QByteArray whole = reports::PolicyDocxExport::build(input(parsed(shapes().last())));
    EXPECT_NE(refusal(files.write(QStringLiteral("cut.docx"), whole.left(whole.size() / 2))), QStringLiteral("accepted"));
    // A PDF of pages that are only pictures (a scan).
    const QString scan = files.path(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(scan);
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 3000), Qt::gray);
    }
    EXPECT_TRUE(refusal(scan).contains(QStringLiteral("no text"))) << refusal(scan).toStdString();
    EXPECT_TRUE(refusal(files.write(QStringLiteral("broken.pdf"), "%PDF-1.4\nnothing else")).contains(QStringLiteral("damaged")));
    // A PDF that opens only with a password (qpdf encrypts the printed copy).
    const QString open = files.path(QStringLiteral("open.pdf"));
    reports::PolicyCopyReport(input(parsed(shapes().last()))).writePdf(open);
    const QString locked = files.path(QStringLiteral("locked.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                        QStringLiteral("256"), QStringLiteral("--"), open, locked});
    ASSERT_TRUE(qpdf.waitForFinished(60000));
    ASSERT_EQ(qpdf.exitCode(), 0) << "qpdf is needed: scripts/dev.sh installs it";
    EXPECT_TRUE(refusal(locked).contains(QStringLiteral("encrypted"))) << refusal(locked).toStdString();
    // Far too large to be a policy.
    QFile huge(files.path(QStringLiteral("huge.txt")));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(17 * 1024 * 1024));
    huge.close();
    EXPECT_TRUE(refusal(huge.fileName()).contains(QStringLiteral("too large")));
}
