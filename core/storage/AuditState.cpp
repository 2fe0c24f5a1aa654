#include "AuditState.h"

#include "AuditLog.h"
#include "Database.h"
#include "Sql.h"
#include "TrailScan.h"
#include "domain/RecordKinds.h"

#include <QCryptographicHash>
#include <QSqlRecord>

namespace isms::core {

namespace {

QByteArray digest(const QString& json) {
    return QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha256);
}

}  // namespace

AuditState::AuditState(Database& db) : m_db(db) {}

QStringList AuditState::auditedTables(const Database& db) {
    QStringList out;
    for (const QString& table : db.connection().tables()) {
        if (table == QStringLiteral("audit_log") || table == QStringLiteral("schema_migrations") ||
            table.startsWith(QStringLiteral("sqlite_")) || table.startsWith(QStringLiteral("action_items_search"))) {
            continue;
        }
        out << table;
    }
    out.sort();
    return out;
}

QList<AuditState::Difference> AuditState::differences(const std::function<bool()>& stop,
                                                     AuditLog::Verification* chain) {
    if (!TrailScan::applies(m_db)) {
        if (chain) *chain = AuditLog(m_db).verify(stop);
        return differencesRowByRow(stop);
    }
    m_complete = true;
    const QSqlDatabase db = m_db.connection();
    const QStringList tables = auditedTables(m_db);
    QStringList withIds;
    for (const QString& table : tables) {
        if (db.record(table).contains(QStringLiteral("id"))) withIds << table;
    }
    // One snapshot for the trail and the rows: a change written between reading one and the
    // other would otherwise look like a difference.
    Sql::execDirect(db, QStringLiteral("SAVEPOINT audit_state"));
    QHash<QString, QList<Difference>> found;
    try {
        TrailScan scan(m_db);
        scan.run(chain != nullptr, withIds, stop);
        if (chain) *chain = AuditLog(m_db).verify(scan);
        m_complete = scan.complete();
        for (const TrailScan::Suspect& suspect : scan.suspects()) {
            if (auto d = compareRecord(suspect.table, suspect.id)) found[suspect.table].append(*d);
        }
        for (const QString& table : tables) {
            if (!m_complete || (stop && stop())) {
                m_complete = false;
                break;
            }
            if (!withIds.contains(table)) found[table] = compareLinks(table);
        }
    } catch (...) {
        Sql::execDirect(db, QStringLiteral("RELEASE audit_state"));
        throw;
    }
    Sql::execDirect(db, QStringLiteral("RELEASE audit_state"));
    QList<Difference> out;
    for (const QString& table : tables) out += found.value(table);
    return out;
}

QList<AuditState::Difference> AuditState::differencesRowByRow(const std::function<bool()>& stop) {
    m_complete = true;
    QList<Difference> out;
    for (const QString& table : auditedTables(m_db)) {
        if (stop && stop()) {
            m_complete = false;
            break;
        }
        out += m_db.connection().record(table).contains(QStringLiteral("id")) ? compareRows(table) : compareLinks(table);
    }
    return out;
}

std::optional<AuditState::Difference> AuditState::compareRecord(const QString& table, qint64 id) {
    const QSqlDatabase db = m_db.connection();
    QSqlQuery rows = Sql::run(db, QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table), {{QStringLiteral("id"), id}});
    const bool exists = rows.next();
    const QVariantMap row = exists ? Sql::row(rows) : QVariantMap();
    rows.finish();
    // As compareRows: entries for entity 0 are no record's.
    QSqlQuery last = Sql::run(db,
                              QStringLiteral("SELECT action, after_data FROM audit_log WHERE entity = :t AND entity_id = :id "
                                             "AND entity_id <> 0 ORDER BY id DESC LIMIT 1"),
                              {{QStringLiteral("t"), table}, {QStringLiteral("id"), id}});
    const bool logged = last.next();
    const bool deleted = logged && last.value(0).toString() == QStringLiteral("delete");
    const QString image = logged ? last.value(1).toString() : QString();
    last.finish();
    if (exists && (!logged || deleted)) return Difference{Difference::Kind::Added, table, id, row, {}};
    if (exists && digest(image) != digest(AuditLog::toJson(row))) return Difference{Difference::Kind::Changed, table, id, row, image};
    if (!exists && logged && !deleted) return Difference{Difference::Kind::Removed, table, id, {}, image};
    return std::nullopt;
}

