#pragma once

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QDate>

namespace isms::core {

class Database;

// The register of controlled paper copies: which numbered copy of which version went to whom,
// and when it came back or was destroyed.
class ControlledCopies {
    Q_DECLARE_TR_FUNCTIONS(ControlledCopies)
public:
    explicit ControlledCopies(Database& db);

    // Issues copy `number` (0: the next free one) of an approved or published version; returns
    // the number. A number already issued for that version is refused.
    int issue(qint64 versionId, int number, const QString& holder, const QDate& on = Clock::today());
    void returned(qint64 copyId, const QDate& on);
    void destroyed(qint64 copyId, const QDate& on);

private:
    void close(qint64 copyId, const QString& column, const QDate& on);

    Database& m_db;
};

}  // namespace isms::core
