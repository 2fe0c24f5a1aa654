#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// The commands that write the reports of the records: plans, objectives, schedules, meetings,
// the dashboard and the organisation's.
class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
public:
    static QList<Command> commands();

private:
    static int plan(CommandContext& c);
    static int reviewSchedule(CommandContext& c);
    static int availability(CommandContext& c);
    static int training(CommandContext& c);
    static int incidents(CommandContext& c);
    static int meetingPack(CommandContext& c);
    static int dashboard(CommandContext& c);
    static int raci(CommandContext& c);
    static int acknowledgements(CommandContext& c);
};

}  // namespace isms::app
