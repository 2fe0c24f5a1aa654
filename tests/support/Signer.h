#pragma once

#include "Administrator.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace isms::test {

// The password of every account signIn() makes.
inline const QString kSignerPassword = QStringLiteral("signer password 1");

// Signs db in with a real account of that name and role (made the first time): an approval is
// signed with the approver's password (PolicyService::approve), which a session a test merely
// sets has none of. Each account made is a person too. Returns the password to sign with.
inline QString signIn(core::Database& db, const QString& username, const QString& name,
                      core::UserRole::Value role) {
    core::UserService users(db);
    const bool exists =
        core::Sql::scalar(db.connection(),
                          QStringLiteral("SELECT COUNT(*) FROM users WHERE username = :u"),
                          {{QStringLiteral("u"), username}})
            .toInt() > 0;
    if (!exists) {
        if (!users.hasUsers() && role == core::UserRole::Administrator) {
            users.createFirstAdministrator(username, name, kSignerPassword);
        } else {
            if (!users.hasUsers()) {
                users.createFirstAdministrator(QStringLiteral("setup"), QStringLiteral("setup"),
                                               kSignerPassword);
            }
            db.setSession(administrator(QStringLiteral("setup")));
            users.createUser(username, name, role, kSignerPassword);
        }
    }
    users.signIn(username, kSignerPassword);
    return kSignerPassword;
}

}  // namespace isms::test
