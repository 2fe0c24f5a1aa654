#include "SignInFlow.h"

#include "Settings.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/SignInDialog.h"
#include "domain/Error.h"
#include "services/DatabaseCheck.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QMessageBox>

namespace isms::ui {

bool SignInFlow::run(QWidget* parent, core::Database& db) {
    if (!core::UserService(db).hasUsers()) {
        AccountDialog first(db, AccountDialog::Purpose::FirstAdministrator, parent);
        if (first.exec() != QDialog::Accepted) return false;
    } else {
        SignInDialog dialog(db, Settings::open()->value(Settings::kLastUser).toString(), parent);
        if (dialog.exec() != QDialog::Accepted) return false;
    }
    Settings::open()->setValue(Settings::kLastUser, db.session().username);
    warnIfUnsound(parent, db);
    return true;
}

void SignInFlow::warnIfUnsound(QWidget* parent, core::Database& db) {
    try {
        const auto report = core::DatabaseCheck(db).run(false);
        if (report.sound()) return;
        QMessageBox::warning(parent, tr("Database check"),
                             tr("The quick check of this database found problems:\n\n%1\n\nBack it up, then run "
                                "the full check (isms-desk check) and tell the administrator.")
                                 .arg(report.lines().join(QLatin1Char('\n'))));
    } catch (const core::Error& e) {
        QMessageBox::warning(parent, tr("Database check"), e.message());
    }
}

}  // namespace isms::ui
