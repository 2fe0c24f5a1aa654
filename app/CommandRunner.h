#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace isms::core {
class Database;
}

namespace isms::app {

class CommandLine;

// Runs one command headless (no display needed) and returns the process exit code; failures
// print a one-line reason on standard error.
class CommandRunner {
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)
public:
    CommandRunner();
    int run(const CommandLine& commandLine);

private:
    int showPolicy(core::Database& db, const CommandLine& commandLine);
    int importPolicy(core::Database& db, const CommandLine& commandLine);
    int check(core::Database& db);
    int usage(const QString& message);

    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace isms::app
