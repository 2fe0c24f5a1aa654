#include "AgencySettings.h"

#include "Database.h"
#include "RecordWriter.h"
#include "Sql.h"
#include "domain/Error.h"

#include <QSqlQuery>

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("agency_settings");
}

QVariantMap AgencySettings::read(Database& db, int* rowVersion) {
    QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT * FROM agency_settings ORDER BY id LIMIT 1"));
    const QVariantMap row = q.next() ? Sql::row(q) : QVariantMap();
    if (rowVersion) *rowVersion = row.value(QStringLiteral("row_version")).toInt();
    return row;
}

void AgencySettings::write(Database& db, const Grant& grant, const QVariantMap& values, int rowVersion) {
    const qint64 id = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM agency_settings ORDER BY id LIMIT 1")).toLongLong();
    if (id != 0) {
        RecordWriter(db, grant).update(kTable, id, rowVersion, values);
    } else if (rowVersion != 0) {
        // Read as set, but the row is gone: someone else's change came between.
        throw Error(Error::Kind::Conflict, tr("The agency's settings were changed after you opened them; look again."));
    } else {
        RecordWriter(db, grant).insert(kTable, values);
    }
}

}  // namespace isms::core
