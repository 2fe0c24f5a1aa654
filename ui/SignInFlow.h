#pragma once

#include <QCoreApplication>

#include "dialogs/SignInDialog.h"

class QWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// What happens between opening a database and working in it: a database without users first
// gets its administrator, then someone signs in, and an editor's sign-in records the computed
// objectives' periods that have ended (ObjectiveService::recordEndedPeriods). (The main window
// then checks the file.)
class SignInFlow {
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)
public:
    // false when the user gave up; the database is then signed in to by whoever was before.
    // account: the name the dialog starts with (the cursor then waits in the password), or
    // empty when it is someone else's turn (the cursor waits in the user name).
    static bool run(QWidget* parent, core::Database& db, const QString& account,
                    SignInDialog::Turn turn = SignInDialog::Turn::LastUser);

private:
    static void recordEndedPeriods(QWidget* parent, core::Database& db);
};

}  // namespace isms::ui
