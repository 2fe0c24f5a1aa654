#include "CommandRunner.h"

#include "CommandLine.h"
#include "DashboardReport.h"
#include "MeetingPackReport.h"
#include "OrganisationReports.h"
#include "PlanReports.h"
#include "PolicyCopyReport.h"
#include "PolicyOdtExport.h"
#include "PolicyTextReport.h"
#include "domain/Error.h"
#include "PasswordSource.h"
#include "services/AcknowledgementService.h"
#include "services/ActionPlanService.h"
#include "services/BackupService.h"
#include "services/DashboardService.h"
#include "services/DataGenerator.h"
#include "services/ControlledCopies.h"
#include "services/CopyVerifier.h"
#include "services/DatabaseCheck.h"
#include "services/DatabaseCopy.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "services/RaciService.h"
#include "services/ReviewCalendar.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/SafeFile.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace isms::app {

using core::Error;

CommandRunner::CommandRunner() : m_out(stdout), m_err(stderr) {}

int CommandRunner::usage(const QString& message) {
    m_err << message << Qt::endl << tr("Run isms-desk --help for the commands.") << Qt::endl;
    return CommandLine::Usage;
}

bool CommandRunner::knownCommand(const QStringList& command) const {
    const QString verb = command.value(0);
    if (verb == QStringLiteral("export") && command.size() == 2) {
        return command[1] == QStringLiteral("action-plan") || command[1] == QStringLiteral("objectives") ||
               command[1] == QStringLiteral("review-schedule") || command[1] == QStringLiteral("meeting-pack") ||
               command[1] == QStringLiteral("dashboard") || command[1] == QStringLiteral("raci") ||
               command[1] == QStringLiteral("acknowledgements");
    }
    if (verb == QStringLiteral("show") || verb == QStringLiteral("import") || verb == QStringLiteral("export")) {
        return command.size() == 3 && command[1] == QStringLiteral("policy");
    }
    if (verb == QStringLiteral("check") || verb == QStringLiteral("server-roles")) return command.size() == 1;
    if (verb == QStringLiteral("generate") || verb == QStringLiteral("copy")) return command.size() == 1;
    if (verb == QStringLiteral("verify")) return command.size() == 2;
    if (verb == QStringLiteral("backup") || verb == QStringLiteral("restore")) return command.size() == 2;
    return false;
}

std::unique_ptr<core::Database> CommandRunner::open(const QString& location, bool demoContentIfNew) {
    try {
        return core::Workspace::open(location, demoContentIfNew);
    } catch (const Error& e) {
        if (!core::ServerAddress::isServer(location) || !e.message().contains(QStringLiteral("no password supplied"))) throw;
        const QString password = PasswordSource::ask(tr("Server password for %1: ").arg(location));
        if (password.isEmpty()) throw;
        return core::Workspace::open(location, demoContentIfNew, core::Database::Check::Full, password);
    }
}

void CommandRunner::signIn(core::Database& db, const CommandLine& commandLine, bool required) {
    const QString user = commandLine.user().isEmpty() ? QStringLiteral("admin") : commandLine.user();
    core::UserService users(db);
    const bool firstUser = !users.hasUsers();
    if (!required && !firstUser) return;
    const QString password = PasswordSource::read(user);
    if (password.isEmpty()) {
        if (!required) return;  // the window asks for the administrator at its first start
        throw Error(Error::Kind::Permission,
                    tr("This command changes data: give the password of %1 in %2 or on a terminal.")
                        .arg(user, QString::fromLatin1(PasswordSource::kVariable)));
    }
    if (firstUser) users.createFirstAdministrator(user, user, password);
    users.signIn(user, password);
}

