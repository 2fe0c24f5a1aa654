#include "CommandRunner.h"

#include "CommandLine.h"
#include "PolicyTextReport.h"
#include "domain/Error.h"
#include "services/DatabaseCheck.h"
#include "services/PolicyImporter.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

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
    m_out << tr("Imported %1 version %2 as a draft.").arg(version.code, version.version) << Qt::endl
          << tr("Sections: %1, objectives: %2, references: %3, scope items: %4, responsibilities: %5.")
                 .arg(result.sections)
                 .arg(result.objectives)
                 .arg(result.references)
                 .arg(result.scopeItems)
                 .arg(result.responsibilities)
          << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::check(core::Database& db) {
    const auto report = core::DatabaseCheck(db).run(true);
    for (const QString& line : report.lines()) m_out << line << Qt::endl;
    return report.sound() ? CommandLine::Ok : CommandLine::Failed;
}

}  // namespace isms::app
