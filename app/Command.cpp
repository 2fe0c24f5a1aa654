#include "Command.h"

#include "CommandLine.h"
#include "CommandRunner.h"

namespace isms::app {

QString CommandContext::operand(int i) const { return line.command().value(int(command.words.size()) + i); }

int CommandContext::usage(const QString& message) const {
    err << message << Qt::endl << CommandRunner::tr("Run isms-desk --help for the commands.") << Qt::endl;
    return CommandLine::Usage;
}

QString Command::syntax() const {
    QStringList parts = words + operands;
    if (!options.isEmpty()) parts << options;
    return parts.join(QLatin1Char(' '));
}

}  // namespace isms::app