int CommandRunner::run(const CommandLine& commandLine) {
    const QStringList command = commandLine.command();
    if (!knownCommand(command)) return usage(tr("Unknown command: %1").arg(command.join(QLatin1Char(' '))));
    const QString verb = command.value(0);

    if (verb == QStringLiteral("generate")) return generate(commandLine);
    if (verb == QStringLiteral("copy")) return copy(commandLine);
    std::unique_ptr<core::Database> db;
    try {
        const QString path = commandLine.database().isEmpty() ? core::Database::defaultPath() : commandLine.database();
        db = open(path, commandLine.demoContent());
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return CommandLine::DatabaseRefused;
    }
    try {
        // A controlled copy is recorded in the register: that is a change too.
        const bool changesData = verb == QStringLiteral("import") || verb == QStringLiteral("backup") ||
                                 verb == QStringLiteral("server-roles") ||
                                 verb == QStringLiteral("restore") ||
                                 (verb == QStringLiteral("export") && commandLine.copyNumber() > 0);
        signIn(*db, commandLine, changesData);
        if (verb == QStringLiteral("show")) return showPolicy(*db, commandLine);
        if (verb == QStringLiteral("import")) return importPolicy(*db, commandLine);
        if (verb == QStringLiteral("export") && command[1] == QStringLiteral("meeting-pack")) {
            return exportMeetingPack(*db, commandLine);
        }
        if (verb == QStringLiteral("export") && command[1] == QStringLiteral("dashboard")) {
            return exportDashboard(*db, commandLine);
        }
        if (verb == QStringLiteral("export") &&
            (command[1] == QStringLiteral("raci") || command[1] == QStringLiteral("acknowledgements"))) {
            return exportOrganisation(*db, commandLine);
        }
        if (verb == QStringLiteral("export") && command[1] != QStringLiteral("policy")) return exportPlan(*db, commandLine);
        if (verb == QStringLiteral("export")) return exportPolicy(*db, commandLine);
        if (verb == QStringLiteral("verify")) return verify(*db, command[1]);
        if (verb == QStringLiteral("backup")) return backup(*db, command[1]);
        if (verb == QStringLiteral("restore")) return restore(std::move(db), command[1]);
        if (verb == QStringLiteral("server-roles")) return serverRoles(*db);
        return check(*db);
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return e.kind() == Error::Kind::Permission ? CommandLine::NotPermitted : CommandLine::Failed;
    }
}

int CommandRunner::serverRoles(core::Database& db) {
    const QStringList groups = core::ServerRoles::apply(db);
    m_out << tr("The program's roles are set up on %1 as these server roles:").arg(db.path()) << Qt::endl;
    const auto roles = core::UserRole::all();
    for (int i = 0; i < roles.size(); ++i) m_out << QStringLiteral("  %1: %2").arg(core::UserRole::label(roles[i]), groups[i]) << Qt::endl;
    m_out << tr("Give each person a server login named as their account in the program, in one of these roles, e.g.:")
          << Qt::endl
          << QStringLiteral("  CREATE ROLE chen LOGIN PASSWORD '…' IN ROLE %1;").arg(groups.value(1)) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::backup(core::Database& db, const QString& file) {
    const auto copy = core::BackupService(db).backup(file);
    m_out << tr("Backed up to %1 (%2 bytes, SHA-256 %3).").arg(copy.file).arg(copy.size).arg(copy.sha256) << Qt::endl
          << tr("Audit trail head: %1").arg(copy.auditHead) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::restore(std::unique_ptr<core::Database> db, const QString& file) {
    db->require(core::UserRole::Permission::ManageBackups);
    if (db->engine() != core::Database::Engine::SQLite) {
        throw Error(Error::Kind::Invalid, tr("restore replaces a database file. To fill a server database from a "
                                             "file, use copy --from FILE --to ADDRESS."));
    }
    const QString target = db->path();
    db.reset();  // the file is replaced only once nothing holds it open
    const QString aside = core::BackupService::restore(file, target);
    m_out << tr("Restored %1 from %2; the replaced database is kept as %3.").arg(target, file, aside) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::showPolicy(core::Database& db, const CommandLine& commandLine) {
    const core::PolicyRepository repository(db);
    const auto version = repository.find(commandLine.command().value(2), commandLine.version());
    m_out << reports::PolicyTextReport::render(repository.load(version.id));
    m_out.flush();
    return CommandLine::Ok;
}

int CommandRunner::verify(core::Database& db, const QString& fileOrFingerprint) {
    const core::CopyVerifier verifier(db);
    const auto verdict = QFileInfo::exists(fileOrFingerprint) ? verifier.verifyFile(fileOrFingerprint)
                                                             : verifier.verifyFingerprint(fileOrFingerprint);
    m_out << verdict.message() << Qt::endl;
    // Scripts ask one question: may this copy be used?
    return verdict.kind == core::CopyVerifier::Verdict::Current ? CommandLine::Ok : CommandLine::Failed;
}

int CommandRunner::exportOrganisation(core::Database& db, const CommandLine& commandLine) {
    const QString out = commandLine.output();
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!csv && !out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        return usage(tr("Say where to write the report with --out FILE.pdf or --out FILE.csv."));
    }
    const QDate today = QDate::currentDate();
    if (commandLine.command().value(1) == QStringLiteral("raci")) {
        const auto matrix = core::RaciService(db).matrix();
        if (csv) {
            core::SafeFile::write(out, [&](QIODevice& file) { core::RaciService::writeCsv(matrix, file); });
            m_out << tr("Wrote %n row(s) to %1.", nullptr, int(matrix.activities.size())).arg(out) << Qt::endl;
        } else {
            const auto report = reports::OrganisationReports::raci(matrix);
            report.writePdf(out);
            m_out << tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount()).arg(out) << Qt::endl;
        }
        return CommandLine::Ok;
    }
    if (commandLine.documentCode().isEmpty()) return usage(tr("Say which policy with --document CODE."));
    const core::PolicyRepository repository(db);
    const auto version = commandLine.version().isEmpty() ? repository.inForce(commandLine.documentCode(), today)
                                                         : repository.find(commandLine.documentCode(), commandLine.version());
    if (version.id == 0) throw Error(Error::Kind::NotFound, tr("No version of %1 is in force.").arg(commandLine.documentCode()));
    if (csv) {
        const auto audience = core::AcknowledgementService(db).audience(version.id, today);
        core::SafeFile::write(out, [&](QIODevice& file) { core::AcknowledgementService::writeCsv(audience, file); });
        m_out << tr("Wrote %n row(s) to %1.", nullptr, int(audience.size())).arg(out) << Qt::endl;
    } else {
        const auto report = reports::OrganisationReports::acknowledgements(db, version.id, today);
        report.writePdf(out);
        m_out << tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount()).arg(out) << Qt::endl;
    }
    return CommandLine::Ok;
}

