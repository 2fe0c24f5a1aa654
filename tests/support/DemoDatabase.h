#pragma once

#include <QString>
#include <memory>

namespace isms::core {
class Database;
}

namespace isms::test {

// A new database with the demo content, its sample records dated in a fixed year so that the
// figures tests expect were worked out by hand once and stay true. It works as an administrator.
std::unique_ptr<core::Database> demoDatabase(const QString& path, int sampleYear = 2025);

}  // namespace isms::test
