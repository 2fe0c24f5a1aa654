#include "Settings.h"

#include "storage/TrailAnchor.h"

#include <QDir>
#include <QStandardPaths>

namespace isms::ui {

std::unique_ptr<QSettings> Settings::open() {
    // One settings file for the workstation: what the window remembers and what it saw of each
    // database's audit trail (core's TrailAnchor) are kept together.
    return std::make_unique<QSettings>(core::TrailAnchor::settingsFile(), QSettings::IniFormat);
}

}  // namespace isms::ui

namespace isms::ui {

QString Settings::defaultBackupFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

}  // namespace isms::ui
