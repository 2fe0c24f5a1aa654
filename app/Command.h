#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace isms::core {
class Database;
}

namespace isms::app {

class CommandLine;
struct Command;

// What a command's run is handed. A command that opens its own databases (generate, copy)
// gets no database; restore takes it over, so that nothing holds the file it replaces.
struct CommandContext {
    const Command& command;
    const CommandLine& line;
    std::unique_ptr<core::Database>& database;
    QTextStream& out;
    QTextStream& err;

    core::Database& db() const { return *database; }
    QString operand(int i) const;  // the i-th argument after the command's words
    // Prints the reason and the way to the help; returns the usage exit code.
    int usage(const QString& message) const;
    // An option's value read as a whole number, a number or a day (2026-12-15 or 115/12/15);
    // nullopt after saying what is wrong (the command then returns CommandLine::Usage). A
    // required option that is missing is wrong too; one not required and not given is the
    // minimum, or an invalid date.
    std::optional<int> whole(const QString& option, int minimum, int maximum,
                             bool required = true) const;
    std::optional<double> number(const QString& option) const;
    std::optional<QDate> day(const QString& option, bool required = true) const;
    // A required text option, trimmed; nullopt after saying it is missing.
    std::optional<QString> text(const QString& option) const;
};

// One command of the program: everything the parser, the dispatch, --help, the man page and
// the README's command table say of it comes from here.
struct Command {
    // Database: the --database (or default) one, created with the demo content if it is not
    // there; ExistingDatabase: only one that is there, since a new demo database would answer
    // for records it never held; Itself: the command opens what it needs.
    enum class Opens { Database, ExistingDatabase, Itself };

    QStringList words;     // as typed: {"export", "policy"}
    QStringList operands;  // what follows the words, as named in the syntax: {"CODE"}
    QString options;       // the options after the operands, as in the syntax: "[--version X] --out
                           // FILE.pdf"
    QString summary;       // translated: what it does, one or two sentences
    Opens opens = Opens::Database;
    // Whether this invocation changes data, so that it must sign in first.
    std::function<bool(const CommandLine&)> changesData;
    std::function<int(CommandContext&)> run;
    // Signs in (changesData) only to show what is the administrators' to see: it runs on a
    // database that takes no changes (read only, or its trail broken) too.
    bool onlyReads = false;

    QString name() const { return words.join(QLatin1Char(' ')); }
    static bool never(const CommandLine&) { return false; }
    static bool always(const CommandLine&) { return true; }
    QString syntax() const;  // words, operands and options
    // The options it takes: those its syntax names (the global ones are taken by every command).
    QStringList accepts() const;
    // Prints the reason and the way to the help; returns the usage exit code.
    static int usage(QTextStream& err, const QString& message);
};

}  // namespace isms::app
