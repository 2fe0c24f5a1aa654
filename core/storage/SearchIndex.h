#pragma once

#include "storage/ListDefinition.h"

namespace isms::core {

class Database;

// A list's full-text index (ListDefinition::searchCatchUp) brought up to date with the records
// changed since the last search: changes only queue ids, so a 10,000-row import does not pay
// for indexing, and the first search afterwards does it once.
class SearchIndex {
public:
    // Runs the list's catch-up statements in one transaction. Does nothing for a list without an
    // index or with an empty queue; on a database opened read-only the index stays as it is.
    static void catchUp(Database& db, const ListDefinition& definition);
};

}  // namespace isms::core
