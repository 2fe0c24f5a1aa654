#include "AuditLog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "Database.h"
#include "Sql.h"
#include "TrailScan.h"
#include "domain/Clock.h"
#include "domain/Error.h"

namespace isms::core {

AuditLog::AuditLog(Database& db) : m_db(db) {}

QJsonValue AuditLog::imageOf(const QString& column, const QVariant& value) {
    // A password hash is a secret too: the log says that it changed, never what it is. A short
    // digest of the (already salted) hash shows a change without revealing anything.
    if (column == QStringLiteral("password_hash")) {
        return QStringLiteral("(secret %1)")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(value.toString().toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(8)));
    }
    return QJsonValue::fromVariant(Sql::toStored(value));
}

QString AuditLog::toJson(const QVariantMap& values) {
    if (values.isEmpty()) return {};
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        object.insert(it.key(), imageOf(it.key(), it.value()));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString AuditLog::entryHash(const QString& prevHash, const QString& at, const QString& actor,
                            const QString& action, const QString& entity, qint64 entityId,
                            const QString& before, const QString& after) {
    // A JSON array keeps field boundaries unambiguous, whatever the values contain.
    const QJsonArray fields{prevHash, at,   actor, action, entity, QString::number(entityId),
                            before,   after};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

void AuditLog::append(const QString& action, const QString& entity, qint64 entityId,
                      const QVariantMap& before, const QVariantMap& after) {
    appendJson(m_db.actor(), action, entity, entityId, toJson(before), toJson(after));
}

void AuditLog::appendJson(const QString& actor, const QString& action, const QString& entity,
                          qint64 entityId, const QString& beforeJson, const QString& afterJson) {
    if (!m_db.inTransaction()) {
        throw Error(Error::Kind::Storage, tr("An audit entry must be written with its change."));
    }
    QSqlQuery& head =
        m_db.statement(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    Sql::exec(head);
    const QString prev = head.next() ? head.value(0).toString() : QString();
    head.finish();
    const QString at = Clock::nowUtc().toString(Qt::ISODateWithMs);
    const QString hash =
        entryHash(prev, at, actor, action, entity, entityId, beforeJson, afterJson);
    QSqlQuery& insert = m_db.statement(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_data, after_data, "
        "prev_hash, "
        "hash) VALUES (:at, :actor, :action, :entity, :id, :before, :after, :prev, :hash)"));
    Sql::run(insert, {{QStringLiteral("at"), at},
                      {QStringLiteral("actor"), actor},
                      {QStringLiteral("action"), action},
                      {QStringLiteral("entity"), entity},
                      {QStringLiteral("id"), entityId},
                      {QStringLiteral("before"), beforeJson},
                      {QStringLiteral("after"), afterJson},
                      {QStringLiteral("prev"), prev},
                      {QStringLiteral("hash"), hash}});
    insert.finish();
}

QStringList AuditLog::actors() const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    QStringList out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

QStringList AuditLog::entities() const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    QStringList out;
    while (q.next()) out << q.value(0).toString();
    return out;
}

AuditLog::Verification AuditLog::verify(const std::function<bool()>& stop) const {
    if (!TrailScan::applies(m_db)) return verifyRowByRow(stop);
    TrailScan scan(m_db);
    scan.run(true, {}, stop);
    return verify(scan);
}

AuditLog::Verification AuditLog::verify(const TrailScan& scan) const {
    Verification result;
    result.entries = scan.chain().entries;
    result.headId = scan.chain().headId;
    result.headHash = scan.chain().headHash;
    result.complete = scan.complete();
    const QSqlDatabase db = m_db.connection();
    for (const qint64 id : scan.chain().suspects) {
        const QString prev =
            Sql::scalar(db,
                        QStringLiteral(
                            "SELECT hash FROM audit_log WHERE id < :id ORDER BY id DESC LIMIT 1"),
                        {{QStringLiteral("id"), id}})
                .toString();
        QSqlQuery q = Sql::run(
            db,
            QStringLiteral("SELECT at, actor, action, entity, entity_id, before_data, after_data, "
                           "prev_hash, hash FROM audit_log WHERE id = :id"),
            {{QStringLiteral("id"), id}});
        if (!q.next()) continue;
        const bool holds =
            q.value(7).toString() == prev &&
            q.value(8).toString() == entryHash(prev, q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toString(),
                                               q.value(4).toLongLong(), q.value(5).toString(),
                                               q.value(6).toString());
        if (holds) continue;
        result.intact = false;
        result.firstBrokenId = id;
        break;
    }
    return result;
}

AuditLog::Verification AuditLog::verifyRowByRow(const std::function<bool()>& stop) const {
    Verification result;
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_data, "
                                "after_data, prev_hash, hash FROM audit_log ORDER BY id"));
    QString prev;
    while (q.next()) {
        if (stop && result.entries % 1000 == 0 && stop()) {
            result.complete = false;
            break;
        }
        ++result.entries;
        const QString expected =
            entryHash(prev, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                      q.value(7).toString());
        const QString stored = q.value(9).toString();
        if (q.value(8).toString() != prev || stored != expected) {
            if (result.intact) result.firstBrokenId = q.value(0).toLongLong();
            result.intact = false;
        }
        prev = stored;
        result.headId = q.value(0).toLongLong();
    }
    result.headHash = prev;
    return result;
}

AuditLog::Head AuditLog::head() const {
    const Since since = verifySince(0, {});
    return {since.headId, since.headHash};
}

AuditLog::Since AuditLog::verifySince(qint64 entry, const QString& hash) const {
    Since result;
    const QSqlDatabase db = m_db.connection();
    if (entry == 0) {
        QSqlQuery head =
            Sql::run(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (head.next()) {
            result.headId = head.value(0).toLongLong();
            result.headHash = head.value(1).toString();
        }
        return result;
    }
    const QVariant seen =
        Sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = :id"),
                    {{QStringLiteral("id"), entry}});
    if (seen.isNull() || seen.toString() != hash) {
        result.held = false;
        return result;
    }
    result.headId = entry;
    result.headHash = hash;
    QSqlQuery q = Sql::run(
        db,
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_data, after_data, "
                       "prev_hash, hash FROM audit_log WHERE id > :id ORDER BY id"),
        {{QStringLiteral("id"), entry}});
    while (q.next()) {
        const QString expected =
            entryHash(result.headHash, q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                      q.value(6).toString(), q.value(7).toString());
        const QString stored = q.value(9).toString();
        if (q.value(8).toString() != result.headHash || stored != expected) {
            result.firstBrokenId = q.value(0).toLongLong();
            return result;
        }
        result.headId = q.value(0).toLongLong();
        result.headHash = stored;
    }
    return result;
}

}  // namespace isms::core
