#include "CommandRunner.h"

#include "CommandLine.h"
#include "PolicyTextReport.h"
#include "domain/Error.h"
#include "services/PolicyImporter.h"
#include "services/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <cstdio>

namespace isms::app {

using core::Error;

CommandRunner::CommandRunner() : m_out(stdout), m_err(stderr) {}

int CommandRunner::usage(const QString& message) {
    m_err << message << Qt::endl << tr("Run isms-desk --help for the commands.") << Qt::endl;
    return CommandLine::Usage;
}

int CommandRunner::run(const CommandLine& commandLine) {
    const QStringList command = commandLine.command();
    const QString verb = command.value(0);
    const QString object = command.value(1);
    const bool known = (verb == QStringLiteral("show") && object == QStringLiteral("policy") && command.size() == 3) ||
                       (verb == QStringLiteral("import") && object == QStringLiteral("policy") && command.size() == 3) ||
                       (verb == QStringLiteral("check") && command.size() == 1);
    if (!known) return usage(tr("Unknown command: %1").arg(command.join(QLatin1Char(' '))));

    std::unique_ptr<core::Database> db;
    try {
        const QString path = commandLine.database().isEmpty() ? core::Database::defaultPath() : commandLine.database();
        db = core::Workspace::open(path, commandLine.demoContent());
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return CommandLine::DatabaseRefused;
    }
    try {
        if (verb == QStringLiteral("show")) return showPolicy(*db, commandLine);
        if (verb == QStringLiteral("import")) return importPolicy(*db, commandLine);
        return check(*db);
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return CommandLine::Failed;
    }
}

int CommandRunner::showPolicy(core::Database& db, const CommandLine& commandLine) {
    const core::PolicyRepository repository(db);
    const auto version = repository.find(commandLine.command().value(2), commandLine.version());
    m_out << reports::PolicyTextReport::render(repository.load(version.id));
    m_out.flush();
    return CommandLine::Ok;
}

int CommandRunner::importPolicy(core::Database& db, const CommandLine& commandLine) {
    const auto result = core::PolicyImporter(db).importFile(commandLine.command().value(2),
                                                            commandLine.documentCode(), commandLine.version());
    const auto version = core::PolicyRepository(db).version(result.versionId);
    m_out << tr("Imported %1 version %2 as a draft: %n section(s)", nullptr, result.sections)
                 .arg(version.code, version.version)
          << tr(", %n objective(s)", nullptr, result.objectives) << tr(", %n reference(s)", nullptr, result.references)
          << QLatin1Char('.') << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::check(core::Database& db) {
    bool sound = true;
    QSqlQuery integrity = core::Sql::run(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok")) {
            m_out << tr("Integrity problem: %1").arg(line) << Qt::endl;
            sound = false;
        }
    }
    QSqlQuery keys = core::Sql::run(db.connection(), QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.next()) {
        m_out << tr("Broken link in %1, row %2").arg(keys.value(0).toString(), keys.value(1).toString()) << Qt::endl;
        sound = false;
    }
    const auto audit = core::AuditLog(db).verify();
    if (audit.intact) {
        m_out << tr("Audit trail intact: %n entries.", nullptr, int(audit.entries)) << Qt::endl;
    } else {
        m_out << tr("Audit trail broken at entry %1.").arg(audit.firstBrokenId) << Qt::endl;
        sound = false;
    }
    m_out << tr("Audit trail head: %1").arg(audit.headHash) << Qt::endl;
    m_out << (sound ? tr("Database is sound.") : tr("Database has problems.")) << Qt::endl;
    return sound ? CommandLine::Ok : CommandLine::Failed;
}

}  // namespace isms::app
