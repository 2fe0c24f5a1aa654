#pragma once

#include <QString>

#include "domain/UserRole.h"

class QAction;
class QWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Enables a button or action, or disables it saying why in its tooltip and status tip (the
// words are core's refusal, naming who may), so that nothing greyed out is left unexplained.
// What the control said of itself before comes back when it is enabled again.
class Availability {
public:
    // why empty: enabled.
    static void set(QWidget* control, const QString& why);
    static void set(QAction* action, const QString& why);
    // As the signed-in role allows the permission (Database::refusal).
    static void follow(QWidget* control, const core::Database& db,
                       core::UserRole::Permission permission);
    static void follow(QAction* action, const core::Database& db,
                       core::UserRole::Permission permission);
};

}  // namespace isms::ui
