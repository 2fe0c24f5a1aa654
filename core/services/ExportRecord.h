#pragma once

#include <QString>

namespace isms::core {

class Database;

// An export is an event of the trail: who wrote what (a report, a list, a copy of the policy) to
// which file, as an entry of no record (entity "exports", id 0). Only a signed-in person's
// export is recorded, and only into a file that takes changes: a database opened read only, or
// one whose trail has a problem, is not written to for it.
class ExportRecord {
public:
    static void note(Database& db, const QString& what, const QString& file);
};

}  // namespace isms::core
