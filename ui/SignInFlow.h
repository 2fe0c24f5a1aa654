#pragma once

#include <QCoreApplication>

class QWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// What happens between opening a database and working in it: a database without users first
// gets its administrator, then someone signs in. (The main window then checks the file.)
class SignInFlow {
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)
public:
    // false when the user gave up; the database is then signed in to by nobody.
    static bool run(QWidget* parent, core::Database& db);
};

}  // namespace isms::ui
