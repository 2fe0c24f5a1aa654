#include "RecordWriter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlRecord>

#include "AuditLog.h"
#include "AuditState.h"
#include "Database.h"
#include "Sql.h"
#include "VersionLock.h"
#include "domain/Error.h"
#include "domain/TextSafety.h"

namespace isms::core {

RecordWriter::RecordWriter(Database& db, Grant grant) : m_db(db), m_grant(std::move(grant)) {}

void RecordWriter::checkIdentifier(const QString& name) {
    // Table and column names come from our code, never from input, but they are pasted into
    // SQL text, so anything else is refused outright.
    static const QRegularExpression ident(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!ident.match(name).hasMatch()) {
        throw Error(Error::Kind::Invalid, QStringLiteral("Invalid identifier: %1").arg(name));
    }
}

QString RecordWriter::insertStatement(const QString& table, const QVariantMap& values) {
    QStringList columns;
    QStringList params;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        checkIdentifier(it.key());
        columns << it.key();
        params << QLatin1Char(':') + it.key();
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

void RecordWriter::log(const QString& action, const QString& table, qint64 id,
                       const QVariantMap& before, const QVariantMap& after) const {
    AuditLog(m_db).appendJson(m_grant.actor(), action, table, id, AuditLog::toJson(before),
                              AuditLog::toJson(after));
}

void RecordWriter::requireTransaction() const {
    if (!m_db.inTransaction()) {
        throw Error(Error::Kind::Storage, tr("A change must run inside a transaction."));
    }
}

QVariantMap RecordWriter::read(Database& db, const QString& table, qint64 id) {
    checkIdentifier(table);
    QSqlQuery& q = db.statement(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table));
    Sql::run(q, {{QStringLiteral("id"), id}});
    const QVariantMap row = q.next() ? Sql::row(q) : QVariantMap();
    q.finish();
    return row;
}

void RecordWriter::checkText(const QVariantMap& values) {
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString) continue;
        const QString text = it.value().toString();
        const qsizetype at = TextSafety::firstUnsafe(text);
        if (at < 0) continue;
        QString shown = TextSafety::cleaned(text).simplified();
        if (shown.size() > 30) shown = shown.left(30) + QStringLiteral("…");
        throw Error(Error::Kind::Invalid, tr("“%1” holds an invisible control or text-direction "
                                             "character (U+%2) that no record may keep: "
                                             "remove it and save again.")
                                              .arg(shown, QString::number(text[at].unicode(), 16)
                                                              .rightJustified(4, QLatin1Char('0'))
                                                              .toUpper()));
    }
}

qint64 RecordWriter::insert(const QString& table, const QVariantMap& values) {
    requireTransaction();
    checkIdentifier(table);
    m_grant.check(table, WriteRules::Insert);
    checkText(values);
    VersionLock(m_db).check(table, {}, values);
    QSqlQuery& q = m_db.statement(insertStatement(table, values) + QStringLiteral(" RETURNING id"));
    Sql::run(q, values);
    if (!q.next()) {
        q.finish();
        throw Error(Error::Kind::Storage, tr("The new record got no id."));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    log(QStringLiteral("insert"), table, id, {}, read(m_db, table, id));
    return id;
}

void RecordWriter::insertLink(const QString& table, const QVariantMap& values) {
    requireTransaction();
    checkIdentifier(table);
    m_grant.check(table, WriteRules::Insert);
    checkText(values);
    VersionLock(m_db).check(table, {}, values);
    Sql::run(m_db.connection(), insertStatement(table, values), values);
    // The row as stored (defaults filled in, values as the engine gives them back), the image
    // the database check compares the table with.
    const QList<QVariantMap> rows = matching(table, values);
    log(QStringLiteral("insert"), table, 0, {}, rows.isEmpty() ? values : rows.first());
}

QList<QVariantMap> RecordWriter::matching(const QString& table, const QVariantMap& values) const {
    QStringList conditions;
    QVariantMap bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        checkIdentifier(it.key());
        if (it.value().isNull()) {
            conditions << QStringLiteral("%1 IS NULL").arg(it.key());
            continue;
        }
        conditions << QStringLiteral("%1 = :%1").arg(it.key());
        bound.insert(it.key(), it.value());
    }
    if (conditions.isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("a link row needs its key"));
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT * FROM %1 WHERE %2")
                               .arg(table, conditions.join(QStringLiteral(" AND "))),
                           bound);
    QList<QVariantMap> rows;
    while (q.next()) rows << Sql::row(q);
    return rows;
}

void RecordWriter::removeLink(const QString& table, const QVariantMap& values) {
    requireTransaction();
    checkIdentifier(table);
    m_grant.check(table, WriteRules::Delete);
    VersionLock(m_db).check(table, values, {});
    QStringList conditions;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        checkIdentifier(it.key());
        conditions << QStringLiteral("%1 = :%1").arg(it.key());
    }
    if (conditions.isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("removeLink needs a key"));
    // Each removed row is logged whole, as its insert was.
    const QList<QVariantMap> rows = matching(table, values);
    Sql::run(m_db.connection(),
             QStringLiteral("DELETE FROM %1 WHERE %2")
                 .arg(table, conditions.join(QStringLiteral(" AND "))),
             values);
    for (const QVariantMap& row : rows) log(QStringLiteral("delete"), table, 0, row, {});
}

