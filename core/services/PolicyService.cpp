#include "PolicyService.h"

#include <QVersionNumber>
#include <algorithm>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "ApprovalReadiness.h"
#include "ObjectiveRegister.h"
#include "PolicyImporter.h"
#include "UserService.h"
#include "domain/Clock.h"
#include "domain/VersionNumber.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "domain/ReviewSchedule.h"
#include "domain/VersionStanding.h"
#include "i18n/Language.h"
#include "storage/AuditState.h"
#include "storage/CycleRecords.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {

const QString kVersions = QStringLiteral("document_versions");

QString now() {
    return Clock::nowUtc().toString(Qt::ISODate);
}

}  // namespace

PolicyService::PolicyService(Database& db) : m_db(db) {}

QStringList PolicyService::nextVersionNumbers(const QString& version) {
    int major = 0;
    int minor = 0;
    if (!VersionNumber::parse(version, &major, &minor)) return {QStringLiteral("1.0")};
    return {QStringLiteral("%1.%2").arg(major).arg(minor + 1),
            QStringLiteral("%1.0").arg(major + 1)};
}

VersionStatus::Value PolicyService::statusOf(qint64 versionId, int* rowVersion) const {
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT status, row_version FROM document_versions WHERE id = :id"),
                 {{QStringLiteral("id"), versionId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That policy version no longer exists."));
    VersionStatus::Value status = VersionStatus::Draft;
    VersionStatus::fromKey(q.value(0).toString(), &status);
    if (rowVersion) *rowVersion = q.value(1).toInt();
    return status;
}

void PolicyService::refuseIfChanged(const Grant& grant, qint64 versionId,
                                    int expectedRowVersion) const {
    int rowVersion = 0;
    statusOf(versionId, &rowVersion);
    if (rowVersion != expectedRowVersion)
        RecordWriter(m_db, grant).refuseStale(kVersions, versionId);
}

void PolicyService::move(const Grant& grant, qint64 versionId, int rowVersion,
                         VersionStatus::Value to, const QString& note) {
    refuseIfChanged(grant, versionId, rowVersion);
    const VersionStatus::Value from = statusOf(versionId);
    if (!VersionStatus::canTransition(from, to)) {
        throw Error(Error::Kind::Invalid,
                    tr("A version that is “%1” cannot become “%2”.")
                        .arg(VersionStatus::label(from), VersionStatus::label(to)));
    }
    // Callers have checked the permission the step needs (a chair approves without being an
    // editor), and the grant of it covers a version's status.
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .update(kVersions, versionId, rowVersion,
                {{QStringLiteral("status"), VersionStatus::key(to)},
                 {QStringLiteral("status_changed_at"), now()},
                 {QStringLiteral("status_note"), note}});
    tx.commit();
}

qint64 PolicyService::newVersion(qint64 fromVersionId, const QString& version,
                                 const QString& changeSummary) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    const PolicyRepository repository(m_db);
    const VersionSummary source = repository.version(fromVersionId);
    // Text changed outside the program would become a new draft's, and then approved text.
    requireTextAsApproved(fromVersionId);
    int major = 0;
    int minor = 0;
    if (!VersionNumber::parse(version, &major, &minor)) {
        throw Error(Error::Kind::Invalid, tr("A version number is written like 2.1 or 3.0."));
    }
    if (changeSummary.trimmed().isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("Say what changes in this version (the change summary)."));
    }
    for (const VersionSummary& existing : repository.versions(source.documentId)) {
        int otherMajor = 0;
        int otherMinor = 0;
        if (VersionNumber::canonical(existing.version) == VersionNumber::canonical(version)) {
            throw Error(Error::Kind::Invalid, tr("Version %1 exists already.").arg(version));
        }
        if (VersionNumber::parse(existing.version, &otherMajor, &otherMinor) &&
            std::pair(major, minor) < std::pair(otherMajor, otherMinor)) {
            throw Error(Error::Kind::Invalid,
                        tr("Version %1 would come before the existing version %2.")
                            .arg(version, existing.version));
        }
    }
    PolicyContent content = repository.load(fromVersionId);
    content.version = version.trimmed();
    content.effectiveDate = QDate();  // set when the new version is ready for approval

    Transaction tx(m_db);
    // Its objective items continue the source's objectives (indicators, measurements and all).
    const auto created =
        PolicyImporter(m_db).import(std::move(content), VersionStatus::Draft, fromVersionId);
    RecordWriter writer(m_db, grant);
    writer.update(kVersions, created.versionId, 1,
                  {{QStringLiteral("change_summary"), changeSummary.trimmed()}});
    tx.commit();
    return created.versionId;
}

