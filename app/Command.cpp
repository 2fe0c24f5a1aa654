#include "Command.h"

#include "CommandLine.h"
#include "CommandRunner.h"

#include "domain/RocDate.h"

#include <QRegularExpression>

#include <cmath>

namespace isms::app {

QString CommandContext::operand(int i) const { return line.command().value(int(command.words.size()) + i); }

int CommandContext::usage(const QString& message) const { return Command::usage(err, message); }

std::optional<QString> CommandContext::text(const QString& option) const {
    const QString value = line.value(option).trimmed();
    if (value.isEmpty()) {
        usage(CommandRunner::tr("%1 needs --%2.").arg(command.name(), option));
        return std::nullopt;
    }
    return value;
}

std::optional<int> CommandContext::whole(const QString& option, int minimum, int maximum, bool required) const {
    if (!line.isSet(option) && !required) return minimum;
    if (!line.isSet(option)) {
        text(option);  // says it is missing
        return std::nullopt;
    }
    bool ok = false;
    const int value = line.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        usage(CommandRunner::tr("--%1 takes a whole number from %2 to %3.").arg(option).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return value;
}

std::optional<double> CommandContext::number(const QString& option) const {
    if (!text(option)) return std::nullopt;
    bool ok = false;
    const double value = line.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        usage(CommandRunner::tr("--%1 takes a number, e.g. 99.5.").arg(option));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> CommandContext::day(const QString& option, bool required) const {
    if (!line.isSet(option) && !required) return QDate();
    if (!text(option)) return std::nullopt;
    const QDate value = core::RocDate::parse(line.value(option));
    if (!value.isValid()) {
        usage(CommandRunner::tr("“%1” is not a date: write 2025-01-31 or 114/01/31.").arg(line.value(option)));
        return std::nullopt;
    }
    return value;
}

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
