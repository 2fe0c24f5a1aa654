#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace isms::core {

// The zip container of .docx and .odt files (QuaZip): named entries read with a size limit, so
// that a file made to expand without end is refused, and written whole into bytes.
class ZipArchive {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    // The named entries of the zip file that exist (a missing one is simply absent). Throws
    // Error(Invalid) with the reason when the file is no zip, is encrypted, or an entry is larger
    // than a document's part can be.
    static QHash<QString, QByteArray> read(const QString& file, const QStringList& names);
    static QByteArray write(const QList<std::pair<QString, QByteArray>>& entries);

    static constexpr qint64 kLargestEntry = 64 * 1024 * 1024;
};

}  // namespace isms::core
