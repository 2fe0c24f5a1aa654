#include "SignInFlow.h"

#include "Settings.h"

#include <QMessageBox>

#include "dialogs/AccountDialog.h"
#include "dialogs/SignInDialog.h"
#include "domain/Error.h"
#include "services/ObjectiveService.h"
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
    recordEndedPeriods(parent, db);
    return true;
}

void SignInFlow::recordEndedPeriods(QWidget* parent, core::Database& db) {
    // An editor's sign-in is the program's first chance after a period ends to record what the
    // records computed for it; until then the pages show it computed live.
    if (!db.allows(core::UserRole::Permission::EditRecords)) return;
    try {
        core::ObjectiveService(db).recordEndedPeriods();
    } catch (const core::Error& e) {
        // Said, not asked: the sign-in goes on (the pages compute those values live meanwhile),
        // and nothing waits on the message.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Objectives"),
                                    tr("The values computed from the records for the periods that ended could not be "
                                       "recorded: %1")
                                        .arg(e.message()),
                                    QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
}

}  // namespace isms::ui
