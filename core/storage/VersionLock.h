#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace isms::core {

class Database;

// Approved, published and superseded policy versions are the record of what was decided: no
// change to their text, title block or registers gets through, whichever code asks. Only their
// status may move on (published → superseded). A version in review is what its approver reads:
// its text and registers change only once it is back in draft.
class VersionLock {
    Q_DECLARE_TR_FUNCTIONS(VersionLock)
public:
    explicit VersionLock(Database& db);

    // Throws Error(Refused) if the change would alter a locked version, or the text of one in
    // review. before is the row as it
    // is (empty for an insert), values what the change writes.
    void check(const QString& table, const QVariantMap& before, const QVariantMap& values) const;

private:
    static QString readOnlyRefusal();
    // Why the version's text and registers cannot change now; empty when they can.
    QString contentRefusal(const QVariant& versionId) const;

    Database& m_db;
};

}  // namespace isms::core
