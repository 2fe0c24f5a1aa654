#include "ZipArchive.h"

#include "domain/Error.h"

#include <QBuffer>
#include <QFileInfo>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace isms::core {

QHash<QString, QByteArray> ZipArchive::read(const QString& file, const QStringList& names) {
    const QString name = QFileInfo(file).fileName();
    QuaZip zip(file);
    if (!zip.open(QuaZip::mdUnzip)) {
        throw Error(Error::Kind::Invalid, tr("“%1” is not a Word or OpenDocument file (it is no zip archive).").arg(name));
    }
    QHash<QString, QByteArray> out;
    for (const QString& entry : names) {
        if (!zip.setCurrentFile(entry)) continue;
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) continue;
        if (info.flags & 1) {
            throw Error(Error::Kind::Invalid,
                        tr("“%1” is encrypted (password-protected): save it without a password and import that.").arg(name));
        }
        if (qint64(info.uncompressedSize) > kLargestEntry) {
            throw Error(Error::Kind::Invalid, tr("“%1” holds a part too large to be a document's (%2).").arg(name, entry));
        }
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::ReadOnly)) {
            throw Error(Error::Kind::Invalid, tr("“%1” is damaged: its part %2 cannot be read.").arg(name, entry));
        }
        QByteArray bytes = part.read(kLargestEntry + 1);
        // The size a damaged or crafted archive declares is not trusted either.
        if (bytes.size() > kLargestEntry) {
            throw Error(Error::Kind::Invalid, tr("“%1” holds a part too large to be a document's (%2).").arg(name, entry));
        }
        if (part.getZipError() != UNZ_OK) {
            throw Error(Error::Kind::Invalid, tr("“%1” is damaged: its part %2 cannot be read.").arg(name, entry));
        }
        part.close();
        out.insert(entry, bytes);
    }
    zip.close();
    return out;
}

QByteArray ZipArchive::write(const QList<std::pair<QString, QByteArray>>& entries) {
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate)) throw Error(Error::Kind::Invalid, tr("The document could not be packed."));
        for (const auto& [name, bytes] : entries) {
            QuaZipFile part(&zip);
            // OpenDocument's mimetype goes first and uncompressed, as the format asks.
            const bool stored = name == QStringLiteral("mimetype");
            if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION) ||
                part.write(bytes) != bytes.size()) {
                throw Error(Error::Kind::Invalid, tr("The document could not be packed."));
            }
            part.close();
        }
        zip.close();
    }
    return buffer.data();
}

}  // namespace isms::core
