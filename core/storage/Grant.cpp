#include "Grant.h"

#include "domain/Error.h"
#include "domain/RecordKinds.h"

namespace isms::core {

Grant::Grant(QList<WriteRules::Scope> scopes, QString actor, qint64 onlyUserId)
    : m_scopes(std::move(scopes)), m_actor(std::move(actor)), m_onlyUserId(onlyUserId) {}

void Grant::check(const QString& table, WriteRules::Action action, const QStringList& columns, qint64 id) const {
    for (const WriteRules::Scope scope : m_scopes) {
        if (!WriteRules::allows(scope, table, action, columns)) continue;
        if (scope == WriteRules::Scope::OwnAccount && id != m_onlyUserId) continue;
        return;
    }
    QStringList what;
    for (const WriteRules::Scope scope : m_scopes) what << WriteRules::describe(scope);
    throw Error(Error::Kind::Permission, tr("The permission to %1 does not cover changing a %2: the change was not made.")
                                             .arg(what.join(tr(" or ")), RecordKinds::label(table)));
}

Grant Grant::with(const Grant& other) const {
    Grant both = *this;
    for (const WriteRules::Scope scope : other.m_scopes) {
        if (!both.m_scopes.contains(scope)) both.m_scopes << scope;
    }
    if (other.m_onlyUserId != 0) both.m_onlyUserId = other.m_onlyUserId;
    return both;
}

}  // namespace isms::core
