#include "UserRole.h"

#include "Error.h"

namespace isms::core {

namespace {
const char* const kKeys[] = {"administrator", "editor", "chair", "auditor", "viewer"};
}

QString UserRole::key(Value v) { return QString::fromLatin1(kKeys[v]); }

bool UserRole::fromKey(const QString& key, Value* out) {
    for (Value v : all()) {
        if (key == QLatin1String(kKeys[v])) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString UserRole::label(Value v) {
    switch (v) {
    case Administrator: return tr("Administrator");
    case Editor: return tr("Editor");
    case Chair: return tr("Chair");
    case Auditor: return tr("Auditor");
    case Viewer: return tr("Viewer");
    }
    return {};
}

QList<UserRole::Value> UserRole::all() { return {Administrator, Editor, Chair, Auditor, Viewer}; }

bool UserRole::allows(Value role, Permission permission) {
    switch (role) {
    case Administrator: return true;
    case Editor: return permission == Permission::EditRecords || permission == Permission::EditPolicy;
    case Chair: return permission == Permission::Approve;
    case Auditor: return permission == Permission::RecordAudits;
    case Viewer: return false;
    }
    return false;
}

UserRole::Permission UserRole::permissionForTable(const QString& table) {
    static const QStringList policy{QStringLiteral("documents"),        QStringLiteral("document_versions"),
                                    QStringLiteral("sections"),         QStringLiteral("legal_references"),
                                    QStringLiteral("version_references"), QStringLiteral("scope_items"),
                                    QStringLiteral("policy_statements"), QStringLiteral("responsibilities"),
                                    QStringLiteral("controlled_copies")};
    static const QStringList audits{QStringLiteral("audits"), QStringLiteral("findings"),
                                    QStringLiteral("corrective_actions")};
    static const QStringList records{
        QStringLiteral("org_units"),       QStringLiteral("people"),           QStringLiteral("objectives"),
        QStringLiteral("objective_wordings"), QStringLiteral("measurements"),  QStringLiteral("action_items"),
        QStringLiteral("meetings"),        QStringLiteral("meeting_attendees"), QStringLiteral("meeting_agenda_items"),
        QStringLiteral("review_cycles"),   QStringLiteral("reviews"),          QStringLiteral("drills"),
        QStringLiteral("roles"),           QStringLiteral("role_assignments"), QStringLiteral("raci_activities"),
        QStringLiteral("raci_cells"),      QStringLiteral("communications"),   QStringLiteral("communication_audiences"),
        QStringLiteral("acknowledgements")};
    if (table == QStringLiteral("approvals")) return Permission::Approve;
    if (table == QStringLiteral("users")) return Permission::ManageUsers;
    if (table == QStringLiteral("backups")) return Permission::ManageBackups;
    if (policy.contains(table)) return Permission::EditPolicy;
    if (audits.contains(table)) return Permission::RecordAudits;
    if (records.contains(table)) return Permission::EditRecords;
    // A table no rule names is written by nobody, rather than by whoever may change records.
    throw Error(Error::Kind::Permission, tr("No permission rule names “%1”: nobody may change it.").arg(table));
}

bool UserRole::hasRule(const QString& table) {
    try {
        permissionForTable(table);
        return true;
    } catch (const Error&) {
        return false;
    }
}

QString UserRole::describe(Permission permission) {
    switch (permission) {
    case Permission::EditRecords: return tr("change records");
    case Permission::EditPolicy: return tr("change policy documents");
    case Permission::Approve: return tr("approve or publish policy versions");
    case Permission::RecordAudits: return tr("record audits and findings");
    case Permission::ManageUsers: return tr("manage user accounts");
    case Permission::ManageBackups: return tr("back up or restore the database");
    }
    return {};
}

}  // namespace isms::core