void PolicyService::setEffectiveDate(qint64 versionId, int expectedRowVersion, const QDate& date) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    if (!date.isValid()) throw Error(Error::Kind::Invalid, tr("Give a valid effective date."));
    statusOf(versionId);
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .update(kVersions, versionId, expectedRowVersion,
                {{QStringLiteral("effective_date"), date}});
    tx.commit();
}

void PolicyService::submitForReview(qint64 versionId, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    refuseIfChanged(grant, versionId, expectedRowVersion);
    // The approver is not the first to find what is missing (before, a chair found that the
    // effective date was not set, and could not set it).
    if (statusOf(versionId) == VersionStatus::Draft) {
        const QString missing =
            ApprovalReadiness::refusal(m_db, versionId, ApprovalReadiness::For::Submitter);
        if (!missing.isEmpty()) throw Error(Error::Kind::Invalid, missing);
    }
    move(grant, versionId, expectedRowVersion, VersionStatus::InReview, QString());
}

void PolicyService::returnToDraft(qint64 versionId, int expectedRowVersion, const QString& reason) {
    // An editor takes a version back, and so does a chair who sends it back unapproved.
    const Session& s = m_db.session();
    const bool chair = s.signedIn && UserRole::allows(s.role, UserRole::Permission::Approve);
    const Grant grant =
        m_db.require(chair ? UserRole::Permission::Approve : UserRole::Permission::EditPolicy);
    move(grant, versionId, expectedRowVersion, VersionStatus::Draft, reason);
}

void PolicyService::withdraw(qint64 versionId, int expectedRowVersion, const QString& reason) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Give the reason for withdrawing it."));
    move(grant, versionId, expectedRowVersion, VersionStatus::Withdrawn, reason.trimmed());
}

QString PolicyService::fingerprint(qint64 versionId) const {
    return PolicyFingerprint::of(PolicyRepository(m_db).load(versionId));
}

QString PolicyService::approvedFingerprint(qint64 versionId) const {
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT id, fingerprint FROM approvals WHERE version_id = :v ORDER BY id DESC"),
        {{QStringLiteral("v"), versionId}});
    QList<std::pair<qint64, QString>> approvals;
    while (q.next()) approvals.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    // The approval as its audit trail recorded it: a fingerprint written into the row directly,
    // to match text changed with it, is not what the approver approved.
    for (const auto& [id, fingerprint] : approvals) {
        const auto changed = AuditState(m_db).compareRecord(QStringLiteral("approvals"), id);
        if (!changed) return fingerprint;
        if (changed->kind == AuditState::Difference::Kind::Changed) {
            return QJsonDocument::fromJson(changed->image.toUtf8())
                .object()
                .value(QStringLiteral("fingerprint"))
                .toString();
        }
        // Added outside the program: no one approved it; an earlier approval may stand.
    }
    // Approvals, none of them the trail's: no text matches this.
    return approvals.isEmpty() ? QString() : QString(64, QLatin1Char('0'));
}

void PolicyService::requireTextAsApproved(qint64 versionId) const {
    const VersionSummary v = PolicyRepository(m_db).version(versionId);
    if (!VersionStatus::isReadOnly(v.status)) return;
    const QString approved = approvedFingerprint(versionId);
    if (approved.isEmpty() || approved == fingerprint(versionId)) return;
    throw Error(Error::Kind::Refused,
                tr("The text of %1 version %2 in the database is not the text that was approved "
                   "(fingerprint %3): it "
                   "was changed outside the program. It is not printed, exported or taken into a "
                   "new version; run "
                   "isms-desk check and restore a verified backup.")
                    .arg(v.code, v.version, PolicyFingerprint::shortForm(approved)));
}

void PolicyService::approve(qint64 versionId, int expectedRowVersion,
                            const QString& expectedFingerprint, const QString& approverTitle,
                            const QString& password) {
    refuseIfChanged(m_db.require(UserRole::Permission::Approve), versionId, expectedRowVersion);
    const PolicyRepository repository(m_db);
    const VersionSummary v = repository.version(versionId);
    if (v.status != VersionStatus::InReview) {
        throw Error(Error::Kind::Invalid,
                    tr("Only a version in review can be approved; this one is “%1”.")
                        .arg(VersionStatus::label(v.status)));
    }
    const QString missing =
        ApprovalReadiness::refusal(m_db, versionId, ApprovalReadiness::For::Approver);
    if (!missing.isEmpty()) throw Error(Error::Kind::Invalid, missing);
    if (approverTitle.trimmed().isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("Give your title for the signature block (for example 局長)."));
    }
    // The signature: whoever approves proves again that it is them, and then acts as the
    // account now is (a role taken away meanwhile approves nothing).
    UserService(m_db).confirmPassword(password);
    const Grant grant = m_db.require(UserRole::Permission::Approve);
    const Session& s = m_db.session();
    Transaction tx(m_db);
    // Read inside the change, so that nothing can alter the text between this comparison and
    // the approval that records it.
    const QString approved = fingerprint(versionId);
    if (approved != expectedFingerprint) {
        throw Error(Error::Kind::Conflict,
                    tr("The text of version %1 changed after it was shown to you for approval: "
                       "read it again before approving.")
                        .arg(v.version));
    }
    RecordWriter(m_db, grant)
        .insert(QStringLiteral("approvals"),
                {{QStringLiteral("version_id"), versionId},
                 {QStringLiteral("approver_name"), s.displayName},
                 {QStringLiteral("approver_title"), approverTitle.trimmed()},
                 {QStringLiteral("approver_role"), UserRole::key(s.role)},
                 {QStringLiteral("approved_at"), now()},
                 {QStringLiteral("fingerprint"), approved}});
    move(grant, versionId, expectedRowVersion, VersionStatus::Approved, QString());
    tx.commit();
}

