#pragma once

#include "UserRole.h"

#include <QString>

namespace isms::core {

// Who is working with a database connection. Changes are refused without a signed-in session
// whose role allows them; the few that are no role's (a user's own account, the set-up of a new
// database) have grants of their own (Database::ownAccount, setUp).
struct Session {
    qint64 userId = 0;
    QString username;
    QString displayName;
    UserRole::Value role = UserRole::Viewer;
    bool signedIn = false;

    static Session user(qint64 id, const QString& username, const QString& displayName, UserRole::Value role) {
        return {id, username, displayName, role, true};
    }
};

}  // namespace isms::core
