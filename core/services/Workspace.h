#pragma once

#include "storage/Database.h"

#include <QString>
#include <memory>

namespace isms::core {

// Opens a database for the program: a file that does not exist yet is created and, unless the
// caller asks for an empty one, filled with the demo content.
class Workspace {
public:
    static std::unique_ptr<Database> open(const QString& path, bool demoContentIfNew = true,
                                          Database::Check check = Database::Check::Full,
                                          const QString& password = {});
};

}  // namespace isms::core
