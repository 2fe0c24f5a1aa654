#pragma once

#include "domain/WriteRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

class Database;

// What one operation may write, and in whose name its audit entries are: given by the database
// once the operation's permission has been checked (Database::require), or for the few
// operations that are not a role's (Database::ownAccount, automaticBackup, setUp). The write path
// checks each change against it (WriteRules), and checks nothing else.
class Grant {
    Q_DECLARE_TR_FUNCTIONS(Grant)
public:
    const QString& actor() const { return m_actor; }
    // Throws Error(Permission) naming the record kind unless the grant covers the change.
    void check(const QString& table, WriteRules::Action action, const QStringList& columns = {},
               qint64 id = 0) const;
    // The same operation allowed more: for one that needs two permissions (an import writes
    // a policy and the registers derived from it).
    Grant with(const Grant& other) const;

private:
    friend class Database;
    Grant(QList<WriteRules::Scope> scopes, QString actor, qint64 onlyUserId = 0);

    QList<WriteRules::Scope> m_scopes;
    QString m_actor;
    qint64 m_onlyUserId = 0;  // OwnAccount: the one account it may change
};

}  // namespace isms::core
