#include "PeopleChoices.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace isms::ui {

QList<QPair<QString, QVariant>> PeopleChoices::all(core::Database& db) {
    QList<QPair<QString, QVariant>> out;
    // People who have left (active_to in the past) are still listed: old records name them.
    QSqlQuery q = core::Sql::run(db.connection(), QStringLiteral("SELECT id, name FROM people ORDER BY name, id"));
    while (q.next()) out.append({q.value(1).toString(), q.value(0)});
    return out;
}

QList<QPair<QString, QVariant>> PeopleChoices::withPrompt(core::Database& db) {
    return QList<QPair<QString, QVariant>>{{tr("(choose)"), 0}} + all(db);
}

}  // namespace isms::ui
