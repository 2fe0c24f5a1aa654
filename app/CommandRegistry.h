#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace isms::app {

// The program's commands, in the order --help, the man page and the README list them.
class CommandRegistry {
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)
public:
    static QList<Command> all();
    // The command whose words start the positional arguments and whose operands they supply;
    // nullopt when none does.
    static std::optional<Command> find(const QStringList& positional);
};

}  // namespace isms::app
