#include "ReportCommands.h"

#include <QDate>

#include "CommandLine.h"
#include "DashboardReport.h"
#include "JournaledText.h"
#include "MeetingPackReport.h"
#include "OrganisationReports.h"
#include "AvailabilityReport.h"
#include "TrainingReports.h"
#include "IncidentReport.h"
#include "PlanReports.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "services/AcknowledgementService.h"
#include "services/ActionPlanService.h"
#include "services/DashboardService.h"
#include "services/RaciService.h"
#include "services/ReviewCalendar.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/SafeFile.h"

namespace isms::app {

using core::Error;

namespace {

// Which of PDF or CSV the --out names; nullopt, with the reason printed, when neither.
std::optional<bool> csvOut(CommandContext& c) {
    const QString out = c.line.output();
    if (out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) return true;
    if (out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) return false;
    c.usage(
        ReportCommands::tr("Say where to write the report with --out FILE.pdf or --out FILE.csv."));
    return std::nullopt;
}

bool pdfOut(CommandContext& c) {
    if (c.line.output().endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) return true;
    c.usage(ReportCommands::tr("Say where to write the PDF with --out FILE.pdf."));
    return false;
}

int wrotePages(CommandContext& c, const reports::TableReport& report) {
    const QString missing = reports::JournaledText::missingNote(report.writePdf(c.line.output()));
    c.out << ReportCommands::tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount())
                 .arg(c.line.output())
          << Qt::endl;
    if (!missing.isEmpty()) c.err << missing << Qt::endl;
    return CommandLine::Ok;
}

int wroteRows(CommandContext& c, qint64 rows) {
    c.out << ReportCommands::tr("Wrote %n row(s) to %1.", nullptr, int(rows)).arg(c.line.output())
          << Qt::endl;
    return CommandLine::Ok;
}

int yearOf(const CommandLine& line) {
    return line.year() ? line.year() : core::Clock::today().year();
}
}  // namespace

QList<Command> ReportCommands::commands() {
    const QString pdfOrCsv = QStringLiteral("--out FILE.pdf|FILE.csv");
    return {
        {{QStringLiteral("export"), QStringLiteral("action-plan")},
         {},
         QStringLiteral("[--year Y] ") + pdfOrCsv,
         tr("Write the yearly action plan, grouped by objective; the CSV can be imported again."),
         Command::Opens::Database,
         Command::never,
         plan},
        {{QStringLiteral("export"), QStringLiteral("objectives")},
         {},
         QStringLiteral("[--year Y] [--document CODE] ") + pdfOrCsv,
         tr("Write the objective effectiveness report for the management review."),
         Command::Opens::Database,
         Command::never,
         plan},
        {{QStringLiteral("export"), QStringLiteral("availability")},
         {},
         QStringLiteral("[--year Y] ") + pdfOrCsv,
         tr("Write the core systems' availability for the year, month by month against their targets, with the "
            "year's outages (objective 6)."),
         Command::Opens::Database,
         Command::never,
         availability},
        {{QStringLiteral("export"), QStringLiteral("incidents")},
         {},
         QStringLiteral("[--year Y] ") + pdfOrCsv,
         tr("Write the year's register of security incidents and weaknesses with each deadline: reporting, damage "
            "control or recovery, the investigation report (objectives 4 and 7)."),
         Command::Opens::Database,
         Command::never,
         incidents},
        {{QStringLiteral("export"), QStringLiteral("training")},
         {},
         QStringLiteral("[--year Y] --out FILE.pdf"),
         tr("Write the year's security-training standing by unit: who had the hours required and who is short "
            "(objective 3)."),
         Command::Opens::Database,
         Command::never,
         training},
        {{QStringLiteral("export"), QStringLiteral("review-schedule")},
         {},
         QStringLiteral("[--from DATE] [--to DATE] ") + pdfOrCsv,
         tr("Write the reviews and measurements falling due between the dates (default: the next "
            "90 days)."),
         Command::Opens::Database,
         Command::never,
         reviewSchedule},
        {{QStringLiteral("export"), QStringLiteral("meeting-pack")},
         {},
         QStringLiteral("--meeting ID --out FILE.pdf"),
         tr("Write a meeting's pack: agenda, objective effectiveness, open findings, overdue "
            "actions, the previous "
            "meeting's follow-ups; with the minutes and signature lines once they are recorded."),
         Command::Opens::Database,
         Command::never,
         meetingPack},
        {{QStringLiteral("export"), QStringLiteral("dashboard")},
         {},
         QStringLiteral("[--year Y] --out FILE.pdf"),
         tr("Write the chair's dashboard for the year: the same figures as the screen."),
         Command::Opens::Database,
         Command::never,
         dashboard},
        {{QStringLiteral("export"), QStringLiteral("raci")},
         {},
         pdfOrCsv,
         tr("Write the RACI matrix of responsibilities, with what breaks its rules."),
         Command::Opens::Database,
         Command::never,
         raci},
        {{QStringLiteral("export"), QStringLiteral("acknowledgements")},
         {},
         QStringLiteral("--document CODE [--version X] ") + pdfOrCsv,
         tr("Write who has acknowledged a policy version (default: the one in force): coverage per "
            "unit and "
            "category, and who has not yet."),
         Command::Opens::Database,
         Command::never,
         acknowledgements},
    };
}

