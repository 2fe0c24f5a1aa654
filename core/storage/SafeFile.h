#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace isms::core {

// Writes a file whole or not at all (QSaveFile): a failed export never leaves a half-written
// file in place of a good one. Throws Error ("Cannot write “file”: reason").
class SafeFile {
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
public:
    static void write(const QString& file, const std::function<void(QIODevice&)>& content);
};

}  // namespace isms::core
