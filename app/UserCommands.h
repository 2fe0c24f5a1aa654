#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// Accounts from a script, as the Users page makes them (administrators only): add one with its
// role, list them, disable one. A new account's password is never an argument.
class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static constexpr const char* kNewPasswordVariable = "ISMS_DESK_NEW_PASSWORD";
    static QList<Command> commands();

private:
    static int add(CommandContext& c);
    static int list(CommandContext& c);
    static int disable(CommandContext& c);
};

}  // namespace isms::app
