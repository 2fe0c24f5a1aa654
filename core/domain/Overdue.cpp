#include "Overdue.h"

namespace isms::core {

bool Overdue::actionItem(const QDate& due, const QString& status, const QDate& today) {
    return due.isValid() && due < today && status != QStringLiteral("done") && status != QStringLiteral("cancelled");
}

bool Overdue::correctiveAction(const QDate& due, const QString& status, const QDate& today) {
    return due.isValid() && due < today && status != QStringLiteral("done") && status != QStringLiteral("verified");
}

QString Overdue::actionItemSql(const QString& alias, const QString& parameter) {
    return QStringLiteral("%1.due_date < :%2 AND %1.status NOT IN ('done', 'cancelled')").arg(alias, parameter);
}

QString Overdue::correctiveActionSql(const QString& alias, const QString& parameter) {
    return QStringLiteral("%1.due_date < :%2 AND %1.status NOT IN ('done', 'verified')").arg(alias, parameter);
}

}  // namespace isms::core
