#include "PolicyCommands.h"

#include <QFileInfo>

#include "CommandLine.h"
#include "JournaledText.h"
#include "PolicyCopyReport.h"
#include "PolicyDocxExport.h"
#include "PolicyOdtExport.h"
#include "PolicyTextReport.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/VersionStanding.h"
#include "services/ControlledCopies.h"
#include "services/CopyVerifier.h"
#include "services/PolicyImporter.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

namespace isms::app {

QList<Command> PolicyCommands::commands() {
    return {
        {{QStringLiteral("show"), QStringLiteral("policy")},
         {QStringLiteral("CODE")},
         QStringLiteral("[--version X]"),
         tr("Print a policy version as plain text: the title block, then every section with its "
            "number and its "
            "paragraphs, one per line (default: the version in force)."),
         Command::Opens::Database,
         Command::never,
         show},
        {{QStringLiteral("import"), QStringLiteral("policy")},
         {QStringLiteral("FILE")},
         QStringLiteral("[--document CODE] [--version X]"),
         tr("Read a policy's text (UTF-8, UTF-16 or Big5: title block, table of contents with or "
            "without page numbers, numbered sections; lines split by a page break or a fixed width are "
            "joined) and store it as a draft version that keeps the document's own numbering "
            "(壹、一、(一), 1./1.1, 第一條, bullets). What was read differently is said per line on "
            "standard error."),
         Command::Opens::Database,
         Command::always,
         import},
        {{QStringLiteral("export"), QStringLiteral("policy")},
         {QStringLiteral("CODE")},
         QStringLiteral("[--version X] --out FILE.pdf|FILE.docx|FILE.odt [--copy N [--holder NAME]]"),
         tr("Write the printed copy of a policy version as PDF; with --copy, a controlled copy "
            "recorded in the register. FILE.docx writes a Word document to go on editing (headings "
            "numbered by Word in the document's own scheme, contents, header and footer, revision "
            "history); FILE.odt an OpenDocument text."),
         Command::Opens::Database,
         // A controlled copy is recorded in the register: that is a change too.
         [](const CommandLine& line) { return line.copyNumber() > 0; },
         exportPolicy},
        {{QStringLiteral("verify")},
         {QStringLiteral("FILE.pdf|FINGERPRINT")},
         {},
         tr("Say whether a printed copy (its PDF, or the fingerprint printed on its last page) is "
            "the version in "
            "force (exit code 0), approved and still to take effect (5), superseded (6) or unknown "
            "(7); 8: a "
            "version never in force (a draft), 9: text changed after its approval."),
         Command::Opens::ExistingDatabase,
         Command::never,
         verify},
    };
}

int PolicyCommands::show(CommandContext& c) {
    const core::PolicyRepository repository(c.db());
    const auto version = repository.find(c.operand(0), c.line.version());
    // Text changed outside the program since its approval is not passed on as the policy.
    core::PolicyService(c.db()).requireTextAsApproved(version.id);
    if (c.line.version().isEmpty()) {
        // Which version this is, and what comes next, on standard error: standard output stays
        // the document's text.
        const auto standings = repository.standings(version.documentId, core::Clock::today());
        const auto* current = core::VersionStanding::inForce(standings);
        c.err
            << (current
                    ? tr("%1: version %2 is in force.").arg(version.code, current->version.version)
                    : tr("%1: no version is in force yet; this is version %2.")
                          .arg(version.code, version.version));
        c.err << Qt::endl;
        if (const auto* next = core::VersionStanding::nextScheduled(standings)) {
            c.err << tr("Version %1: %2.").arg(next->version.version, next->label()) << Qt::endl;
        }
    }
    c.out << reports::PolicyTextReport::render(repository.load(version.id));
    c.out.flush();
    return CommandLine::Ok;
}

int PolicyCommands::import(CommandContext& c) {
    const auto result = core::PolicyImporter(c.db()).importFile(c.operand(0), c.line.documentCode(),
                                                                c.line.version());
    const auto version = core::PolicyRepository(c.db()).version(result.versionId);
    c.out << tr("Imported %1 version %2 as a draft.").arg(version.code, version.version) << Qt::endl
          << tr("Sections: %1, objectives: %2, references: %3, scope items: %4, responsibilities: "
                "%5.")
                 .arg(result.sections)
                 .arg(result.objectives)
                 .arg(result.references)
                 .arg(result.scopeItems)
                 .arg(result.responsibilities)
          << Qt::endl;
    for (const core::ImportWarning& w : result.warnings) {
        c.err << (w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.text) : w.text) << Qt::endl;
    }
    return CommandLine::Ok;
}

