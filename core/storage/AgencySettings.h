#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace isms::core {

class Database;
class Grant;

// The agency's own settings, one row (agency_settings): its responsibility level and the
// deadlines incidents are held to. A new database has no row — every setting then has its
// default — and the first change inserts it, so that a new file stays empty.
class AgencySettings {
    Q_DECLARE_TR_FUNCTIONS(AgencySettings)
public:
    // The row's columns (empty: none yet); rowVersion 0 when there is none.
    static QVariantMap read(Database& db, int* rowVersion = nullptr);
    // Changes the columns given, refused as stale when the row changed (or appeared) since it was
    // read with rowVersion.
    static void write(Database& db, const Grant& grant, const QVariantMap& values, int rowVersion);
};

}  // namespace isms::core
