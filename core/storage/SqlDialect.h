#pragma once

#include <QSqlDatabase>
#include <QString>

namespace isms::core {

// Our statements are written once, in the SQL both engines share. The few spellings that differ
// between SQLite and PostgreSQL are translated here, in one place, as each statement is prepared
// (schema steps that differ more have their own file: see Migrator).
class SqlDialect {
public:
    static bool isPostgres(const QSqlDatabase& db);
    // The statement as the connection's engine needs it.
    static QString adapt(const QSqlDatabase& db, const QString& statement);
};

}  // namespace isms::core
