#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// The year's records from a script, as their pages make them: an objective's measurement and a
// social-engineering drill (which measures its objective itself and closes its review cycle).
class RecordCommands {
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)
public:
    static QList<Command> commands();

private:
    static int measurement(CommandContext& c);
    static int drill(CommandContext& c);
    static int endedPeriods(CommandContext& c);
};

}  // namespace isms::app
