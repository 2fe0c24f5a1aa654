#include "Availability.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

#include "storage/Database.h"

namespace isms::ui {

namespace {

const char* const kOwnTip = "isms_ownTip";
const char* const kOwnStatus = "isms_ownStatusTip";

template <class Control>
void apply(Control* control, const QString& why) {
    // The control's own tips, kept the first time it is disabled, are its tips when enabled.
    if (!control->property(kOwnTip).isValid()) {
        control->setProperty(kOwnTip, control->toolTip());
        control->setProperty(kOwnStatus, control->statusTip());
    }
    control->setEnabled(why.isEmpty());
    control->setToolTip(why.isEmpty() ? control->property(kOwnTip).toString() : why);
    control->setStatusTip(why.isEmpty() ? control->property(kOwnStatus).toString() : why);
}

}  // namespace

void Availability::set(QWidget* control, const QString& why) {
    apply(control, why);
}

void Availability::set(QAction* action, const QString& why) {
    apply(action, why);
}

void Availability::follow(QWidget* control, const core::Database& db,
                          core::UserRole::Permission permission) {
    apply(control, db.refusal(permission));
}

void Availability::follow(QAction* action, const core::Database& db,
                          core::UserRole::Permission permission) {
    apply(action, db.refusal(permission));
}

}  // namespace isms::ui