void PolicyService::publish(qint64 versionId, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::Approve);
    refuseIfChanged(grant, versionId, expectedRowVersion);
    const VersionSummary v = PolicyRepository(m_db).version(versionId);
    if (v.status != VersionStatus::Approved) {
        throw Error(Error::Kind::Invalid,
                    tr("Only an approved version can be published; this one is “%1”.")
                        .arg(VersionStatus::label(v.status)));
    }
    if (approvedFingerprint(versionId) != fingerprint(versionId)) {
        throw Error(Error::Kind::Refused,
                    tr("The text differs from what was approved: it cannot be published."));
    }
    // Publishing supersedes nothing by itself: the version before it stays in force until this
    // one's effective date (VersionStanding decides, day by day). Its objective items become the
    // objectives of that version: new items new objectives, removed ones left out from it on.
    Transaction tx(m_db);
    ObjectiveRegister(m_db).settle(grant, versionId);
    move(grant, versionId, expectedRowVersion, VersionStatus::Published, QString());
    tx.commit();
}

QList<PolicyService::HistoryLine> PolicyService::history(qint64 documentId) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT v.id, v.version, v.status, v.effective_date, "
                                          "v.change_summary, a.approver_name, "
                                          "a.approver_title, a.approved_at, a.fingerprint FROM "
                                          "document_versions v LEFT JOIN approvals a "
                                          "ON a.id = (SELECT MAX(id) FROM approvals WHERE "
                                          "version_id = v.id) WHERE v.document_id = :d "
                                          "ORDER BY v.id"),
                           {{QStringLiteral("d"), documentId}});
    QList<HistoryLine> out;
    while (q.next()) {
        HistoryLine line;
        line.versionId = q.value(0).toLongLong();
        line.version = q.value(1).toString();
        VersionStatus::fromKey(q.value(2).toString(), &line.status);
        line.effectiveDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        line.changeSummary = q.value(4).toString();
        line.approver = QStringList({q.value(5).toString(), q.value(6).toString()})
                            .join(QLatin1Char(' '))
                            .trimmed();
        line.approvedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        line.fingerprint = q.value(8).toString();
        out << line;
    }
    q.finish();
    // The document's history from before the program, as its versions brought it in.
    QSqlQuery e = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT earlier_versions FROM document_versions WHERE document_id = :d "
                                          "AND earlier_versions <> '' ORDER BY id"),
                           {{QStringLiteral("d"), documentId}});
    QList<HistoryLine> earlier;
    while (e.next()) {
        QList<EarlierVersion> versions;
        EarlierVersion::fromStored(e.value(0).toString(), &versions);
        for (const EarlierVersion& v : versions) {
            const auto known = [&](const HistoryLine& l) { return l.version == v.version; };
            if (std::any_of(out.cbegin(), out.cend(), known) || std::any_of(earlier.cbegin(), earlier.cend(), known)) continue;
            HistoryLine line;
            line.version = v.version;
            line.status = VersionStatus::Superseded;
            line.standing = tr("Before the program (its row only)");
            line.effectiveDate = v.effectiveDate;
            line.changeSummary = v.changeSummary;
            line.approver = v.approver;
            line.earlier = true;
            earlier << line;
        }
    }
    e.finish();
    out << earlier;
    // In version order (1.0, 1.1, 2.0, 10.0), whatever order the versions were recorded in.
    std::stable_sort(out.begin(), out.end(), [](const HistoryLine& a, const HistoryLine& b) {
        return QVersionNumber::fromString(a.version) < QVersionNumber::fromString(b.version);
    });
    for (const VersionStanding& s : PolicyRepository(m_db).standings(documentId, Clock::today())) {
        for (HistoryLine& line : out) {
            if (line.versionId == s.version.id) line.standing = s.label();
        }
    }
    return out;
}

