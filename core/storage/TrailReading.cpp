#include "TrailReading.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include "Database.h"
#include "ListFormatter.h"
#include "Sql.h"
#include "domain/EnumLabels.h"
#include "domain/FieldLabels.h"
#include "domain/RecordKinds.h"
#include "i18n/Language.h"

namespace isms::core {

namespace {

// Unit separator: JSON writes control characters escaped, so it never stands inside an image.
const QChar kSeparator(0x1F);

QJsonObject object(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString shortened(const QString& text, int length) {
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    return flat.size() > length ? flat.left(length) + QStringLiteral("…") : flat;
}

// What each kind of linked record is called, as one value read by its id.
QString nameSql(const QString& table) {
    static const QHash<QString, QString> names{
        {QStringLiteral("org_units"), QStringLiteral("SELECT name FROM org_units WHERE id = :id")},
        {QStringLiteral("people"), QStringLiteral("SELECT name FROM people WHERE id = :id")},
        {QStringLiteral("documents"), QStringLiteral("SELECT code FROM documents WHERE id = :id")},
        {QStringLiteral("document_versions"),
         QStringLiteral("SELECT d.code || ' ' || v.version FROM document_versions v JOIN "
                        "documents d ON d.id = v.document_id WHERE v.id = :id")},
        {QStringLiteral("sections"), QStringLiteral("SELECT heading FROM sections WHERE id = :id")},
        {QStringLiteral("roles"), QStringLiteral("SELECT name FROM roles WHERE id = :id")},
        {QStringLiteral("objectives"),
         QStringLiteral("SELECT number || '. ' || text FROM objective_wordings WHERE "
                        "objective_id = :id ORDER BY id DESC LIMIT 1")},
        {QStringLiteral("meetings"), QStringLiteral("SELECT title FROM meetings WHERE id = :id")},
        {QStringLiteral("legal_references"),
         QStringLiteral("SELECT title FROM legal_references WHERE id = :id")},
        {QStringLiteral("drills"), QStringLiteral("SELECT drill_date FROM drills WHERE id = :id")},
        {QStringLiteral("review_cycles"),
         QStringLiteral("SELECT title FROM review_cycles WHERE id = :id")},
        {QStringLiteral("audits"), QStringLiteral("SELECT title FROM audits WHERE id = :id")},
        {QStringLiteral("findings"),
         QStringLiteral("SELECT description FROM findings WHERE id = :id")},
        {QStringLiteral("raci_activities"),
         QStringLiteral("SELECT name FROM raci_activities WHERE id = :id")},
        {QStringLiteral("responsibilities"),
         QStringLiteral("SELECT text FROM responsibilities WHERE id = :id")},
        {QStringLiteral("communications"),
         QStringLiteral("SELECT material FROM communications WHERE id = :id")},
    };
    return names.value(table);
}

bool isYear(const QString& column) {
    return column == QStringLiteral("plan_year") || column == QStringLiteral("period_year");
}

}  // namespace

TrailReading::TrailReading(Database& db) : m_db(db) {}

QString TrailReading::packedSql() {
    const QString s = QStringLiteral(" || '%1' || ").arg(kSeparator);
    return QStringLiteral("CAST(l.id AS TEXT)") + s + QStringLiteral("l.at") + s +
           QStringLiteral("l.actor") + s + QStringLiteral("l.action") + s +
           QStringLiteral("l.entity") + s + QStringLiteral("CAST(l.entity_id AS TEXT)") + s +
           QStringLiteral("COALESCE(l.before_data, '')") + s +
           QStringLiteral("COALESCE(l.after_data, '')");
}

TrailReading::Entry TrailReading::unpack(const QString& packed) {
    const QStringList f = packed.split(kSeparator);
    if (f.size() < 8) return {};
    return {f[0].toLongLong(), f[1], f[2], f[3], f[4], f[5].toLongLong(), f[6], f[7], {}};
}

TrailReading::Entry TrailReading::entry(qint64 id) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, at, actor, action, entity, entity_id, "
                                          "before_data, after_data, hash FROM audit_log WHERE id = :id"),
                           {{QStringLiteral("id"), id}});
    if (!q.next()) return {};
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toLongLong(),
            q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
}

