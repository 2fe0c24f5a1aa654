#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// The commands on the database as a whole: check, back up, restore, copy, generate, server roles.
class DatabaseCommands {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
public:
    static QList<Command> commands();

private:
    static int check(CommandContext& c);
    static int backup(CommandContext& c);
    static int restore(CommandContext& c);
    static int copy(CommandContext& c);
    static int generate(CommandContext& c);
    static int serverRoles(CommandContext& c);
};

}  // namespace isms::app
