#pragma once

#include "domain/Session.h"
#include "storage/Database.h"

#include <optional>

namespace isms::test {

// A signed-in administrator of the given name, for tests that act on a database without going
// through sign-in (the account need not exist: changes are written in that name).
inline core::Session administrator(const QString& name) {
    return core::Session::user(0, name, name, core::UserRole::Administrator);
}

// All that the signed-in user's permissions may write, for tests that set up records directly
// with a RecordWriter; throws as Database::require does when the user may write nothing.
inline core::Grant everything(core::Database& db) {
    using P = core::UserRole::Permission;
    std::optional<core::Grant> grant;
    for (const P p : {P::EditRecords, P::EditPolicy, P::Approve, P::RecordAudits, P::ManageUsers, P::ManageBackups}) {
        if (!db.session().signedIn || !core::UserRole::allows(db.session().role, p)) continue;
        grant = grant ? grant->with(db.require(p)) : db.require(p);
    }
    return grant ? *grant : db.require(P::EditRecords);
}

}  // namespace isms::test
