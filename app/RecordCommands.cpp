#include "RecordCommands.h"

#include "CommandLine.h"
#include "DashboardReport.h"
#include "PlanReports.h"
#include "domain/Clock.h"
#include "domain/DrillResult.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/DrillService.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"

#include <QLocale>

namespace isms::app {

using core::Error;

QList<Command> RecordCommands::commands() {
    return {
        {{QStringLiteral("record"), QStringLiteral("measurement")},
         {QStringLiteral("CODE")},
         QStringLiteral("--objective N --from DATE --to DATE --value V [--evidence TEXT]"),
         tr("Record a measurement of objective N of the policy in force for the period given (editors)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         measurement},
        {{QStringLiteral("record"), QStringLiteral("drill")},
         {},
         QStringLiteral("--year Y --half H --date DATE --sent N --opened N --clicked N [--reported N]"),
         tr("Record a social-engineering drill of the half-year: whether it passed is worked out from the rates, "
            "and it measures its objective and closes the drill cycle (editors)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         drill},
        {{QStringLiteral("record"), QStringLiteral("ended-periods")},
         {},
         QString(),
         tr("Record the value of every objective computed from the records for each period that has ended and "
            "has no measurement yet, with the records it was computed from; for a scheduled task (editors)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         endedPeriods},
    };
}

int RecordCommands::endedPeriods(CommandContext& c) {
    const int recorded = core::ObjectiveService(c.db()).recordEndedPeriods();
    c.out << (recorded == 0 ? tr("No ended period was waiting to be recorded.")
                            : tr("Recorded %n measurement(s) computed from the records.", nullptr, recorded))
          << Qt::endl;
    return CommandLine::Ok;
}

int RecordCommands::measurement(CommandContext& c) {
    const auto number = c.whole(QStringLiteral("objective"), 1, 999);
    if (!number) return CommandLine::Usage;
    const auto from = c.day(QStringLiteral("from"));
    if (!from) return CommandLine::Usage;
    const auto to = c.day(QStringLiteral("to"));
    if (!to) return CommandLine::Usage;
    const auto value = c.number(QStringLiteral("value"));
    if (!value) return CommandLine::Usage;
    const core::ObjectiveService objectives(c.db());
    const auto standings = objectives.standings(c.operand(0), to->year());
    for (const auto& s : standings) {
        if (s.number != *number) continue;
        core::ObjectiveService(c.db()).recordMeasurement(s.objectiveId, *from, *to, *value, 0,
                                                         c.line.value(QStringLiteral("evidence")));
        const auto now = objectives.standing(s.objectiveId, to->year());
        c.out << tr("Recorded %1 for objective %2 (%3 to %4). The objective's status for %5: %6.")
                     .arg(QLocale().toString(*value))
                     .arg(*number)
                     .arg(core::Language::longDate(*from), core::Language::longDate(*to),
                          reports::PlanReports::yearText(to->year()), core::ObjectiveStatus::label(now.status))
              << Qt::endl;
        return CommandLine::Ok;
    }
    throw Error(Error::Kind::NotFound, tr("The version of %1 in force has no objective %2 (it has %n).", nullptr,
                                          int(standings.size()))
                                           .arg(c.operand(0))
                                           .arg(*number));
}

int RecordCommands::drill(CommandContext& c) {
    core::DrillService::Drill d;
    const auto year = c.whole(QStringLiteral("year"), 2000, 2100);
    if (!year) return CommandLine::Usage;
    const auto half = c.whole(QStringLiteral("half"), 1, 2);
    if (!half) return CommandLine::Usage;
    const auto date = c.day(QStringLiteral("date"));
    if (!date) return CommandLine::Usage;
    const auto sent = c.whole(QStringLiteral("sent"), 1, 10'000'000);
    if (!sent) return CommandLine::Usage;
    const auto opened = c.whole(QStringLiteral("opened"), 0, 10'000'000);
    if (!opened) return CommandLine::Usage;
    const auto clicked = c.whole(QStringLiteral("clicked"), 0, 10'000'000);
    if (!clicked) return CommandLine::Usage;
    const auto reported = c.whole(QStringLiteral("reported"), 0, 10'000'000, false);
    if (!reported) return CommandLine::Usage;
    d.year = *year;
    d.half = *half;
    d.date = *date;
    d.sent = *sent;
    d.opened = *opened;
    d.clicked = *clicked;
    d.reported = *reported;
    core::DrillService(c.db()).record(d);
    const bool passed = core::DrillResult::passed(d.sent, d.opened, d.clicked, d.openThreshold, d.clickThreshold);
    const QString halfYear = reports::DashboardReport::halfYear(d.year, d.half);
    c.out << (passed ? tr("Recorded the drill of %1: passed.") : tr("Recorded the drill of %1: failed.")).arg(halfYear) << Qt::endl;
    return CommandLine::Ok;
}

}  // namespace isms::app
