#pragma once

#include "domain/Session.h"

namespace isms::core {

class Database;

// Runs a piece of the program's own work under a given session and puts the previous one back
// afterwards, whatever happens in between.
class SessionScope {
public:
    SessionScope(Database& db, const Session& session);
    ~SessionScope();
    SessionScope(const SessionScope&) = delete;
    SessionScope& operator=(const SessionScope&) = delete;

private:
    Database& m_db;
    Session m_previous;
};

}  // namespace isms::core
