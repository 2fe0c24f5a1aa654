#pragma once

#include "UserRole.h"

#include <QString>

namespace isms::core {

// Who is working with a database connection. Changes are refused without a signed-in session;
// the program's own set-up work (demo content, a user's failed sign-in count) runs as a system
// session that names what it is doing.
struct Session {
    qint64 userId = 0;
    QString username;
    QString displayName;
    UserRole::Value role = UserRole::Viewer;
    bool signedIn = false;

    static Session user(qint64 id, const QString& username, const QString& displayName, UserRole::Value role) {
        return {id, username, displayName, role, true};
    }
    static Session system(const QString& actor) { return {0, actor, actor, UserRole::Administrator, true}; }
};

}  // namespace isms::core
