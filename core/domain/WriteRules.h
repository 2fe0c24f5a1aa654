#pragma once

#include "UserRole.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace isms::core {

// What each kind of operation may write: which tables, which of insert/update/delete, and for
// some only certain columns. The one list of it: the write path (RecordWriter) refuses whatever
// an operation's grant does not name, and a server's grants are generated from it (ServerRoles).
class WriteRules {
    Q_DECLARE_TR_FUNCTIONS(WriteRules)
public:
    // A user's permissions, and the few operations that are not a role's: a user's own account
    // (their password, their sign-in count), the automatic backup a workstation is set to take,
    // and the program's set-up of a database it has just created (demo content, generated data).
    enum class Scope { EditRecords, EditPolicy, Approve, RecordAudits, ManageUsers, ManageBackups, OwnAccount,
                       AutomaticBackup, SetUp };
    enum Action { Insert = 1, Update = 2, Delete = 4 };
    struct Rule {
        Scope scope;
        QString table;
        int actions;          // Action flags
        QStringList columns;  // an update may set only these; empty: any
    };

    static const QList<Rule>& all();
    static Scope scopeOf(UserRole::Permission permission);
    // Whether an operation of this scope may do this to these columns of the table.
    static bool allows(Scope scope, const QString& table, Action action, const QStringList& columns);
    // Whether some rule of a role's permission names the table (a table none names is read only).
    static bool names(const QString& table);
    static QString describe(Scope scope);  // "change records", translated
};

}  // namespace isms::core
