#pragma once

#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QStringList>

namespace isms::core {

class Database;

// Is the open database sound: the file's structure, its links, and the audit chain. The same
// check runs from `isms-desk check` and from the Settings page.
class DatabaseCheck {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)
public:
    struct Report {
        QStringList problems;
        AuditLog::Verification audit;
        bool sound() const { return problems.isEmpty() && audit.intact; }
        // What a person reads: the problems, the audit chain and its head hash, the verdict.
        QStringList lines() const;
    };

    explicit DatabaseCheck(Database& db);
    // SQLite: thorough runs PRAGMA integrity_check and foreign_key_check, otherwise the faster
    // quick_check. PostgreSQL keeps its pages itself: thorough looks for unchecked links.
    // stop ends the audit chain's part early (see AuditLog::verify).
    Report run(bool thorough, const std::function<bool()>& stop = {}) const;

private:
    void checkApprovedText(Report& report) const;
    // Records the program derives and never writes otherwise: a published version's objectives
    // are its objective items, and no status the program never stores (overdue).
    void checkDerivedRecords(Report& report) const;
    void checkTrailEnd(Report& report) const;
    // Every audited record is what the trail last recorded of it (AuditState).
    void checkRecordsAgainstTrail(Report& report, const std::function<bool()>& stop) const;

    Database& m_db;
};

}  // namespace isms::core
