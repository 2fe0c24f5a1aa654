#pragma once

#include <QSettings>
#include <QString>
#include <memory>

namespace isms::ui {

// Where the program keeps its preferences, and the keys it uses — one place, so a key is never
// spelled two ways.
class Settings {
public:
    static inline const QString kLanguage = QStringLiteral("ui/language");
    static inline const QString kWindowGeometry = QStringLiteral("ui/windowGeometry");
    static inline const QString kLastDatabase = QStringLiteral("storage/lastDatabase");
    // The last server connected to, as an address without a password (ServerAddress).
    static inline const QString kLastServer = QStringLiteral("storage/lastServer");
    static inline const QString kLastUser = QStringLiteral("session/lastUser");
    // Minutes without use before the window locks (0: never).
    static inline const QString kLockMinutes = QStringLiteral("session/lockMinutes");
    // The folder the last export was saved in, proposed for the next one.
    static inline const QString kExportFolder = QStringLiteral("ui/exportFolder");
    // The databases opened lately, the latest first (files, and servers without a password).
    static inline const QString kRecentDatabases = QStringLiteral("storage/recent");
    static inline const QString kAutoBackup = QStringLiteral("backup/automatic");
    static inline const QString kAutoBackupFolder = QStringLiteral("backup/folder");
    static inline const QString kAutoBackupKeep = QStringLiteral("backup/keep");

    // Where automatic backups go unless the user chose a folder.
    static QString defaultBackupFolder();

    static std::unique_ptr<QSettings> open();
};

}  // namespace isms::ui
