#pragma once

#include <QFileInfo>
#include <QString>
#include <functional>
#include <memory>

#include "storage/Database.h"

namespace isms::core {

// Opens a database for the program: a file that does not exist yet is created and, unless the
// caller asks for an empty one, filled with the demo content.
class Workspace {
public:
    // Read only, nothing is created: a missing file is refused.
    static std::unique_ptr<Database> open(const QString& path, bool demoContentIfNew = true,
                                          Database::Check check = Database::Check::Full,
                                          const QString& password = {},
                                          Database::Access access = Database::Access::ReadWrite);
    // A new database file made whole or not at all: built and filled beside its place under a
    // name of its own, then renamed into place in one step, so a crash leaves no file or the
    // finished one, never a half-made one that passes for sound. Refused if path exists.
    static std::unique_ptr<Database> create(const QString& path,
                                            const std::function<void(Database&)>& fill,
                                            Database::Check check = Database::Check::Full);

private:
    // Removes the half-built files of first starts killed before their rename (.NAME.new-…).
    static void removeLeftovers(const QFileInfo& info);
};

}  // namespace isms::core
