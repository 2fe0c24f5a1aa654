#include "SafeFile.h"

#include "domain/Error.h"

#include <QSaveFile>

namespace isms::core {

void SafeFile::write(const QString& file, const std::function<void(QIODevice&)>& content) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Invalid, tr("Cannot write “%1”: %2").arg(file, out.errorString()));
    }
    content(out);
    if (!out.commit()) throw Error(Error::Kind::Storage, tr("Cannot write “%1”: %2").arg(file, out.errorString()));
}

}  // namespace isms::core
