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

    static std::unique_ptr<QSettings> open();
};

}  // namespace isms::ui
