#include "Command.h"

#include "CommandLine.h"
#include "CommandRunner.h"

#include <QRegularExpression>

namespace isms::app {

QString CommandContext::operand(int i) const { return line.command().value(int(command.words.size()) + i); }

int CommandContext::usage(const QString& message) const { return Command::usage(err, message); }

int Command::usage(QTextStream& err, const QString& message) {
    err << message << Qt::endl << CommandRunner::tr("Run isms-desk --help for the commands.") << Qt::endl;
    return CommandLine::Usage;
}

QStringList Command::accepts() const {
    static const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
    QStringList names;
    for (const auto& m : option.globalMatch(options)) names << m.captured(1);
    return names;
}

QString Command::syntax() const {
    QStringList parts = words + operands;
    if (!options.isEmpty()) parts << options;
    return parts.join(QLatin1Char(' '));
}

}  // namespace isms::app
