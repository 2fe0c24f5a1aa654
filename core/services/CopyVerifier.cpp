#include "CopyVerifier.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "domain/VersionStanding.h"
#include "i18n/Language.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

namespace isms::core {

CopyVerifier::CopyVerifier(Database& db) : m_db(db) {}

QString CopyVerifier::Verdict::message() const {
    const QString warning =
        databaseAltered
            ? QLatin1Char(' ') +
                  tr("Warning: the database's text of this version differs from what was "
                     "approved; it was changed outside the program (run isms-desk check).")
            : QString();
    // The verdict rests on the other versions' records too (which one is in force, since when).
    const QString others =
        alteredVersions.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("Warning: the record of version %1 was changed outside the "
                                    "program, so which version "
                                    "is in force cannot be trusted (run isms-desk check).")
                                     .arg(alteredVersions.join(QStringLiteral(", ")));
    return verdict() + warning + others;
}

QString CopyVerifier::Verdict::word() const {
    switch (kind) {
        case Current:
            return tr("VALID");
        case Scheduled:
            return tr("NOT YET IN FORCE");
        case Superseded:
            return tr("SUPERSEDED");
        case Unknown:
            return tr("UNKNOWN");
        case NotInForce:
        case Altered:
            break;
    }
    return tr("NOT VALID");
}

QString CopyVerifier::Verdict::verdict() const {
    const QString current = currentVersion.isEmpty()
                                ? tr("no version is in force yet")
                                : tr("version %1 is current").arg(currentVersion);
    switch (kind) {
        case Current:
            return tr("This is the current version: %1 version %2.").arg(code, version);
        case Scheduled:
            return tr("This is %1 version %2, approved and scheduled: it takes effect on %3; until "
                      "then %4.")
                .arg(code, version, Language::longDate(since), current);
        case Superseded:
            return tr("This copy is out of date: %1 version %2 was superseded by version %3 on %4; "
                      "%5.")
                .arg(code, version, successor, Language::longDate(since), current);
        case NotInForce:
            return tr("This is %1 version %2, which is not in force; %3.")
                .arg(code, version, current);
        case Altered:
            return tr("This copy is not valid: its text of %1 version %2 was changed after the "
                      "version was approved "
                      "(the approved text has another fingerprint).")
                .arg(code, version);
        case Unknown:
            return tr("No version of any policy in this database has this fingerprint.");
    }
    return {};
}

QString CopyVerifier::fingerprintIn(const QByteArray& pdf) {
    static const QRegularExpression payload(QStringLiteral("ISMS-DESK;[^;]*;[^;]*;([0-9a-f]{64})"));
    const auto m = payload.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? m.captured(1) : QString();
}

CopyVerifier::Verdict CopyVerifier::verifyFile(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Invalid, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    const QString fingerprint = fingerprintIn(file.readAll());
    if (fingerprint.isEmpty()) {
        throw Error(
            Error::Kind::Invalid,
            tr("“%1” is not a copy exported by ISMS Desk: it carries no fingerprint.").arg(path));
    }
    return verifyFingerprint(fingerprint);
}

CopyVerifier::Verdict CopyVerifier::verifyFingerprint(const QString& text) const {
    QString wanted = text.trimmed().toLower();
    wanted.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}([0-9a-f]{48})?$"));
    if (!hex.match(wanted).hasMatch()) {
        throw Error(
            Error::Kind::Invalid,
            tr("A fingerprint is 64 hexadecimal digits, or the 16 printed in groups of four."));
    }
    Verdict verdict;
    const PolicyRepository repository(m_db);
    const PolicyService policies(m_db);
    const QDate today = Clock::today();
    for (const auto& document : repository.documents()) {
        const QList<VersionStanding> standings = repository.standings(document.id, today);
        const VersionStanding* inForce = VersionStanding::inForce(standings);
        for (const VersionStanding& standing : standings) {
            const VersionSummary& v = standing.version;
            const QString actual = PolicyFingerprint::of(repository.load(v.id));
            // What a locked version's copies must carry is what was approved, not what the
            // database holds now: the two differ only if someone edited the file.
            const QString approved = VersionStatus::isReadOnly(v.status)
                                         ? policies.approvedFingerprint(v.id)
                                         : QString();
            const QString valid = approved.isEmpty() ? actual : approved;
            const bool matchesValid = valid.startsWith(wanted);
            if (!matchesValid && !actual.startsWith(wanted)) continue;
            verdict.code = document.code;
            verdict.version = v.version;
            verdict.fingerprint = matchesValid ? valid : actual;
            verdict.currentVersion = inForce ? inForce->version.version : QString();
            verdict.databaseAltered = valid != actual;
            verdict.successor = standing.successor;
            verdict.since = standing.since;
            if (!matchesValid) {
                verdict.kind = Verdict::Altered;
            } else if (standing.kind == VersionStanding::InForce) {
                verdict.kind = Verdict::Current;
            } else if (standing.kind == VersionStanding::Scheduled) {
                verdict.kind = Verdict::Scheduled;
            } else if (standing.kind == VersionStanding::Superseded) {
                verdict.kind = Verdict::Superseded;
            } else {
                verdict.kind = Verdict::NotInForce;
            }
            for (const VersionStanding& other : standings) {
                const VersionSummary& o = other.version;
                if (o.id == v.id || !VersionStatus::isReadOnly(o.status)) continue;
                const QString approvedOther = policies.approvedFingerprint(o.id);
                if (!approvedOther.isEmpty() &&
                    approvedOther != PolicyFingerprint::of(repository.load(o.id))) {
                    verdict.alteredVersions << o.version;
                }
            }
            return verdict;
        }
    }
    return verdict;
}

}  // namespace isms::core