int ReportCommands::plan(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const int year = yearOf(c.line);
    const bool plan = c.command.words.value(1) == QStringLiteral("action-plan");
    QString document = c.line.documentCode();
    if (document.isEmpty() && !core::PolicyRepository(c.db()).documents().isEmpty()) {
        document = core::PolicyRepository(c.db()).documents().first().code;
    }
    if (*csv) {
        qint64 rows = 0;
        core::SafeFile::write(c.line.output(), [&](QIODevice& file) {
            rows = plan ? core::ActionPlanService(c.db()).exportCsv(year, file)
                        : reports::PlanReports::writeObjectivesCsv(c.db(), document, year, file);
        });
        return wroteRows(c, rows);
    }
    return wrotePages(c, plan ? reports::PlanReports::actionPlan(c.db(), year)
                              : reports::PlanReports::objectives(c.db(), document, year));
}

int ReportCommands::availability(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const int year = yearOf(c.line);
    if (*csv) {
        qint64 rows = 0;
        core::SafeFile::write(c.line.output(),
                              [&](QIODevice& file) { rows = reports::AvailabilityReport::writeCsv(c.db(), year, file); });
        return wroteRows(c, rows);
    }
    return wrotePages(c, reports::AvailabilityReport::build(c.db(), year));
}

int ReportCommands::incidents(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const int year = yearOf(c.line);
    if (*csv) {
        qint64 rows = 0;
        core::SafeFile::write(c.line.output(), [&](QIODevice& file) { rows = reports::IncidentReport::writeCsv(c.db(), year, file); });
        return wroteRows(c, rows);
    }
    return wrotePages(c, reports::IncidentReport::build(c.db(), year));
}

int ReportCommands::training(CommandContext& c) {
    if (!pdfOut(c)) return CommandLine::Usage;
    return wrotePages(c, reports::TrainingReports::standingByUnit(c.db(), yearOf(c.line)));
}

int ReportCommands::reviewSchedule(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const QDate today = core::Clock::today();
    const QDate from = c.line.from().isValid() ? c.line.from() : today;
    const QDate to = c.line.to().isValid() ? c.line.to() : today.addDays(90);
    const core::ReviewCalendar calendar(c.db());
    const auto items = calendar.between(from, to, today);
    if (*csv) {
        core::SafeFile::write(c.line.output(),
                              [&](QIODevice& file) { calendar.writeCsv(items, file); });
    } else {
        const QString missing = reports::JournaledText::missingNote(
            reports::PlanReports::reviewSchedule(c.db(), items, from, to)
                .writePdf(c.line.output()));
        if (!missing.isEmpty()) c.err << missing << Qt::endl;
    }
    return wroteRows(c, items.size());
}

int ReportCommands::meetingPack(CommandContext& c) {
    if (c.line.meeting() == 0) return c.usage(tr("Say which meeting with --meeting ID."));
    if (!pdfOut(c)) return CommandLine::Usage;
    return wrotePages(
        c, reports::MeetingPackReport::build(c.db(), c.line.meeting(), core::Clock::today()));
}

int ReportCommands::dashboard(CommandContext& c) {
    if (!pdfOut(c)) return CommandLine::Usage;
    const auto figures =
        core::DashboardService(c.db()).compute(yearOf(c.line), core::Clock::today());
    return wrotePages(c, reports::DashboardReport::build(c.db(), figures));
}

int ReportCommands::raci(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const auto matrix = core::RaciService(c.db()).matrix();
    if (!*csv) return wrotePages(c, reports::OrganisationReports::raci(c.db(), matrix));
    core::SafeFile::write(c.line.output(),
                          [&](QIODevice& file) { core::RaciService::writeCsv(matrix, file); });
    return wroteRows(c, matrix.activities.size());
}

int ReportCommands::acknowledgements(CommandContext& c) {
    const auto csv = csvOut(c);
    if (!csv) return CommandLine::Usage;
    const QString code = c.line.documentCode();
    if (code.isEmpty()) return c.usage(tr("Say which policy with --document CODE."));
    const QDate today = core::Clock::today();
    const core::PolicyRepository repository(c.db());
    const auto version = c.line.version().isEmpty() ? repository.inForce(code, today)
                                                    : repository.find(code, c.line.version());
    if (version.id == 0)
        throw Error(Error::Kind::NotFound, tr("No version of %1 is in force.").arg(code));
    if (!*csv)
        return wrotePages(
            c, reports::OrganisationReports::acknowledgements(c.db(), version.id, today));
    const auto audience = core::AcknowledgementService(c.db()).audience(version.id, today);
    core::SafeFile::write(c.line.output(), [&](QIODevice& file) {
        core::AcknowledgementService::writeCsv(audience, file);
    });
    return wroteRows(c, audience.size());
}

}  // namespace isms::app
