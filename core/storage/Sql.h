#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

class QSqlError;

class QSqlRecord;

namespace isms::core {

class Error;

// Prepared statements with bound values, and failures turned into Error(Storage) so that a
// failed statement can never be silently ignored.
class Sql {
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    static QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
    static void exec(QSqlQuery& query);
    // Runs a statement that takes no values and cannot be prepared on every engine (PostgreSQL
    // prepares only queries and row changes: not CREATE, SET, …).
    static void execDirect(const QSqlDatabase& db, const QString& statement);
    // prepare, bind each ":name" from values, exec.
    static QSqlQuery run(const QSqlDatabase& db, const QString& statement,
                         const QVariantMap& values = {});
    // Binds each ":name" from values into a prepared query and runs it.
    static void run(QSqlQuery& query, const QVariantMap& values);
    // The first column of the first row, or an invalid QVariant when there is no row.
    static QVariant scalar(const QSqlDatabase& db, const QString& statement,
                           const QVariantMap& values = {});
    // The query's current row, by column name.
    static QVariantMap row(const QSqlQuery& query);
    // The same with the query's columns read once for many rows.
    static QVariantMap row(const QSqlQuery& query, const QSqlRecord& record);
    // Dates are stored as ISO text on every engine (an invalid date as NULL); a null QString as ''.
    static QVariant toStored(const QVariant& value);
    // A link to another row, where 0 means none: NULL.
    static QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }

private:
    static Error failure(const QSqlError& error);
};

}  // namespace isms::core