int CommandRunner::exportPlan(core::Database& db, const CommandLine& commandLine) {
    const QString out = commandLine.output();
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!csv && !out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        return usage(tr("Say where to write the report with --out FILE.pdf or --out FILE.csv."));
    }
    const int year = commandLine.year() ? commandLine.year() : QDate::currentDate().year();
    const bool plan = commandLine.command().value(1) == QStringLiteral("action-plan");
    if (commandLine.command().value(1) == QStringLiteral("review-schedule")) {
        const QDate today = QDate::currentDate();
        const QDate from = commandLine.from().isValid() ? commandLine.from() : today;
        const QDate to = commandLine.to().isValid() ? commandLine.to() : today.addDays(90);
        const core::ReviewCalendar calendar(db);
        const auto items = calendar.between(from, to, today);
        if (csv) {
            core::SafeFile::write(out, [&](QIODevice& file) { calendar.writeCsv(items, file); });
        } else {
            reports::PlanReports::reviewSchedule(items, from, to).writePdf(out);
        }
        m_out << tr("Wrote %n row(s) to %1.", nullptr, int(items.size())).arg(out) << Qt::endl;
        return CommandLine::Ok;
    }
    QString document = commandLine.documentCode();
    if (document.isEmpty() && !core::PolicyRepository(db).documents().isEmpty()) {
        document = core::PolicyRepository(db).documents().first().code;
    }
    if (csv) {
        qint64 rows = 0;
        core::SafeFile::write(out, [&](QIODevice& file) {
            rows = plan ? core::ActionPlanService(db).exportCsv(year, file)
                        : reports::PlanReports::writeObjectivesCsv(db, document, year, file);
        });
        m_out << tr("Wrote %n row(s) to %1.", nullptr, int(rows)).arg(out) << Qt::endl;
        return CommandLine::Ok;
    }
    const reports::TableReport report = plan ? reports::PlanReports::actionPlan(db, year)
                                             : reports::PlanReports::objectives(db, document, year);
    report.writePdf(out);
    m_out << tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount()).arg(out) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::exportMeetingPack(core::Database& db, const CommandLine& commandLine) {
    if (commandLine.meeting() == 0) return usage(tr("Say which meeting with --meeting ID."));
    if (!commandLine.output().endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        return usage(tr("Say where to write the PDF with --out FILE.pdf."));
    }
    const reports::TableReport report =
        reports::MeetingPackReport::build(db, commandLine.meeting(), QDate::currentDate());
    report.writePdf(commandLine.output());
    m_out << tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount()).arg(commandLine.output()) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::copy(const CommandLine& commandLine) {
    const QString from = commandLine.copyFrom(), to = commandLine.copyTo();
    if (from.isEmpty() || to.isEmpty()) return usage(tr("Say what to copy where: copy --from DB --to DB."));
    const bool fromServer = core::ServerAddress::isServer(from), toServer = core::ServerAddress::isServer(to);
    if (!fromServer && !QFileInfo::exists(from)) {
        m_err << tr("“%1” does not exist.").arg(from) << Qt::endl;
        return CommandLine::DatabaseRefused;
    }
    // Into a new file only: a copy never mixes with records already kept somewhere.
    if (!toServer && QFileInfo::exists(to)) {
        m_err << tr("“%1” already exists; copy creates a new database file.").arg(to) << Qt::endl;
        return CommandLine::Failed;
    }
    std::unique_ptr<core::Database> source, target;
    try {
        source = open(from, false);
        target = open(to, false);
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        if (!toServer && !target) core::Database::removeFile(to);
        return CommandLine::DatabaseRefused;
    }
    try {
        signIn(*source, commandLine, true);
        const auto result = core::DatabaseCopy::copy(*source, *target);
        qint64 records = 0;
        for (const qint64 rows : result.rows) records += rows;
        m_out << tr("Copied %1 to %2: %3 records in %4 tables, the same number on both sides.")
                     .arg(source->path(), target->path())
                     .arg(records)
                     .arg(result.rows.size())
              << Qt::endl
              << tr("Audit trail intact: %n entries.", nullptr, int(result.auditEntries)) << Qt::endl
              << tr("Audit trail head: %1").arg(result.auditHead) << Qt::endl;
        return CommandLine::Ok;
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        if (!toServer) {
            const QString file = target->path();
            target.reset();
            core::Database::removeFile(file);
        }
        return e.kind() == Error::Kind::Permission ? CommandLine::NotPermitted : CommandLine::Failed;
    }
}

