#pragma once

#include "services/DashboardService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListQuery.h"
#include "storage/Sql.h"

namespace isms::test {

// How many rows the record list behind a dashboard figure holds (DashboardService::drillDown).
inline int rowsBehind(core::Database& db, const QString& key, int year, const QDate& today) {
    const auto drill = core::DashboardService::drillDown(key, year, today);
    core::ListQuery query(core::ListCatalog::definition(drill.list));
    for (auto it = drill.filters.cbegin(); it != drill.filters.cend(); ++it) query.setFilter(it.key(), it.value());
    return core::Sql::scalar(db.connection(), query.countStatement(), query.boundValues()).toInt();
}

}  // namespace isms::test
