#include "SearchIndex.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "domain/Error.h"

namespace isms::core {

void SearchIndex::catchUp(Database& db, const ListDefinition& definition) {
    if (definition.searchQueue.isEmpty()) return;
    try {
        const bool pending =
            Sql::scalar(db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(definition.searchQueue)).toBool();
        if (!pending) return;
        Transaction tx(db);
        for (const QString& statement : definition.searchCatchUp) Sql::run(db.connection(), statement);
        Sql::run(db.connection(), QStringLiteral("DELETE FROM %1").arg(definition.searchQueue));
        tx.commit();
    } catch (const Error&) {
        // Read-only (a copy being inspected) or no queue: search what the index holds.
    }
}

}  // namespace isms::core
