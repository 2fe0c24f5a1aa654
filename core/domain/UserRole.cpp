#include "UserRole.h"

namespace isms::core {

namespace {
const char* const kKeys[] = {"administrator", "editor", "chair", "auditor", "viewer"};
}

QString UserRole::key(Value v) {
    return QString::fromLatin1(kKeys[v]);
}

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
        case Administrator:
            return tr("Administrator");
        case Editor:
            return tr("Editor");
        case Chair:
            return tr("Chair");
        case Auditor:
            return tr("Auditor");
        case Viewer:
            return tr("Viewer");
    }
    return {};
}

QList<UserRole::Value> UserRole::all() {
    return {Administrator, Editor, Chair, Auditor, Viewer};
}

bool UserRole::allows(Value role, Permission permission) {
    switch (role) {
        case Administrator:
            return true;
        case Editor:
            return permission == Permission::EditRecords || permission == Permission::EditPolicy;
        case Chair:
            return permission == Permission::Approve;
        case Auditor:
            return permission == Permission::RecordAudits;
        case Viewer:
            return false;
    }
    return false;
}

QString UserRole::whoMay(Permission permission) {
    QStringList roles;
    for (const Value v : all()) {
        if (allows(v, permission)) roles << label(v);
    }
    if (roles.size() < 2) return roles.value(0);
    const QString last = roles.takeLast();
    return tr("%1 or %2").arg(roles.join(tr(", ")), last);
}

QString UserRole::describe(Permission permission) {
    switch (permission) {
        case Permission::EditRecords:
            return tr("change records");
        case Permission::EditPolicy:
            return tr("change policy documents");
        case Permission::Approve:
            return tr("approve or publish policy versions");
        case Permission::RecordAudits:
            return tr("record audits and findings");
        case Permission::ManageUsers:
            return tr("manage user accounts");
        case Permission::ManageBackups:
            return tr("back up or restore the database");
    }
    return {};
}

}  // namespace isms::core
