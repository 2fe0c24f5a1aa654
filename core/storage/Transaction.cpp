#include "Transaction.h"

#include "Database.h"

namespace isms::core {

Transaction::Transaction(Database& db) : m_db(db) { m_db.begin(); }

Transaction::~Transaction() {
    if (!m_done) m_db.rollback();
}

void Transaction::commit() {
    m_done = true;
    m_db.commit();
}

}  // namespace isms::core
