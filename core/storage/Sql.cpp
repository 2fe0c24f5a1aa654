#include "Sql.h"

#include "SqlDialect.h"
#include "domain/Error.h"

#include <QDate>
#include <QSqlError>
#include <QSqlRecord>

namespace isms::core {

QSqlQuery Sql::prepare(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    // Rows are read once, front to back: a scrollable query would keep every row it passed in
    // memory (reading a long audit trail once took 120 MB).
    query.setForwardOnly(true);
    if (!query.prepare(SqlDialect::adapt(db, statement))) throw failure(query.lastError());
    return query;
}

void Sql::exec(QSqlQuery& query) {
    if (!query.exec()) throw failure(query.lastError());
}

Error Sql::failure(const QSqlError& error) {
    // A broken rule of the schema is said as the rule, not as the engine's words (SQLite's
    // message, PostgreSQL's SQLSTATE class 23).
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString code = error.nativeErrorCode();
    if (text.contains(QStringLiteral("UNIQUE constraint")) || code == QStringLiteral("23505")) {
        return Error(Error::Kind::Storage, tr("This would record the same thing twice: it is recorded already."));
    }
    if (text.contains(QStringLiteral("FOREIGN KEY constraint")) || code == QStringLiteral("23503")) {
        return Error(Error::Kind::Storage, tr("This refers to a record that no longer exists, or a record that others "
                                              "still refer to would go."));
    }
    if (text.contains(QStringLiteral("NOT NULL constraint")) || code == QStringLiteral("23502")) {
        return Error(Error::Kind::Storage, tr("A value that must be given is missing."));
    }
    if (text.contains(QStringLiteral("CHECK constraint")) || code == QStringLiteral("23514")) {
        return Error(Error::Kind::Storage, tr("A value is not one of those allowed here."));
    }
    return Error(Error::Kind::Storage, tr("Database statement failed: %1").arg(error.text()));
}

void Sql::execDirect(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::adapt(db, statement))) throw failure(query.lastError());
}

QSqlQuery Sql::run(const QSqlDatabase& db, const QString& statement, const QVariantMap& values) {
    QSqlQuery query = prepare(db, statement);
    run(query, values);
    return query;
}

void Sql::run(QSqlQuery& query, const QVariantMap& values) {
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query.bindValue(QLatin1Char(':') + it.key(), toStored(it.value()));
    }
    exec(query);
}

QVariantMap Sql::row(const QSqlQuery& query) { return row(query, query.record()); }

QVariantMap Sql::row(const QSqlQuery& query, const QSqlRecord& record) {
    QVariantMap row;
    for (int i = 0; i < record.count(); ++i) row.insert(record.fieldName(i), query.value(i));
    return row;
}

QVariant Sql::scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& values) {
    QSqlQuery query = run(db, statement, values);
    QVariant result = query.next() ? query.value(0) : QVariant();
    query.finish();
    return result;
}

QVariant Sql::toStored(const QVariant& value) {
    if (value.typeId() == QMetaType::QDate) {
        const QDate d = value.toDate();
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }
    // Flags are INTEGER 0/1 on both engines; PostgreSQL would refuse 'true' in an INTEGER column.
    if (value.typeId() == QMetaType::Bool) return QVariant(value.toBool() ? 1 : 0);
    // Our text columns are NOT NULL DEFAULT '': a QString() from code means "no text". A NULL read
    // from the database is a null QVariant (Qt 6) and stays NULL, so values copied row to row
    // keep their meaning.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

}  // namespace isms::core
