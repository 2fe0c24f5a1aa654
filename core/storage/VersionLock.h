#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace isms::core {

class Database;

// Approved, published and superseded policy versions are the record of what was decided: no
// change to their text, title block or registers gets through, whichever code asks. Only their
// status may move on (published → superseded).
class VersionLock {
    Q_DECLARE_TR_FUNCTIONS(VersionLock)
public:
    explicit VersionLock(Database& db);

    // Throws Error(Refused) if the change would alter a locked version. before is the row as it
    // is (empty for an insert), values what the change writes.
    void check(const QString& table, const QVariantMap& before, const QVariantMap& values) const;

private:
    bool locked(const QVariant& versionId) const;

    Database& m_db;
};

}  // namespace isms::core