QString TrailReading::Reading::summary() const {
    QStringList parts;
    for (const Change& c : changes) {
        if (c.before.isEmpty())
            parts << tr("%1: %2").arg(c.field, shortened(c.after, 40));
        else
            parts << tr("%1: %2 → %3").arg(c.field, shortened(c.before, 30), shortened(c.after, 30));
    }
    return parts.join(tr("; "));
}

TrailReading::Reading TrailReading::read(const Entry& e) {
    const QJsonObject before = object(e.before);
    const QJsonObject after = object(e.after);
    Reading reading;
    reading.event = event(e, before, after);
    reading.record = recordName(e, after.isEmpty() ? before : after);
    QStringList columns = after.keys();
    for (const QString& c : before.keys()) {
        if (!columns.contains(c)) columns << c;
    }
    for (const QString& column : columns) {
        const FieldLabels::Field field = FieldLabels::field(e.entity, column);
        if (field.kind == FieldLabels::Kind::Internal) continue;
        const QJsonValue was = before.value(column);
        const QJsonValue now = after.value(column);
        if (!before.isEmpty() && !after.isEmpty() && was == now) continue;
        // A new record's empty fields say nothing.
        if (before.isEmpty() && (now.isNull() || now.toString() == QString()) && !now.isDouble())
            continue;
        if (field.kind == FieldLabels::Kind::Secret) {
            reading.changes.append({field.label, before.isEmpty() ? QString() : tr("(kept secret)"),
                                    after.isEmpty()    ? tr("(deleted)")
                                    : before.isEmpty() ? tr("(set)")
                                                       : tr("(set anew)")});
            continue;
        }
        reading.changes.append({field.label,
                                before.isEmpty() ? QString() : valueText(e.entity, column, was),
                                after.isEmpty() ? tr("(deleted)") : valueText(e.entity, column, now)});
    }
    return reading;
}

QString TrailReading::event(const Entry& e, const QJsonObject& before,
                            const QJsonObject& after) const {
    // Events are entries of no record (entity id 0) under a kind of their own.
    if (e.entity == QStringLiteral("sessions")) return tr("Signed in");
    if (e.entity == QStringLiteral("exports")) return tr("Exported");
    if (e.entity == QStringLiteral("restores")) return tr("Restored from a backup");
    if (e.entity == QStringLiteral("backups") && e.action == QStringLiteral("insert"))
        return tr("Backup taken");
    if (e.entity == QStringLiteral("controlled_copies") && e.action == QStringLiteral("insert"))
        return tr("Controlled copy issued");
    if (e.entity == QStringLiteral("approvals") && e.action == QStringLiteral("insert"))
        return tr("Approved and signed");
    if (e.entity == QStringLiteral("users") && e.action == QStringLiteral("update")) {
        const QString failed = QStringLiteral("failed_attempts");
        const int was = before.value(failed).toInt();
        const int now = after.value(failed).toInt();
        if (now > was) {
            return !after.value(QStringLiteral("locked_until")).toString().isEmpty()
                       ? tr("Failed sign-in; account locked")
                       : tr("Failed sign-in");
        }
        if (before.value(QStringLiteral("password_hash")) !=
            after.value(QStringLiteral("password_hash")))
            return tr("Password changed");
        if (now < was && e.actor == QStringLiteral("sign-in"))
            return tr("Signed in after failed attempts");
    }
    return EnumLabels::label(e.action);
}

