#include "SignInFlow.h"

#include "Settings.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/SignInDialog.h"
#include "services/UserService.h"
#include "storage/Database.h"

namespace isms::ui {

bool SignInFlow::run(QWidget* parent, core::Database& db, const QString& account,
                     SignInDialog::Turn turn) {
    if (!core::UserService(db).hasUsers()) {
        AccountDialog first(db, AccountDialog::Purpose::FirstAdministrator, parent);
        if (first.exec() != QDialog::Accepted) return false;
    } else {
        SignInDialog dialog(db, account, parent, turn);
        if (dialog.exec() != QDialog::Accepted) return false;
    }
    Settings::open()->setValue(Settings::kLastUser, db.session().username);
    return true;
}

}  // namespace isms::ui
