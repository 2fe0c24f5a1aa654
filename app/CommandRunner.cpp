#include "CommandRunner.h"

#include <QFileInfo>

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "PasswordSource.h"
#include "domain/Error.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

namespace isms::app {

using core::Error;

CommandRunner::CommandRunner() : m_out(stdout), m_err(stderr) {}

std::unique_ptr<core::Database> CommandRunner::open(const QString& location,
                                                    bool demoContentIfNew) {
    try {
        return core::Workspace::open(location, demoContentIfNew);
    } catch (const Error& e) {
        if (!core::ServerAddress::isServer(location) ||
            !e.message().contains(QStringLiteral("no password supplied")))
            throw;
        const QString password = PasswordSource::ask(tr("Server password for %1: ").arg(location));
        if (password.isEmpty()) throw;
        return core::Workspace::open(location, demoContentIfNew, core::Database::Check::Full,
                                     password);
    }
}

void CommandRunner::signIn(core::Database& db, const CommandLine& commandLine, bool required) {
    const QString user =
        commandLine.user().isEmpty() ? QStringLiteral("admin") : commandLine.user();
    core::UserService users(db);
    const bool firstUser = !users.hasUsers();
    if (!required && !firstUser) return;
    // The first administrator comes only with a change, or with the database this very command
    // created: reading a database without accounts never gives it one.
    if (!required && !db.wasCreated()) return;
    const QString password = PasswordSource::read(user);
    if (password.isEmpty()) {
        if (!required) return;  // the window asks for the administrator at its first start
        throw Error(Error::Kind::Permission,
                    tr("This command changes data: give the password of %1 in %2 or on a terminal.")
                        .arg(user, QString::fromLatin1(PasswordSource::kVariable)));
    }
    if (firstUser) {
        // Said as what it is: the database has no accounts yet, and this password makes its first.
        try {
            users.createFirstAdministrator(user, user, password);
        } catch (const Error& e) {
            throw Error(e.kind(), tr("The database has no accounts yet: the password given makes %1 its first "
                                     "administrator. %2").arg(user, e.message()));
        }
    }
    users.signIn(user, password);
}

int CommandRunner::run(const CommandLine& commandLine) {
    std::unique_ptr<core::Database> db;
    const auto command = CommandRegistry::find(commandLine.command());
    if (!command) {
        // The command's words with the wrong number of arguments: say what it takes.
        for (const Command& known : CommandRegistry::all()) {
            if (commandLine.command().mid(0, known.words.size()) == known.words) {
                return Command::usage(m_err, tr("Write it as: isms-desk %1").arg(known.syntax()));
            }
        }
        return Command::usage(
            m_err, tr("Unknown command: %1").arg(commandLine.command().join(QLatin1Char(' '))));
    }
    CommandContext context{*command, commandLine, db, m_out, m_err};
    // An option the command does not take is a mistake to point out, not to ignore.
    for (const QString& option : commandLine.commandOptions()) {
        if (command->accepts().contains(option)) continue;
        return context.usage(command->options.isEmpty()
                                 ? tr("%1 does not take --%2. It takes no options of its own.")
                                       .arg(command->name(), option)
                                 : tr("%1 does not take --%2. It takes: %3")
                                       .arg(command->name(), option, command->options));
    }
    if (command->opens != Command::Opens::Itself) {
        try {
            const QString path = commandLine.database().isEmpty() ? core::Database::defaultPath()
                                                                  : commandLine.database();
            if (command->opens == Command::Opens::ExistingDatabase &&
                !core::ServerAddress::isServer(path) && !QFileInfo::exists(path)) {
                throw Error(
                    Error::Kind::NotFound,
                    tr("There is no database “%1”: %2 works only on one that holds records.")
                        .arg(path, command->name()));
            }
            db = open(path, commandLine.demoContent());
        } catch (const Error& e) {
            m_err << e.message() << Qt::endl;
            return CommandLine::DatabaseRefused;
        }
    }
    try {
        const bool changes = command->changesData(commandLine);
        if (db && changes && !command->onlyReads && db->isReadOnly()) {
            m_err << db->readOnlyReason() << Qt::endl;
            return CommandLine::DatabaseRefused;
        }
        if (db && changes && !command->onlyReads) {
            // Nothing is written into a database whose trail no longer proves its records: the
            // change would be chained onto a break and hide it.
            // Cut short or rewritten under what this workstation saw of it (TrailAnchor).
            if (!db->trailProblem().isEmpty()) {
                m_err << db->trailProblem() << Qt::endl;
                return CommandLine::DatabaseRefused;
            }
            const auto chain = core::AuditLog(*db).verify();
            if (!chain.intact) {
                m_err << tr("The audit trail of %1 is broken at entry %2: nothing is written into "
                            "it. Run isms-desk "
                            "check, and restore a verified backup.")
                             .arg(db->path())
                             .arg(chain.firstBrokenId)
                      << Qt::endl;
                return CommandLine::DatabaseRefused;
            }
        }
        if (db) signIn(*db, commandLine, changes);
        return command->run(context);
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return e.kind() == Error::Kind::Permission ? CommandLine::NotPermitted
                                                   : CommandLine::Failed;
    }
}

}  // namespace isms::app
