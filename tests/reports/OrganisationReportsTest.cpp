#include "DemoDatabase.h"
#include "OrganisationReports.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <gtest/gtest.h>

using namespace isms;
using isms::test::pdfText;
using isms::test::TestFiles;
using isms::test::withoutSpace;

TEST(OrganisationReportsTest, ASignInSheetNamesTheVersionAndItsPeopleWithLinesToSign) {
    core::Language::install(QStringLiteral("en"));
    TestFiles files;
    auto db = isms::test::demoDatabase(files.database(QStringLiteral("sheet.sqlite")), 2025);
    const qint64 version =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'")).toLongLong();
    const qint64 bureau = core::Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM org_units WHERE name = '高雄市政府民政局'")).toLongLong();
    const QString file = files.path(QStringLiteral("sheet.pdf"));
    reports::OrganisationReports::signInSheet(*db, version, bureau, QDate(2025, 10, 1)).writePdf(file);
    const QString text = withoutSpace(pdfText(file));
    const QString fingerprint = core::PolicyFingerprint::shortForm(core::PolicyService(*db).fingerprint(version));
    EXPECT_TRUE(text.contains(withoutSpace(QStringLiteral("ISMS-01-01 version 2.0")))) << text.toStdString();
    EXPECT_TRUE(text.contains(withoutSpace(QStringLiteral("Fingerprint: ") + fingerprint))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Unit:高雄市政府民政局")));
    // The bureau's own three people, numbered; the offices' people are on their own sheets.
    EXPECT_TRUE(text.contains(QStringLiteral("1林志豪資訊安全專責人員Full-timestaff"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("陳美玲")));
    EXPECT_FALSE(text.contains(QStringLiteral("張淑芬")));
    EXPECT_TRUE(text.contains(QStringLiteral("Signature")));

    const QString all = files.path(QStringLiteral("all.pdf"));
    reports::OrganisationReports::signInSheet(*db, version, 0, QDate(2025, 10, 1)).writePdf(all);
    const QString everyone = withoutSpace(pdfText(all));
    EXPECT_TRUE(everyone.contains(QStringLiteral("6黃雅婷"))) << everyone.toStdString();
}
