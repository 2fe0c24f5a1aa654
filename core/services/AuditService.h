#pragma once

#include <QCoreApplication>
#include <QDate>

namespace isms::core {

class Database;
class Grant;

// Internal audits (objective 5) and compliance checks (objective 1): an audit with its scope and people, its findings, a corrective
// action for each nonconformity, and the check of that action's effectiveness. A finding closes
// only when its corrective action has been verified effective.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    struct Audit {
        QString title;
        QDate start;
        QDate end;
        QString scope;     // units and clauses
        QString auditors;
        QString auditees;
        // internal_audit, or compliance_check (法令遵循查核), whose unresolved nonconformities
        // measure objective 1.
        QString kind = QStringLiteral("internal_audit");
    };
    struct Finding {
        QString kind;      // major, minor, observation, opportunity
        QString clause;
        QString description;
        QString evidence;
    };
    struct CorrectiveAction {
        QString rootCause;
        QString action;
        qint64 ownerPersonId = 0;
        QDate due;
    };

    explicit AuditService(Database& db);

    qint64 addAudit(const Audit& audit);
    qint64 addFinding(qint64 auditId, const Finding& finding);
    // Nonconformities only (major or minor).
    qint64 addCorrectiveAction(qint64 findingId, const CorrectiveAction& action);
    // rowVersion: the record's row_version as the user saw it; a record changed since is refused
    // (Error::Kind::Conflict) and keeps the other change.
    // on: the day it was done (default today; not a future day).
    void markActionDone(qint64 actionId, int rowVersion, const QDate& on = {});
    // Records whether the action worked; effective: the action is verified and its finding closes.
    void verify(qint64 actionId, int rowVersion, const QDate& on, qint64 verifierPersonId, bool effective,
                const QString& result);
    // Observations and opportunities close without a corrective action.
    void closeFinding(qint64 findingId, int rowVersion);

private:
    void update(const Grant& grant, const QString& table, qint64 id, int rowVersion, const QVariantMap& values);

    Database& m_db;
};

}  // namespace isms::core
