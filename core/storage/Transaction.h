#pragma once

namespace isms::core {

class Database;

// Scope guard for a write: rolls back unless commit() was reached, so a failed save leaves the
// database exactly as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace isms::core
