#include "SqlDialect.h"

#include <QRegularExpression>

namespace isms::core {

bool SqlDialect::isPostgres(const QSqlDatabase& db) { return db.driverName() == QStringLiteral("QPSQL"); }

QString SqlDialect::adapt(const QSqlDatabase& db, const QString& statement) {
    if (!isPostgres(db)) return statement;
    QString out = statement;
    // SQLite's LIKE ignores case (ASCII); PostgreSQL's LIKE does not, its ILIKE does. Searches
    // must find the same rows on both.
    static const QRegularExpression like(QStringLiteral("\\bLIKE\\b"));
    out.replace(like, QStringLiteral("ILIKE"));
    return out;
}

}  // namespace isms::core
