#include "DocumentControlCommands.h"

#include "CommandLine.h"
#include "PasswordSource.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "domain/VersionStanding.h"
#include "i18n/Language.h"
#include "services/PolicyService.h"
#include "services/SectionEditor.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::app {

using core::Error;

namespace {

int rowVersionOf(core::Database& db, qint64 versionId) {
    return core::Sql::scalar(
               db.connection(),
               QStringLiteral("SELECT row_version FROM document_versions WHERE id = :id"),
               {{QStringLiteral("id"), versionId}})
        .toInt();
}

// The effective date goes on a draft's title block, as the editor's date field does.
void setEffective(core::Database& db, qint64 versionId, const QDate& day) {
    core::SectionEditor editor(db, versionId);
    const core::PolicyContent content = core::PolicyRepository(db).load(versionId);
    editor.setTitleBlock(rowVersionOf(db, versionId),
                         {content.title, content.classification, day, content.notice});
}

}  // namespace

QList<Command> DocumentControlCommands::commands() {
    return {
        {{QStringLiteral("policy"), QStringLiteral("new-version")},
         {QStringLiteral("CODE")},
         QStringLiteral("--from X --version Y --summary TEXT [--effective DATE]"),
         tr("Start version Y of a policy as a draft copy of version X, with the reason for the "
            "revision; its "
            "objectives carry on (editors)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         newVersion},
        {{QStringLiteral("policy"), QStringLiteral("submit")},
         {QStringLiteral("CODE")},
         QStringLiteral("--version X [--effective DATE]"),
         tr("Submit a draft for review, with its effective date if given; refused, listing what is "
            "missing, unless it "
            "has all that approval needs (editors)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         submit},
        {{QStringLiteral("policy"), QStringLiteral("approve")},
         {QStringLiteral("CODE")},
         QStringLiteral("--version X --title TEXT [--fingerprint HEX]"),
         tr("Approve a version in review in the signed-in user's name and title, as a signature: "
            "the password "
            "signs it (given again, or the same ISMS_DESK_PASSWORD), and records who approved "
            "which text (its "
            "fingerprint, printed) and when. With --fingerprint, text other than the one read is "
            "refused (chair or "
            "administrator)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         approve},
        {{QStringLiteral("policy"), QStringLiteral("publish")},
         {QStringLiteral("CODE")},
         QStringLiteral("--version X [--effective DATE]"),
         tr("Publish an approved version: it takes effect on its effective date (--effective, if "
            "given, must be "
            "that date), and until then the version before it stays in force (chair or "
            "administrator)."),
         Command::Opens::ExistingDatabase,
         Command::always,
         publish},
    };
}

int DocumentControlCommands::newVersion(CommandContext& c) {
    const auto from = c.text(QStringLiteral("from"));
    if (!from) return CommandLine::Usage;
    const auto number = c.text(QStringLiteral("version"));
    if (!number) return CommandLine::Usage;
    const auto summary = c.text(QStringLiteral("summary"));
    if (!summary) return CommandLine::Usage;
    const auto effective = c.day(QStringLiteral("effective"), false);
    if (!effective) return CommandLine::Usage;
    const core::VersionSummary source = core::PolicyRepository(c.db()).find(c.operand(0), *from);
    // One change: a refused date leaves no draft behind.
    core::Transaction tx(c.db());
    const qint64 draft = core::PolicyService(c.db()).newVersion(source.id, *number, *summary);
    if (effective->isValid()) setEffective(c.db(), draft, *effective);
    tx.commit();
    c.out << tr("Created %1 version %2 as a draft, from version %3.")
                 .arg(source.code, *number, source.version)
          << Qt::endl;
    return CommandLine::Ok;
}

int DocumentControlCommands::submit(CommandContext& c) {
    const auto number = c.text(QStringLiteral("version"));
    if (!number) return CommandLine::Usage;
    const auto effective = c.day(QStringLiteral("effective"), false);
    if (!effective) return CommandLine::Usage;
    const core::VersionSummary v = core::PolicyRepository(c.db()).find(c.operand(0), *number);
    core::Transaction tx(c.db());
    if (effective->isValid()) setEffective(c.db(), v.id, *effective);
    core::PolicyService(c.db()).submitForReview(v.id, rowVersionOf(c.db(), v.id));
    tx.commit();
    c.out << tr("Submitted %1 version %2 for review.").arg(v.code, v.version) << Qt::endl;
    return CommandLine::Ok;
}

int DocumentControlCommands::approve(CommandContext& c) {
    const auto number = c.text(QStringLiteral("version"));
    if (!number) return CommandLine::Usage;
    const core::VersionSummary v = core::PolicyRepository(c.db()).find(c.operand(0), *number);
    const core::PolicyService service(c.db());
    const QString current = service.fingerprint(v.id);
    if (c.line.isSet(QStringLiteral("fingerprint"))) {
        // The short form printed on a copy or shown to the approver names the text too.
        QString given = c.line.value(QStringLiteral("fingerprint")).toLower();
        given.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        if (given.size() != 16 && given.size() != 64) {
            return c.usage(
                tr("A fingerprint is 64 hexadecimal digits, or the 16 printed in groups of four."));
        }
        if (!current.startsWith(given)) {
            throw Error(Error::Kind::Conflict,
                        tr("The text of %1 version %2 has the fingerprint %3, not %4: read the "
                           "text again (isms-desk show "
                           "policy %1 --version %2) before approving it.")
                            .arg(v.code, v.version, core::PolicyFingerprint::shortForm(current),
                                 c.line.value(QStringLiteral("fingerprint"))));
        }
    }
    // The password signs the approval: asked again on a terminal (from the variable in a script).
    core::PolicyService(c.db()).approve(v.id, rowVersionOf(c.db(), v.id), current,
                                        c.line.value(QStringLiteral("title")),
                                        PasswordSource::read(c.db().session().username));
    c.out << tr("Approved %1 version %2 (fingerprint %3), to take effect on %4.")
                 .arg(v.code, v.version, core::PolicyFingerprint::shortForm(current),
                      core::Language::longDate(v.effectiveDate))
          << Qt::endl;
    return CommandLine::Ok;
}

int DocumentControlCommands::publish(CommandContext& c) {
    const auto number = c.text(QStringLiteral("version"));
    if (!number) return CommandLine::Usage;
    const auto effective = c.day(QStringLiteral("effective"), false);
    if (!effective) return CommandLine::Usage;
    const core::PolicyRepository repository(c.db());
    const core::VersionSummary v = repository.find(c.operand(0), *number);
    // The date was fixed with the text at approval: a different one is a mistake to say, not to
    // apply.
    if (effective->isValid() && *effective != v.effectiveDate) {
        throw Error(
            Error::Kind::Invalid,
            tr("Version %1 was approved to take effect on %2, not on %3; a new date needs a "
               "new approval.")
                .arg(v.version, core::Language::longDate(v.effectiveDate),
                     core::Language::longDate(*effective)));
    }
    core::PolicyService(c.db()).publish(v.id, rowVersionOf(c.db(), v.id));
    for (const auto& s : repository.standings(v.documentId, core::Clock::today())) {
        if (s.version.id == v.id)
            c.out << tr("%1 version %2: %3.").arg(v.code, v.version, s.label()) << Qt::endl;
    }
    return CommandLine::Ok;
}

}  // namespace isms::app
