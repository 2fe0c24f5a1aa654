#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace isms::ui {

std::unique_ptr<QSettings> Settings::open() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

}  // namespace isms::ui

namespace isms::ui {

QString Settings::defaultBackupFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

}  // namespace isms::ui