int PolicyCommands::exportPolicy(CommandContext& c) {
    const QString out = c.line.output();
    const bool odt = out.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive);
    const bool docx = out.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
    if (out.isEmpty())
        return c.usage(tr("Say where to write the policy with --out FILE.pdf, FILE.docx or FILE.odt."));
    if (!odt && !docx && !out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        // Never a PDF under another format's name.
        return c.usage(tr("export policy writes PDF (.pdf), Word (.docx) or OpenDocument text (.odt), not “%1”: "
                          "use --out FILE.pdf, FILE.docx or FILE.odt.")
                           .arg(QFileInfo(out).fileName()));
    }
    if (!c.line.holder().isEmpty() && c.line.copyNumber() == 0) {
        return c.usage(
            tr("--holder names who holds a controlled copy: give its number with --copy N too."));
    }
    const core::PolicyRepository repository(c.db());
    const auto version = repository.find(c.operand(0), c.line.version());
    if (odt || docx) {
        // For editing in a word processor; a controlled copy is always the PDF.
        if (c.line.copyNumber() > 0)
            return c.usage(tr("A controlled copy is a PDF: use --out FILE.pdf."));
        core::PolicyService(c.db()).requireTextAsApproved(version.id);
        if (docx) {
            reports::PolicyDocxExport::write(reports::PolicyCopyReport::inputFor(c.db(), version.id), out);
        } else {
            reports::PolicyOdtExport::write(reports::PolicyCopyReport::inputFor(c.db(), version.id), out);
        }
        c.out << tr("Wrote %1 version %2 to %3.").arg(version.code, version.version, out)
              << Qt::endl;
        return CommandLine::Ok;
    }
    const QString holder =
        c.line.holder().isEmpty() ? c.db().session().displayName : c.line.holder();
    const reports::PolicyCopyReport report(
        c.line.copyNumber() > 0 ? reports::PolicyCopyReport::controlledInputFor(
                                      c.db(), version.id, c.line.copyNumber(), holder)
                                : reports::PolicyCopyReport::inputFor(c.db(), version.id));
    const QString missing = reports::JournaledText::missingNote(report.writePdf(out));
    c.out << tr("Wrote %1 version %2 to %3 (%n page(s)).", nullptr, report.pageCount())
                 .arg(version.code, version.version, out)
          << Qt::endl;
    if (!missing.isEmpty()) c.err << missing << Qt::endl;
    return CommandLine::Ok;
}

int PolicyCommands::verify(CommandContext& c) {
    const core::CopyVerifier verifier(c.db());
    const QString fileOrFingerprint = c.operand(0);
    // A fingerprint has neither a folder nor an extension: this was meant as a file.
    if (!QFileInfo::exists(fileOrFingerprint) && (fileOrFingerprint.contains(QLatin1Char('/')) ||
                                                  fileOrFingerprint.contains(QLatin1Char('.')))) {
        c.err << tr("There is no file “%1”.").arg(fileOrFingerprint) << Qt::endl;
        return CommandLine::Failed;
    }
    const bool file = QFileInfo::exists(fileOrFingerprint);
    core::CopyVerifier::Verdict verdict;
    try {
        verdict = file ? verifier.verifyFile(fileOrFingerprint)
                       : verifier.verifyFingerprint(fileOrFingerprint);
    } catch (const core::Error& e) {
        // Something that is no fingerprint at all is a wrong argument, not a verdict.
        if (!file && e.kind() == core::Error::Kind::Invalid) return c.usage(e.message());
        throw;
    }
    c.out << tr("%1: %2", "a copy's verdict in one word, then the sentence")
                 .arg(verdict.word(), verdict.message())
          << Qt::endl;
    // Scripts ask: may this copy be used, and if not, why not (the README lists the codes).
    using Verdict = core::CopyVerifier::Verdict;
    switch (verdict.kind) {
        case Verdict::Current:
            return CommandLine::Ok;
        case Verdict::Scheduled:
            return CommandLine::CopyScheduled;
        case Verdict::Superseded:
            return CommandLine::CopySuperseded;
        case Verdict::Unknown:
            return CommandLine::CopyUnknown;
        case Verdict::NotInForce:
            return CommandLine::CopyNotInForce;
        case Verdict::Altered:
            return CommandLine::CopyAltered;
    }
    return CommandLine::Failed;
}

}  // namespace isms::app