qint64 PolicyService::reviewCycle(qint64 documentId) const {
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT id FROM review_cycles WHERE subject_kind = "
                                      "'document' AND subject_id = :d"),
                       {{QStringLiteral("d"), documentId}})
        .toLongLong();
}

qint64 PolicyService::currentVersionId(qint64 documentId) const {
    const PolicyRepository repository(m_db);
    const qint64 inForce = repository.inForce(documentId, Clock::today()).id;
    return inForce ? inForce : repository.versions(documentId).constFirst().id;
}

PolicyService::ReviewState PolicyService::reviewState(qint64 documentId, const QDate& today) const {
    ReviewState state;
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral(
                     "SELECT c.id, %1, c.interval_months, c.row_version FROM review_cycles c WHERE "
                     "c.subject_kind = 'document' AND c.subject_id = :d")
                     .arg(CycleRecords::lastDoneSql(QStringLiteral("c"))),
                 {{QStringLiteral("d"), documentId},
                  {QStringLiteral("today"), today.toString(Qt::ISODate)}});
    if (!q.next()) return state;
    state.cycleId = q.value(0).toLongLong();
    state.lastReview = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    state.intervalMonths = q.value(2).toInt();
    state.cycleRowVersion = q.value(3).toInt();
    state.nextDue = ReviewSchedule::nextDue(state.lastReview, state.intervalMonths);
    state.overdue = ReviewSchedule::state(state.lastReview, state.intervalMonths, 0, today) ==
                        ReviewSchedule::State::Overdue ||
                    !state.lastReview.isValid();
    return state;
}

qint64 PolicyService::recordReview(qint64 documentId, int expectedCycleRowVersion,
                                   const QDate& date, const QString& reviewers, bool revise,
                                   const QString& notes) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    if (!date.isValid()) throw Error(Error::Kind::Invalid, tr("Give the date of the review."));
    if (date > Clock::today())
        throw Error(Error::Kind::Invalid, tr("A review cannot be recorded for a future date."));
    if (reviewers.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Name who reviewed the policy."));
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    qint64 cycle = reviewCycle(documentId);
    const QString code =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT code FROM documents WHERE id = :d"),
                    {{QStringLiteral("d"), documentId}})
            .toString();
    if (cycle == 0 && expectedCycleRowVersion != 0) {
        throw Error(Error::Kind::Conflict,
                    tr("The policy's review cycle was removed meanwhile: look again first."));
    }
    int cycleVersion = expectedCycleRowVersion;
    if (cycle == 0) {
        cycleVersion = 1;
        cycle = writer.insert(QStringLiteral("review_cycles"),
                              {{QStringLiteral("subject_kind"), QStringLiteral("document")},
                               {QStringLiteral("subject_id"), documentId},
                               {QStringLiteral("title"), code},
                               {QStringLiteral("interval_months"), 12}});
    }
    writer.insert(QStringLiteral("reviews"),
                  {{QStringLiteral("cycle_id"), cycle},
                   {QStringLiteral("review_date"), date},
                   {QStringLiteral("reviewers"), reviewers.trimmed()},
                   {QStringLiteral("outcome"),
                    revise ? QStringLiteral("revise") : QStringLiteral("no_change")},
                   {QStringLiteral("notes"), notes.trimmed()}});
    // An earlier review recorded late never moves the last review back.
    const QDate last = QDate::fromString(
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT last_done FROM review_cycles WHERE id = :id"),
                    {{QStringLiteral("id"), cycle}})
            .toString(),
        Qt::ISODate);
    writer.update(QStringLiteral("review_cycles"), cycle, cycleVersion,
                  {{QStringLiteral("last_done"), last.isValid() && last > date ? last : date}});
    qint64 draft = 0;
    if (revise) {
        const qint64 current = currentVersionId(documentId);
        const VersionSummary v = PolicyRepository(m_db).version(current);
        QString next = nextVersionNumbers(v.version).first();
        // A draft may exist already from an earlier revision: take the number after all of them.
        for (const VersionSummary& other : PolicyRepository(m_db).versions(documentId)) {
            int a = 0, b = 0, c = 0, d = 0;
            if (VersionNumber::parse(other.version, &a, &b) && VersionNumber::parse(next, &c, &d) &&
                std::pair(a, b) >= std::pair(c, d)) {
                next = nextVersionNumbers(other.version).first();
            }
        }
        draft = newVersion(current, next,
                           tr("Revision after the review of %1: %2")
                               .arg(Language::longDate(date), notes.trimmed()));
    }
    tx.commit();
    return draft;
}

qint64 PolicyService::startSignificantChangeReview(qint64 documentId, int expectedCycleRowVersion,
                                                   const QString& reason) {
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Describe the significant change."));
    return recordReview(documentId, expectedCycleRowVersion, Clock::today(),
                        m_db.session().displayName, true, reason);
}

}  // namespace isms::core
