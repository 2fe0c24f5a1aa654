#include "AuditService.h"

#include <QSqlQuery>

#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QStringList kKinds{QStringLiteral("major"), QStringLiteral("minor"),
                         QStringLiteral("observation"), QStringLiteral("opportunity")};
}

AuditService::AuditService(Database& db) : m_db(db) {}

void AuditService::update(const Grant& grant, const QString& table, qint64 id, int rowVersion,
                          const QVariantMap& values) {
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, table, id).isEmpty())
        throw Error(Error::Kind::NotFound, tr("That record no longer exists."));
    RecordWriter(m_db, grant).update(table, id, rowVersion, values);
    tx.commit();
}

qint64 AuditService::addAudit(const Audit& a) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    if (a.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Give the audit a title."));
    if (!a.start.isValid()) throw Error(Error::Kind::Invalid, tr("Give the day the audit starts."));
    if (a.end.isValid() && a.end < a.start)
        throw Error(Error::Kind::Invalid, tr("The audit ends before it starts."));
    if (a.auditors.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Name the auditors."));
    if (a.kind != QStringLiteral("internal_audit") && a.kind != QStringLiteral("compliance_check")) {
        throw Error(Error::Kind::Invalid, tr("Choose whether it is an internal audit or a compliance check."));
    }
    Transaction tx(m_db);
    const qint64 id =
        RecordWriter(m_db, grant)
            .insert(QStringLiteral("audits"), {{QStringLiteral("kind"), a.kind},
                                               {QStringLiteral("title"), a.title.trimmed()},
                                               {QStringLiteral("start_date"), a.start},
                                               {QStringLiteral("end_date"), a.end},
                                               {QStringLiteral("scope"), a.scope.trimmed()},
                                               {QStringLiteral("auditors"), a.auditors.trimmed()},
                                               {QStringLiteral("auditees"), a.auditees.trimmed()}});
    tx.commit();
    return id;
}

qint64 AuditService::addFinding(qint64 auditId, const Finding& f) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    if (!kKinds.contains(f.kind))
        throw Error(Error::Kind::Invalid, tr("Choose the type of finding."));
    if (f.description.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Describe the finding."));
    if (RecordWriter::read(m_db, QStringLiteral("audits"), auditId).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That audit no longer exists."));
    }
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant)
                          .insert(QStringLiteral("findings"),
                                  {{QStringLiteral("audit_id"), auditId},
                                   {QStringLiteral("kind"), f.kind},
                                   {QStringLiteral("clause"), f.clause.trimmed()},
                                   {QStringLiteral("description"), f.description.trimmed()},
                                   {QStringLiteral("evidence"), f.evidence.trimmed()}});
    tx.commit();
    return id;
}

qint64 AuditService::addCorrectiveAction(qint64 findingId, const CorrectiveAction& c) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    const QVariantMap finding = RecordWriter::read(m_db, QStringLiteral("findings"), findingId);
    if (finding.isEmpty()) throw Error(Error::Kind::NotFound, tr("That finding no longer exists."));
    const QString kind = finding.value(QStringLiteral("kind")).toString();
    if (kind != QStringLiteral("major") && kind != QStringLiteral("minor")) {
        throw Error(Error::Kind::Invalid, tr("Corrective actions are for nonconformities."));
    }
    if (c.action.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Say what will be done to correct it."));
    if (c.rootCause.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Give the root cause."));
    if (c.ownerPersonId == 0) throw Error(Error::Kind::Invalid, tr("Name the person responsible."));
    if (!c.due.isValid()) throw Error(Error::Kind::Invalid, tr("Give the due date."));
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant)
                          .insert(QStringLiteral("corrective_actions"),
                                  {{QStringLiteral("finding_id"), findingId},
                                   {QStringLiteral("root_cause"), c.rootCause.trimmed()},
                                   {QStringLiteral("action"), c.action.trimmed()},
                                   {QStringLiteral("owner_person_id"), c.ownerPersonId},
                                   {QStringLiteral("due_date"), c.due}});
    tx.commit();
    return id;
}

