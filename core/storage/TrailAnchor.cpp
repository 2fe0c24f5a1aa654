#include "TrailAnchor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace isms::core {

namespace {

const QString kGroup = QStringLiteral("audit-trail-seen");

// A settings key cannot hold the slashes of a path: the key is a digest of the location, and the
// location itself is kept in the value for a person reading the file.
// One database, one entry: a file is known by its real path, whatever link or relative path
// named it (a symbolic link to a refused file must not be a fresh start).
QString normalised(const QString& location) {
    if (location.startsWith(QStringLiteral("postgresql://"))) return location;
    const QFileInfo info(location);
    const QString real = info.canonicalFilePath();
    return real.isEmpty() ? info.absoluteFilePath() : real;
}

QString keyOf(const QString& location) {
    return QString::fromLatin1(QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

}  // namespace

QString TrailAnchor::settingsFile() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.ini"));
}

TrailAnchor TrailAnchor::load(const QString& given) {
    const QString location = normalised(given);
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const QStringList value = settings.value(kGroup + QLatin1Char('/') + keyOf(location)).toStringList();
    TrailAnchor anchor;
    if (value.size() < 4 || value[0] != location) return anchor;
    anchor.entry = value[1].toLongLong();
    anchor.hash = value[2];
    anchor.seenAt = QDateTime::fromString(value[3], Qt::ISODate);
    return anchor;
}

void TrailAnchor::save(const QString& given) const {
    const QString location = normalised(given);
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(kGroup + QLatin1Char('/') + keyOf(location),
                      QStringList{location, QString::number(entry), hash, seenAt.toString(Qt::ISODate)});
}

void TrailAnchor::forget(const QString& location) {
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.remove(kGroup + QLatin1Char('/') + keyOf(normalised(location)));
}

QString TrailAnchor::lostMessage() const {
    return tr("The audit trail no longer holds entry %1 (%2…), which this workstation saw on %3: it was cut short or "
              "rewritten outside the program, or an older backup was put in its place. Nothing can be saved into this "
              "database; restore a backup.")
        .arg(entry)
        .arg(hash.left(16))
        .arg(seenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

}  // namespace isms::core
