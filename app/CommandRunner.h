#pragma once

#include <memory>

#include <QCoreApplication>
#include <QTextStream>

namespace isms::core {
class Database;
}

namespace isms::app {

class CommandLine;

// Runs one command of the registry headless (no display needed) and returns the process exit
// code; failures print a one-line reason on standard error.
class CommandRunner {
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)
public:
    CommandRunner();
    int run(const CommandLine& commandLine);

    // Opens a file or a server database. A server that wants a password nobody gave (PGPASSWORD,
    // ~/.pgpass) gets it asked for on the terminal, as psql does.
    static std::unique_ptr<core::Database> open(const QString& location, bool demoContentIfNew);
    // Signs in the --user; a database without users first gets it as administrator.
    static void signIn(core::Database& db, const CommandLine& commandLine, bool required);

private:
    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace isms::app
