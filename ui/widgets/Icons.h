#pragma once

#include <QIcon>

namespace isms::ui {

// The program's action icons: the desktop's icon theme where it has one, otherwise the icons Qt's
// own style carries, so that a toolbar is never a row of blank buttons.
class Icons {
public:
    enum Kind { Save, Undo, Redo, Open, New, Find, Print, Export, Refresh, Help, SignOut };
    static QIcon get(Kind kind);
};

}  // namespace isms::ui
