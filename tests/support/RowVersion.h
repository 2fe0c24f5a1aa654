#pragma once

#include "storage/Database.h"
#include "storage/Sql.h"

namespace isms::test {

// A record's row_version as a user would see it on screen right now: what a change made from
// that screen hands the service.
inline int rowVersion(core::Database& db, const QString& table, qint64 id) {
    return core::Sql::scalar(db.connection(), QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(table),
                             {{QStringLiteral("id"), id}})
        .toInt();
}


}  // namespace isms::test
