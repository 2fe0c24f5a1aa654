#include "ActionItem.h"

namespace isms::core {

QStringList ActionItem::statuses() {
    return {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("cancelled")};
}

QList<QPair<QString, QString>> ActionItem::problems() const {
    QList<QPair<QString, QString>> out;
    auto add = [&](const char* field, const QString& message) { out.append({QString::fromLatin1(field), message}); };
    if (planYear < 2000 || planYear > 2100) add("plan_year", tr("Give the plan year."));
    if (title.trimmed().isEmpty()) add("title", tr("Say what will be done."));
    if (ownerPersonId == 0) add("owner", tr("Name the person responsible."));
    if (!dueDate.isValid()) {
        add("due_date", tr("Give the expected completion date."));
    } else if (dueDate.year() != planYear && dueReason.trimmed().isEmpty()) {
        add("due_reason", tr("The due date is outside the plan year: give the reason."));
    }
    if (status == QStringLiteral("overdue")) {
        add("status", tr("“Overdue” is not a status: an item is overdue when its due date has passed and it is not done. "
                         "Choose planned, in progress, done or cancelled."));
    } else if (!statuses().contains(status)) {
        add("status", tr("Unknown status “%1”.").arg(status));
    }
    if (status == QStringLiteral("done") && measuredResult.trimmed().isEmpty()) {
        add("measured_result", tr("Record the measured result before marking the item done."));
    }
    if (status == QStringLiteral("cancelled") && cancelReason.trimmed().isEmpty()) {
        add("cancel_reason", tr("Give the reason for cancelling."));
    }
    if (progress < 0 || progress > 100) add("progress", tr("Progress is between 0 and 100 %."));
    return out;
}

}  // namespace isms::core