int CommandRunner::generate(const CommandLine& commandLine) {
    if (commandLine.database().isEmpty()) return usage(tr("Say which new file to create with --database FILE."));
    if (commandLine.scale() <= 0) return usage(tr("Say how much to generate with --scale N."));
    // Never into an existing file: generated records must not mix with real ones.
    if (QFileInfo::exists(commandLine.database())) {
        m_err << tr("“%1” already exists; generate creates a new database file.").arg(commandLine.database()) << Qt::endl;
        return CommandLine::Failed;
    }
    try {
        auto db = core::Workspace::open(commandLine.database(), true);
        const auto c = core::DataGenerator(*db, commandLine.seed()).generate(commandLine.scale());
        m_out << tr("Generated %1: %2 units, %3 people, %4 policy versions, %5 action items, %6 measurements, %7 meetings, "
                    "%8 findings, %9 acknowledgements, %10 audit entries.")
                     .arg(commandLine.database())
                     .arg(c.units)
                     .arg(c.people)
                     .arg(c.versions)
                     .arg(c.actionItems)
                     .arg(c.measurements)
                     .arg(c.meetings)
                     .arg(c.findings)
                     .arg(c.acknowledgements)
                     .arg(c.auditEntries)
              << Qt::endl;
    } catch (const Error& e) {
        m_err << e.message() << Qt::endl;
        return CommandLine::Failed;
    }
    return CommandLine::Ok;
}

int CommandRunner::exportDashboard(core::Database& db, const CommandLine& commandLine) {
    if (!commandLine.output().endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        return usage(tr("Say where to write the PDF with --out FILE.pdf."));
    }
    const int year = commandLine.year() ? commandLine.year() : QDate::currentDate().year();
    const reports::TableReport report =
        reports::DashboardReport::build(core::DashboardService(db).compute(year, QDate::currentDate()));
    report.writePdf(commandLine.output());
    m_out << tr("Wrote %1 (%n page(s)).", nullptr, report.pageCount()).arg(commandLine.output()) << Qt::endl;
    return CommandLine::Ok;
}

int CommandRunner::exportPolicy(core::Database& db, const CommandLine& commandLine) {
    if (commandLine.output().isEmpty()) return usage(tr("Say where to write the PDF with --out FILE.pdf."));
    const core::PolicyRepository repository(db);
    const auto version = repository.find(commandLine.command().value(2), commandLine.version());
    if (commandLine.output().endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive)) {
        // For editing in a word processor; a controlled copy is always the PDF.
        if (commandLine.copyNumber() > 0) return usage(tr("A controlled copy is a PDF: use --out FILE.pdf."));
        reports::PolicyOdtExport::write(repository.load(version.id), commandLine.output());
        m_out << tr("Wrote %1 version %2 to %3.").arg(version.code, version.version, commandLine.output()) << Qt::endl;
        return CommandLine::Ok;
    }
    auto input = reports::PolicyCopyReport::inputFor(db, version.id);
    if (commandLine.copyNumber() > 0) {
        const QString holder = commandLine.holder().isEmpty() ? db.session().displayName : commandLine.holder();
        input.copyNumber = core::ControlledCopies(db).issue(version.id, commandLine.copyNumber(), holder);
    }
    const reports::PolicyCopyReport report(std::move(input));
    report.writePdf(commandLine.output());
    m_out << tr("Wrote %1 version %2 to %3 (%n page(s)).", nullptr, report.pageCount())
                 .arg(version.code, version.version, commandLine.output())
          << Qt::endl;
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
