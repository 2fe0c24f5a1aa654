#include "SessionScope.h"

#include "Database.h"

namespace isms::core {

SessionScope::SessionScope(Database& db, const Session& session) : m_db(db), m_previous(db.session()) {
    m_db.setSession(session);
}

SessionScope::~SessionScope() { m_db.setSession(m_previous); }

}  // namespace isms::core
