#pragma once

#include <QCoreApplication>
#include <QDate>

#include "TableReport.h"
#include "services/AcknowledgementService.h"
#include "services/RaciService.h"

namespace isms::core {
class Database;
}

namespace isms::reports {

// The printed side of issue #6: the RACI matrix, a unit's sign-in sheet for a policy version,
// and the acknowledgement report (coverage, and who has not yet signed).
class OrganisationReports {
    Q_DECLARE_TR_FUNCTIONS(OrganisationReports)
public:
    static TableReport raci(core::Database& db, const core::RaciService::Matrix& matrix);
    // The roster of the version's audience in one unit (0: everyone), with the version's code,
    // number and fingerprint on every sheet, and a line to sign per person.
    static TableReport signInSheet(core::Database& db, qint64 versionId, qint64 unitId,
                                   const QDate& day);
    static TableReport acknowledgements(core::Database& db, qint64 versionId, const QDate& day);

private:
    // "ISMS-01-01 v2.0 — title", and the fingerprint line.
    static QStringList versionLines(core::Database& db, qint64 versionId);
};

}  // namespace isms::reports