QString TrailReading::recordName(const Entry& e, const QJsonObject& image) {
    const QString kind = RecordKinds::label(e.entity);
    QString name;
    if (e.entity == QStringLiteral("sessions")) {
        name = image.value(QStringLiteral("username")).toString();
    } else if (e.entity == QStringLiteral("exports")) {
        return image.value(QStringLiteral("report")).toString();
    } else if (e.entity == QStringLiteral("document_versions")) {
        name = linkName(QStringLiteral("documents"),
                        image.value(QStringLiteral("document_id")).toInteger()) +
               QLatin1Char(' ') + image.value(QStringLiteral("version")).toString();
    } else {
        for (const char* key : {"title", "name", "heading", "username", "kpi_name", "description",
                                "action", "material", "holder", "file", "text",
                                "approver_name"}) {
            const QString value = image.value(QLatin1String(key)).toString();
            if (!value.isEmpty()) {
                name = value;
                break;
            }
        }
    }
    if (name.isEmpty()) {
        // A link record is what it links: a person and a role, an activity and a role.
        QStringList linked;
        for (auto it = image.begin(); it != image.end(); ++it) {
            const FieldLabels::Field field = FieldLabels::field(e.entity, it.key());
            if (field.kind == FieldLabels::Kind::Link && !it.value().isNull())
                linked << linkName(field.linkTo, it.value().toInteger());
        }
        name = linked.join(QStringLiteral(" / "));
    }
    name = shortened(name, 40);
    if (name.isEmpty()) return kind;
    return tr("%1 “%2”").arg(kind, name);
}

QString TrailReading::valueText(const QString& table, const QString& column,
                                const QJsonValue& value) {
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    const FieldLabels::Field field = FieldLabels::field(table, column);
    if (field.kind == FieldLabels::Kind::Flag) return value.toInt() != 0 ? tr("Yes") : tr("No");
    if (field.kind == FieldLabels::Kind::Link) return linkName(field.linkTo, value.toInteger());
    if (value.isDouble()) {
        if (isYear(column))
            return ListFormatter::text(ListDefinition::Format::Year, value.toInteger());
        return QLocale().toString(value.toDouble());
    }
    const QString text = value.toString();
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression moment(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T"));
    if (day.match(text).hasMatch())
        return ListFormatter::text(ListDefinition::Format::Date, text);
    if (moment.match(text).hasMatch())
        return ListFormatter::text(ListDefinition::Format::Time, text);
    const QString label = EnumLabels::label(text);
    return label;
}

QString TrailReading::linkName(const QString& table, qint64 id) {
    if (id == 0) return tr("(none)");
    const QString key = table + QLatin1Char('/') + QString::number(id);
    const auto known = m_names.constFind(key);
    if (known != m_names.constEnd()) return *known;
    QString name;
    const QString sql = nameSql(table);
    if (!sql.isEmpty()) {
        name = Sql::scalar(m_db.connection(), sql, {{QStringLiteral("id"), id}}).toString();
        if (table == QStringLiteral("drills") && !name.isEmpty())
            name = ListFormatter::text(ListDefinition::Format::Date, name);
    }
    if (name.isEmpty()) {
        // A record deleted since: what its trail last called it.
        QSqlQuery q = Sql::run(m_db.connection(),
                               QStringLiteral("SELECT before_data, after_data FROM audit_log "
                                              "WHERE entity = :t AND entity_id = :id ORDER BY id "
                                              "DESC LIMIT 1"),
                               {{QStringLiteral("t"), table}, {QStringLiteral("id"), id}});
        if (q.next()) {
            const QJsonObject image =
                object(q.value(1).toString().isEmpty() ? q.value(0).toString() : q.value(1).toString());
            for (const char* k : {"name", "title", "heading", "code", "text", "description",
                                  "material", "username"}) {
                name = image.value(QLatin1String(k)).toString();
                if (!name.isEmpty()) break;
            }
        }
    }
    name = name.isEmpty() ? tr("No. %1").arg(id) : shortened(name, 40);
    m_names.insert(key, name);
    return name;
}

}  // namespace isms::core
