#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

// What a user of the program may do. The rules live here, in core, so that every caller — the
// window, the command line, a test — meets the same refusal; what each permission may write is
// WriteRules.
class UserRole {
    Q_DECLARE_TR_FUNCTIONS(UserRole)
public:
    enum Value { Administrator, Editor, Chair, Auditor, Viewer };
    enum class Permission {
        EditRecords,    // objectives, action items, people, meetings, drills…
        EditPolicy,     // documents, drafts and their sections
        Approve,        // approve and publish policy versions
        RecordAudits,   // audits, findings, corrective actions
        ManageUsers,    // accounts, roles, passwords of others
        ManageBackups,  // back up and restore the database
    };

    static QString key(Value v);  // stored form: "administrator", …
    static bool fromKey(const QString& key, Value* out);
    static QString label(Value v);
    static QList<Value> all();

    static bool allows(Value role, Permission permission);
    static QString describe(Permission permission);  // "change policy documents", translated
    // The roles that may, named for a refusal: "Editor or Administrator".
    static QString whoMay(Permission permission);
};

}  // namespace isms::core