QList<AuditState::Difference> AuditState::compareRows(const QString& table) {
    QList<Difference> out;
    const QSqlDatabase db = m_db.connection();
    // Each row's last entry, found through the (entity, entity_id) index.
    struct Image {
        QByteArray digest;
        bool deleted = false;
    };
    QHash<qint64, Image> images;
    QSqlQuery last = Sql::run(db,
                              QStringLiteral("SELECT entity_id, action, after_data FROM audit_log WHERE id IN "
                                             "(SELECT MAX(id) FROM audit_log WHERE entity = :t AND entity_id <> 0 "
                                             "GROUP BY entity_id)"),
                              {{QStringLiteral("t"), table}});
    last.setForwardOnly(true);
    while (last.next()) {
        images.insert(last.value(0).toLongLong(),
                      {digest(last.value(2).toString()), last.value(1).toString() == QStringLiteral("delete")});
    }
    last.finish();
    QSqlQuery rows = Sql::prepare(db, QStringLiteral("SELECT * FROM %1").arg(table));
    rows.setForwardOnly(true);
    Sql::exec(rows);
    const QSqlRecord record = rows.record();
    const int idColumn = record.indexOf(QStringLiteral("id"));
    while (rows.next()) {
        const QVariantMap row = Sql::row(rows, record);
        const qint64 id = rows.value(idColumn).toLongLong();
        const auto it = images.constFind(id);
        if (it == images.cend() || it->deleted) {
            out.append({Difference::Kind::Added, table, id, row, {}});
        } else if (it->digest != digest(AuditLog::toJson(row))) {
            out.append({Difference::Kind::Changed, table, id, row, {}});
        }
        if (it != images.cend()) images.erase(it);
    }
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (!it->deleted) out.append({Difference::Kind::Removed, table, it.key(), {}, {}});
    }
    // The trail's own words for what differs, read only for the few rows that do.
    for (Difference& d : out) {
        if (d.kind == Difference::Kind::Added) continue;
        d.image = Sql::scalar(db,
                              QStringLiteral("SELECT after_data FROM audit_log WHERE entity = :t AND entity_id = :id "
                                             "ORDER BY id DESC LIMIT 1"),
                              {{QStringLiteral("t"), table}, {QStringLiteral("id"), d.id}})
                      .toString();
    }
    return out;
}

QList<AuditState::Difference> AuditState::compareLinks(const QString& table) {
    QList<Difference> out;
    const QSqlDatabase db = m_db.connection();
    // A link row has no id: the trail's inserts and deletions of the table, replayed, must leave
    // exactly the rows there are.
    QHash<QString, int> logged;
    QSqlQuery entries = Sql::run(db,
                                 QStringLiteral("SELECT action, before_data, after_data FROM audit_log WHERE entity = :t "
                                                "ORDER BY id"),
                                 {{QStringLiteral("t"), table}});
    while (entries.next()) {
        const QString action = entries.value(0).toString();
        if (action != QStringLiteral("insert")) {
            const QString before = entries.value(1).toString();
            if (logged.value(before) > 1) --logged[before];
            else logged.remove(before);
        }
        if (action != QStringLiteral("delete")) ++logged[entries.value(2).toString()];
    }
    entries.finish();
    QSqlQuery rows = Sql::run(db, QStringLiteral("SELECT * FROM %1").arg(table));
    const QSqlRecord record = rows.record();
    while (rows.next()) {
        const QVariantMap row = Sql::row(rows, record);
        const QString json = AuditLog::toJson(row);
        auto it = logged.find(json);
        if (it == logged.end()) {
            out.append({Difference::Kind::Added, table, 0, row, {}});
        } else if (--it.value() == 0) {
            logged.erase(it);
        }
    }
    for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
        for (int n = 0; n < it.value(); ++n) out.append({Difference::Kind::Removed, table, 0, {}, it.key()});
    }
    return out;
}

int AuditState::adopt(const QString& actor) {
    const QList<Difference> found = differences();
    AuditLog log(m_db);
    for (const Difference& d : found) {
        const QString now = d.row.isEmpty() ? QString() : AuditLog::toJson(d.row);
        switch (d.kind) {
        case Difference::Kind::Added: log.appendJson(actor, QStringLiteral("insert"), d.table, d.id, {}, now); break;
        case Difference::Kind::Changed: log.appendJson(actor, QStringLiteral("update"), d.table, d.id, d.image, now); break;
        case Difference::Kind::Removed: log.appendJson(actor, QStringLiteral("delete"), d.table, d.id, d.image, {}); break;
        }
    }
    return int(found.size());
}

QString AuditState::Difference::describe() const {
    const QString what = RecordKinds::label(table);
    if (id == 0) {
        switch (kind) {
        case Kind::Added: return tr("A %1 was added outside the program: the audit trail has no entry for it.").arg(what);
        case Kind::Removed:
            return tr("A %1 was removed outside the program: the audit trail never recorded its removal.").arg(what);
        case Kind::Changed: break;
        }
    }
    switch (kind) {
    case Kind::Added:
        return tr("The %1 numbered %2 was added outside the program: the audit trail has no entry for it.").arg(what).arg(id);
    case Kind::Removed:
        return tr("The %1 numbered %2 was removed outside the program: the audit trail never recorded its removal.")
            .arg(what)
            .arg(id);
    case Kind::Changed:
        return tr("The %1 numbered %2 was changed outside the program: it is not what the audit trail last recorded of it.")
            .arg(what)
            .arg(id);
    }
    return {};
}

}  // namespace isms::core
