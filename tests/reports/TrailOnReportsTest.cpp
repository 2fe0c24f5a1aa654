// Issue #23: every printed report carries the audit trail's head as it was made — the entry's
// number and the start of its hash — so that a paper can be held against the trail later
// (`isms-desk check` prints the head whole; a trail cut below it, or rewritten, no longer has it).
#include <gtest/gtest.h>

#include "DashboardReport.h"
#include "DemoDatabase.h"
#include "MeetingPackReport.h"
#include "OrganisationReports.h"
#include "PdfText.h"
#include "PlanReports.h"
#include "PolicyCopyReport.h"
#include "TestFiles.h"
#include "i18n/Language.h"
#include "services/DashboardService.h"
#include "services/RaciService.h"
#include "services/ReviewCalendar.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

using namespace isms;
using isms::test::pdfText;
using isms::test::TestFiles;
using isms::test::withoutSpace;

namespace {

class TrailOnReports : public ::testing::Test {
protected:
    void SetUp() override {
        core::Language::install(QStringLiteral("en"));
        db = isms::test::demoDatabase(files.database(QStringLiteral("trail.sqlite")), 2025);
        version = core::Sql::scalar(
                      db->connection(),
                      QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'"))
                      .toLongLong();
    }
    // The text of every page of a report, and what each page must say of the trail.
    QStringList pages(const reports::TableReport& report) {
        const QString file = files.path(QStringLiteral("r.pdf"));
        report.writePdf(file);
        QStringList out;
        for (int page = 1; page <= report.pageCount(); ++page)
            out << withoutSpace(pdfText(file, page));
        return out;
    }
    QString stamp() const {
        const core::AuditLog::Head head = core::AuditLog(*db).head();
        return withoutSpace(QStringLiteral("Audit trail when printed: entry %1, %2")
                                .arg(head.entry)
                                .arg(head.hash.left(16)));
    }

    TestFiles files;
    std::unique_ptr<core::Database> db;
    qint64 version = 0;
};

}  // namespace

TEST_F(TrailOnReports, EveryPageOfEveryTableReportSaysWhereTheTrailStood) {
    ASSERT_GT(core::AuditLog(*db).head().entry, 0);
    const qint64 meeting =
        core::Sql::scalar(db->connection(), QStringLiteral("SELECT MIN(id) FROM meetings"))
            .toLongLong();
    const QDate day(2025, 12, 1);
    const QList<std::pair<const char*, reports::TableReport>> all{
        {"action plan", reports::PlanReports::actionPlan(*db, 2025)},
        {"objectives", reports::PlanReports::objectives(*db, QStringLiteral("ISMS-01-01"), 2025)},
        {"review schedule", reports::PlanReports::reviewSchedule(
                                *db, core::ReviewCalendar(*db).items(day), day, day.addYears(1))},
        {"meeting pack", reports::MeetingPackReport::build(*db, meeting, day)},
        {"RACI", reports::OrganisationReports::raci(*db, core::RaciService(*db).matrix())},
        {"sign-in sheet", reports::OrganisationReports::signInSheet(*db, version, 0, day)},
        {"acknowledgements", reports::OrganisationReports::acknowledgements(*db, version, day)},
        {"dashboard",
         reports::DashboardReport::build(*db, core::DashboardService(*db).compute(2025, day))},
    };
    for (const auto& [name, report] : all) {
        const QStringList text = pages(report);
        ASSERT_FALSE(text.isEmpty()) << name;
        for (int page = 0; page < text.size(); ++page) {
            EXPECT_TRUE(text[page].contains(stamp()))
                << name << ", page " << page + 1 << ": " << text[page].toStdString();
        }
    }
}

TEST_F(TrailOnReports, APolicyCopySaysWhereTheTrailStoodAndAControlledOneIncludesItsOwnIssue) {
    const QString file = files.path(QStringLiteral("copy.pdf"));
    reports::PolicyCopyReport(reports::PolicyCopyReport::inputFor(*db, version)).writePdf(file);
    const core::AuditLog::Head before = core::AuditLog(*db).head();
    EXPECT_TRUE(withoutSpace(pdfText(file))
                    .contains(withoutSpace(QStringLiteral("列印時稽核軌跡：第 %1 筆，%2")
                                               .arg(before.entry)
                                               .arg(before.shortHash()))));

    reports::PolicyCopyReport(
        reports::PolicyCopyReport::controlledInputFor(*db, version, 0, QStringLiteral("兵役處")))
        .writePdf(file);
    const core::AuditLog::Head issued = core::AuditLog(*db).head();
    EXPECT_GT(issued.entry, before.entry);  // the copy's issue is in the trail, and on the copy
    EXPECT_TRUE(withoutSpace(pdfText(file))
                    .contains(withoutSpace(QStringLiteral("列印時稽核軌跡：第 %1 筆，%2")
                                               .arg(issued.entry)
                                               .arg(issued.shortHash()))));
}
