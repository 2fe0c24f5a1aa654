#include "ExportRecord.h"

#include <QFileInfo>

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace isms::core {

void ExportRecord::note(Database& db, const QString& what, const QString& file) {
    if (!db.session().signedIn || db.isReadOnly() || !db.trailProblem().isEmpty()) return;
    Transaction tx(db);
    AuditLog(db).append(QStringLiteral("insert"), QStringLiteral("exports"), 0, {},
                        {{QStringLiteral("report"), what},
                         {QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}});
    tx.commit();
}

}  // namespace isms::core
