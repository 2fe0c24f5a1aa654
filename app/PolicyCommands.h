#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// The commands on policy documents: show, import, export and verify a printed copy.
class PolicyCommands {
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)
public:
    static QList<Command> commands();

private:
    static int show(CommandContext& c);
    static int import(CommandContext& c);
    static int exportPolicy(CommandContext& c);
    static int verify(CommandContext& c);
};

}  // namespace isms::app
