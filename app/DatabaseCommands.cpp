#include "DatabaseCommands.h"

#include <QDate>
#include <QFileInfo>

#include "CommandLine.h"
#include "CommandRunner.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/UserRole.h"
#include "services/BackupService.h"
#include "services/DataGenerator.h"
#include "services/DatabaseCheck.h"
#include "services/DatabaseCopy.h"
#include "services/DemoContent.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"

namespace isms::app {

using core::Error;

QList<Command> DatabaseCommands::commands() {
    return {
        {{QStringLiteral("check")},
         {},
         {},
         tr("Check the database (PRAGMA integrity_check and its links on a file) and the audit "
            "chain: report the "
            "first broken entry and print the chain's head hash."),
         Command::Opens::ExistingDatabase,
         Command::never,
         check},
        {{QStringLiteral("backup")},
         {QStringLiteral("FILE")},
         {},
         tr("Write a verified copy of the database to FILE (administrators)."),
         Command::Opens::Database,
         Command::always,
         backup},
        {{QStringLiteral("restore")},
         {QStringLiteral("FILE")},
         {},
         tr("Replace the database with the verified copy FILE; the replaced one is kept aside "
            "(administrators)."),
         Command::Opens::Database,
         Command::always,
         restore},
        {{QStringLiteral("copy")},
         {},
         QStringLiteral("--from DB --to DB"),
         tr("Copy every record of a database into a new one: a file to a PostgreSQL server "
            "(postgresql://user@host:port/dbname, an empty database) or back to a new file. Both "
            "sides are counted "
            "and the audit trail is verified (administrators of the source)."),
         Command::Opens::Itself,
         Command::always,
         copy},
        {{QStringLiteral("generate")},
         {},
         QStringLiteral("--scale FACTOR --database FILE [--seed S]"),
         tr("Create FILE filled with synthetic records at FACTOR times a bureau's decade, for "
            "benchmarks and "
            "trials; never into an existing file."),
         Command::Opens::Itself,
         Command::never,
         generate},
        {{QStringLiteral("server-roles")},
         {},
         {},
         tr("On a PostgreSQL database (--database postgresql://…), as its owner: create a server "
            "role for each of the "
            "program's roles and give each the privileges the program allows it, so that they hold "
            "outside the program "
            "too."),
         Command::Opens::Database,
         Command::always,
         serverRoles},
    };
}

int DatabaseCommands::check(CommandContext& c) {
    const auto report = core::DatabaseCheck(c.db()).run(true);
    for (const QString& line : report.lines()) c.out << line << Qt::endl;
    return report.sound() ? CommandLine::Ok : CommandLine::Failed;
}

int DatabaseCommands::backup(CommandContext& c) {
    const auto copy = core::BackupService(c.db()).backup(c.operand(0));
    c.out << tr("Backed up to %1 (%2 bytes, SHA-256 %3).")
                 .arg(copy.file)
                 .arg(copy.size)
                 .arg(copy.sha256)
          << Qt::endl
          << tr("Audit trail head: %1").arg(copy.auditHead) << Qt::endl;
    return CommandLine::Ok;
}

int DatabaseCommands::restore(CommandContext& c) {
    c.db().require(core::UserRole::Permission::ManageBackups);
    if (c.db().engine() != core::Database::Engine::SQLite) {
        throw Error(Error::Kind::Invalid,
                    tr("restore replaces a database file. To fill a server database from a "
                       "file, use copy --from FILE --to ADDRESS."));
    }
    const QString target = c.db().path();
    const QString actor = c.db().actor();
    c.database.reset();  // the file is replaced only once nothing holds it open
    const auto restored = core::BackupService::restore(c.operand(0), target, actor);
    c.out << tr("Restored %1 from %2; the replaced database is kept as %3.")
                 .arg(target, c.operand(0), restored.aside)
          << Qt::endl
          << core::BackupService::describe(restored) << Qt::endl;
    return CommandLine::Ok;
}

int DatabaseCommands::serverRoles(CommandContext& c) {
    const QStringList groups = core::ServerRoles::apply(c.db());
    c.out << tr("The program's roles are set up on %1 as these server roles:").arg(c.db().path())
          << Qt::endl;
    const auto roles = core::UserRole::all();
    for (int i = 0; i < roles.size(); ++i) {
        c.out << QStringLiteral("  %1: %2").arg(core::UserRole::label(roles[i]), groups[i])
              << Qt::endl;
    }
    c.out
        << tr("Give each person a server login named as their account in the program, in one of "
              "these roles, e.g.:")
        << Qt::endl
        << QStringLiteral("  CREATE ROLE chen LOGIN PASSWORD '…' IN ROLE %1;").arg(groups.value(1))
        << Qt::endl;
    return CommandLine::Ok;
}

int DatabaseCommands::copy(CommandContext& c) {
    const QString from = c.line.copyFrom(), to = c.line.copyTo();
    if (from.isEmpty() || to.isEmpty())
        return c.usage(tr("Say what to copy where: copy --from DB --to DB."));
    const bool fromServer = core::ServerAddress::isServer(from),
               toServer = core::ServerAddress::isServer(to);
    if (!fromServer && !QFileInfo::exists(from)) {
        c.err << tr("“%1” does not exist.").arg(from) << Qt::endl;
        return CommandLine::DatabaseRefused;
    }
    // Into a new file only: a copy never mixes with records already kept somewhere.
    if (!toServer && QFileInfo::exists(to)) {
        c.err << tr("“%1” already exists; copy creates a new database file.").arg(to) << Qt::endl;
        return CommandLine::Failed;
    }
    std::unique_ptr<core::Database> source, target;
    try {
        source = CommandRunner::open(from, false);
        target = CommandRunner::open(to, false);
    } catch (const Error& e) {
        c.err << e.message() << Qt::endl;
        if (!toServer && !target) core::Database::removeFile(to);
        return CommandLine::DatabaseRefused;
    }
    try {
        CommandRunner::signIn(*source, c.line, true);
        const auto result = core::DatabaseCopy::copy(*source, *target);
        qint64 records = 0;
        for (const qint64 rows : result.rows) records += rows;
        c.out << tr("Copied %1 to %2: %3 records in %4 tables, the same number on both sides.")
                     .arg(source->path(), target->path())
                     .arg(records)
                     .arg(result.rows.size())
              << Qt::endl
              << tr("Audit trail intact: %n entries.", nullptr, int(result.auditEntries))
              << Qt::endl
              << tr("Audit trail head: %1").arg(result.auditHead) << Qt::endl;
        return CommandLine::Ok;
    } catch (const Error& e) {
        c.err << e.message() << Qt::endl;
        if (!toServer) {
            const QString file = target->path();
            target.reset();
            core::Database::removeFile(file);
        }
        return e.kind() == Error::Kind::Permission ? CommandLine::NotPermitted
                                                   : CommandLine::Failed;
    }
}

int DatabaseCommands::generate(CommandContext& c) {
    const QString file = c.line.database();
    if (file.isEmpty()) return c.usage(tr("Say which new file to create with --database FILE."));
    if (c.line.scale() <= 0) return c.usage(tr("Say how much to generate with --scale N."));
    // Never into an existing file: generated records must not mix with real ones.
    if (QFileInfo::exists(file)) {
        c.err << tr("“%1” already exists; generate creates a new database file.").arg(file)
              << Qt::endl;
        return CommandLine::Failed;
    }
    try {
        core::DataGenerator::Counts n;
        // Made whole or not at all: a generate that is stopped leaves no half-filled file.
        core::Workspace::create(file, [&](core::Database& db) {
            core::DemoContent(db).create(core::Clock::today().year());
            n = core::DataGenerator(db, c.line.seed()).generate(c.line.scale());
        });
        c.out << tr("Generated %1: %2 units, %3 people, %4 policy versions, %5 action items, %6 "
                    "measurements, %7 meetings, "
                    "%8 findings, %9 acknowledgements, %10 audit entries.")
                     .arg(file)
                     .arg(n.units)
                     .arg(n.people)
                     .arg(n.versions)
                     .arg(n.actionItems)
                     .arg(n.measurements)
                     .arg(n.meetings)
                     .arg(n.findings)
                     .arg(n.acknowledgements)
                     .arg(n.auditEntries)
              << Qt::endl;
    } catch (const Error& e) {
        c.err << e.message() << Qt::endl;
        return CommandLine::Failed;
    }
    return CommandLine::Ok;
}

}  // namespace isms::app
