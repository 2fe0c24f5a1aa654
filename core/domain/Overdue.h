#pragma once

#include <QDate>
#include <QString>

namespace isms::core {

// "Overdue" is a condition, never a status anyone chooses or stores: an action item or a
// corrective action is overdue from the day after its due date while it is not finished. One
// rule, in C++ and in the SQL the lists and figures count with.
class Overdue {
public:
    static bool actionItem(const QDate& due, const QString& status, const QDate& today);
    static bool correctiveAction(const QDate& due, const QString& status, const QDate& today);
    // Conditions on the row alias, with the day bound as :parameter.
    static QString actionItemSql(const QString& alias, const QString& parameter);
    static QString correctiveActionSql(const QString& alias, const QString& parameter);
};

}  // namespace isms::core