void RecordWriter::update(const QString& table, qint64 id, int expectedRowVersion,
                          const QVariantMap& values) {
    requireTransaction();
    checkIdentifier(table);
    m_grant.check(table, WriteRules::Update, values.keys(), id);
    checkText(values);
    const QVariantMap before = read(m_db, table, id);
    if (before.isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("The record no longer exists: someone deleted it."));
    }
    requireAsLogged(table, id, before);
    VersionLock(m_db).check(table, before, values);
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        checkIdentifier(it.key());
        if (it.key() == QStringLiteral("id") || it.key() == QStringLiteral("row_version")) continue;
        assignments << QStringLiteral("%1 = :%1").arg(it.key());
    }
    assignments << QStringLiteral("row_version = row_version + 1");
    QVariantMap bound = values;
    bound.remove(QStringLiteral("id"));
    bound.insert(QStringLiteral("row_version"), expectedRowVersion);
    bound.insert(QStringLiteral("id"), id);
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND row_version = :row_version")
                     .arg(table, assignments.join(QStringLiteral(", "))),
                 bound);
    if (q.numRowsAffected() != 1) refuseStale(table, id);
    log(QStringLiteral("update"), table, id, before, read(m_db, table, id));
}

void RecordWriter::remove(const QString& table, qint64 id, int expectedRowVersion) {
    requireTransaction();
    checkIdentifier(table);
    m_grant.check(table, WriteRules::Delete, {}, id);
    const QVariantMap before = read(m_db, table, id);
    if (before.isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("The record no longer exists: someone deleted it."));
    }
    requireAsLogged(table, id, before);
    VersionLock(m_db).check(table, before, {});
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("DELETE FROM %1 WHERE id = :id AND row_version = :rv").arg(table),
                 {{QStringLiteral("id"), id}, {QStringLiteral("rv"), expectedRowVersion}});
    if (q.numRowsAffected() != 1) refuseStale(table, id);
    log(QStringLiteral("delete"), table, id, before, {});
}

void RecordWriter::clearReference(const QString& table, const QString& column, qint64 id) {
    requireTransaction();
    checkIdentifier(table);
    checkIdentifier(column);
    m_grant.check(table, WriteRules::Update, {column});
    // Row by row, each with its own audit entry and row_version, like any other change.
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT * FROM %1 WHERE %2 = :id").arg(table, column),
                           {{QStringLiteral("id"), id}});
    QList<QVariantMap> rows;
    while (q.next()) rows << Sql::row(q);
    q.finish();
    for (const QVariantMap& row : rows) {
        if (row.contains(QStringLiteral("id"))) {
            update(table, row.value(QStringLiteral("id")).toLongLong(),
                   row.value(QStringLiteral("row_version")).toInt(), {{column, QVariant()}});
            continue;
        }
        // A link row has no id: it is found by all its values.
        QStringList match;
        QVariantMap bound;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            checkIdentifier(it.key());
            if (it.value().isNull()) continue;
            match << QStringLiteral("%1 = :%1").arg(it.key());
            bound.insert(it.key(), it.value());
        }
        Sql::run(m_db.connection(),
                 QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3")
                     .arg(table, column, match.join(QStringLiteral(" AND "))),
                 bound);
        QVariantMap after = row;
        after.insert(column, QVariant());
        log(QStringLiteral("update"), table, 0, row, after);
    }
}

void RecordWriter::requireAsLogged(const QString& table, qint64 id,
                                   const QVariantMap& before) const {
    QSqlQuery& q = m_db.statement(
        QStringLiteral("SELECT action, after_data FROM audit_log WHERE entity = :t AND "
                       "entity_id = :id ORDER BY id DESC LIMIT 1"));
    Sql::run(q, {{QStringLiteral("t"), table}, {QStringLiteral("id"), id}});
    const bool logged = q.next() && q.value(0).toString() != QStringLiteral("delete");
    const QString image = logged ? q.value(1).toString() : QString();
    q.finish();
    if (logged && image == AuditLog::toJson(before)) return;
    const AuditState::Difference found{
        logged ? AuditState::Difference::Kind::Changed : AuditState::Difference::Kind::Added, table,
        id, before, image};
    throw Error(Error::Kind::Refused,
                tr("%1 Nothing is saved over it: run isms-desk check, and restore a verified "
                   "backup.")
                    .arg(found.describe()));
}

void RecordWriter::refuseStale(const QString& table, qint64 id) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = :e AND "
                                          "entity_id = :id ORDER BY id DESC LIMIT 1"),
                           {{QStringLiteral("e"), table}, {QStringLiteral("id"), id}});
    if (q.next()) {
        const QDateTime at =
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        throw Error(
            Error::Kind::Conflict,
            tr("This record was changed by %1 at %2 after you opened it. Your change was not "
               "saved; reload the record and make it again.")
                .arg(q.value(0).toString(), at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    throw Error(
        Error::Kind::Conflict,
        tr("This record was changed by someone else after you opened it. Your change was not "
           "saved; reload the record and make it again."));
}

}  // namespace isms::core
