#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QTextStream>

class QIODevice;

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
    bool knownCommand(const QStringList& command) const;
    // Opens a file or a server database. A server that wants a password nobody gave (PGPASSWORD,
    // ~/.pgpass) gets it asked for on the terminal, as psql does.
    static std::unique_ptr<core::Database> open(const QString& location, bool demoContentIfNew);
    // Signs in the --user; a database without users first gets it as administrator.
    void signIn(core::Database& db, const CommandLine& commandLine, bool required);
    int showPolicy(core::Database& db, const CommandLine& commandLine);
    int importPolicy(core::Database& db, const CommandLine& commandLine);
    int exportPolicy(core::Database& db, const CommandLine& commandLine);
    int exportPlan(core::Database& db, const CommandLine& commandLine);
    int exportMeetingPack(core::Database& db, const CommandLine& commandLine);
    int exportDashboard(core::Database& db, const CommandLine& commandLine);
    int exportOrganisation(core::Database& db, const CommandLine& commandLine);
    int generate(const CommandLine& commandLine);
    int copy(const CommandLine& commandLine);
    int check(core::Database& db);
    int verify(core::Database& db, const QString& fileOrFingerprint);
    int backup(core::Database& db, const QString& file);
    int serverRoles(core::Database& db);
    int restore(std::unique_ptr<core::Database> db, const QString& file);
    int usage(const QString& message);

    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace isms::app
