#include "CommandRegistry.h"

#include "DatabaseCommands.h"
#include "PolicyCommands.h"
#include "ReportCommands.h"

namespace isms::app {

QList<Command> CommandRegistry::all() {
    return PolicyCommands::commands() + ReportCommands::commands() + DatabaseCommands::commands();
}

std::optional<Command> CommandRegistry::find(const QStringList& positional) {
    for (const Command& command : all()) {
        if (positional.size() == command.words.size() + command.operands.size() &&
            positional.mid(0, command.words.size()) == command.words) {
            return command;
        }
    }
    return std::nullopt;
}

}  // namespace isms::app
