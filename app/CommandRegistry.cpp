#include "CommandRegistry.h"

#include "DatabaseCommands.h"
#include "DocumentControlCommands.h"
#include "PolicyCommands.h"
#include "RecordCommands.h"
#include "ReportCommands.h"
#include "UserCommands.h"

namespace isms::app {

QList<Command> CommandRegistry::all() {
    return PolicyCommands::commands() + DocumentControlCommands::commands() + RecordCommands::commands() +
           ReportCommands::commands() + UserCommands::commands() + DatabaseCommands::commands();
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