void AuditService::markActionDone(qint64 actionId, int rowVersion, const QDate& on) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    const QDate day = on.isValid() ? on : Clock::today();
    if (day > Clock::today()) throw Error(Error::Kind::Invalid, tr("Give the day it was done (not a future one)."));
    const QVariantMap action = RecordWriter::read(m_db, QStringLiteral("corrective_actions"), actionId);
    const QString status = action.value(QStringLiteral("status")).toString();
    // Judged as the user saw it first: a stale view is refused as such, not as a wrong status.
    if (!action.isEmpty() && action.value(QStringLiteral("row_version")).toInt() == rowVersion &&
        status != QStringLiteral("open") && status != QStringLiteral("in_progress")) {
        throw Error(Error::Kind::Invalid, tr("This corrective action is already done."));
    }
    // The day it was done is what "closed by the due date" (objective 5) is judged by.
    update(grant, QStringLiteral("corrective_actions"), actionId, rowVersion,
           {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("done_date"), day}});
}

void AuditService::verify(qint64 actionId, int rowVersion, const QDate& on, qint64 verifierPersonId,
                          bool effective, const QString& result) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    const QVariantMap action =
        RecordWriter::read(m_db, QStringLiteral("corrective_actions"), actionId);
    if (action.isEmpty())
        throw Error(Error::Kind::NotFound, tr("That corrective action no longer exists."));
    // Judged as the user saw it: an action someone else verified or reopened meanwhile is theirs.
    if (action.value(QStringLiteral("row_version")).toInt() != rowVersion)
        writer.refuseStale(QStringLiteral("corrective_actions"), actionId);
    if (action.value(QStringLiteral("status")).toString() != QStringLiteral("done")) {
        throw Error(Error::Kind::Invalid,
                    tr("Only a corrective action that is done can be verified."));
    }
    if (!on.isValid() || on > Clock::today())
        throw Error(Error::Kind::Invalid, tr("Give the day of the verification."));
    if (verifierPersonId == 0) throw Error(Error::Kind::Invalid, tr("Name who verified it."));
    if (result.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Say what the verification found."));
    // Not effective: the action goes back to work, with what was found on record.
    writer.update(QStringLiteral("corrective_actions"), actionId, rowVersion,
                  {{QStringLiteral("status"),
                    effective ? QStringLiteral("verified") : QStringLiteral("in_progress")},
                   {QStringLiteral("verified_date"), on},
                   {QStringLiteral("verifier_person_id"), verifierPersonId},
                   {QStringLiteral("verification_result"), result.trimmed()},
                   // Back to work, it is no longer done: the day it is done again counts.
                   {QStringLiteral("done_date"), effective ? action.value(QStringLiteral("done_date")) : QVariant()}});
    if (effective) {
        // The finding closes with it, as it stands now: the user acted on the action, not on it.
        const qint64 findingId = action.value(QStringLiteral("finding_id")).toLongLong();
        const QVariantMap finding = RecordWriter::read(m_db, QStringLiteral("findings"), findingId);
        writer.update(QStringLiteral("findings"), findingId,
                      finding.value(QStringLiteral("row_version")).toInt(),
                      {{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("closed_date"), on}});
    }
    tx.commit();
}

void AuditService::closeFinding(qint64 findingId, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::RecordAudits);
    const QVariantMap finding = RecordWriter::read(m_db, QStringLiteral("findings"), findingId);
    if (finding.isEmpty()) throw Error(Error::Kind::NotFound, tr("That finding no longer exists."));
    if (finding.value(QStringLiteral("row_version")).toInt() != rowVersion) {
        RecordWriter(m_db, grant).refuseStale(QStringLiteral("findings"), findingId);
    }
    const QString kind = finding.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("major") || kind == QStringLiteral("minor")) {
        throw Error(
            Error::Kind::Invalid,
            tr("A nonconformity closes only when its corrective action is verified effective."));
    }
    update(grant, QStringLiteral("findings"), findingId, rowVersion,
           {{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("closed_date"), Clock::today()}});
}

}  // namespace isms::core
