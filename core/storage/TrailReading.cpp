#include "TrailReading.h"

#include "domain/EarlierVersion.h"
#include "domain/NumberingScheme.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include "Database.h"
#include "ListFormatter.h"
#include "Sql.h"
#include "domain/Classification.h"
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
        {QStringLiteral("core_systems"), QStringLiteral("SELECT name FROM core_systems WHERE id = :id")},
        {QStringLiteral("outages"),
         QStringLiteral("SELECT s.name FROM outages o JOIN core_systems s ON s.id = o.system_id WHERE o.id = :id")},
        {QStringLiteral("training_sessions"), QStringLiteral("SELECT title FROM training_sessions WHERE id = :id")},
        {QStringLiteral("incidents"), QStringLiteral("SELECT title FROM incidents WHERE id = :id")},
        {QStringLiteral("training_attendance"),
         QStringLiteral("SELECT p.name || ': ' || s.title FROM training_attendance a JOIN people p ON p.id = a.person_id "
                        "JOIN training_sessions s ON s.id = a.session_id WHERE a.id = :id")},
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

QString TrailReading::actorName(const QString& actor) {
    if (actor == QStringLiteral("sign-in")) return tr("(the sign-in)");
    if (actor == QStringLiteral("demo content")) return tr("(the demo content)");
    if (actor == QStringLiteral("data generator")) return tr("(generated data)");
    if (actor == QStringLiteral("automatic backup")) return tr("(the automatic backup)");
    static const QRegularExpression schema(QStringLiteral("^schema update (\\d+)$"));
    const QRegularExpressionMatch update = schema.match(actor);
    if (update.hasMatch()) return tr("(schema update %1)").arg(update.captured(1));
    if (actor.isEmpty()) return tr("(the program)");
    return actor;
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

QString TrailReading::Reading::summary(bool whole) const {
    const auto cut = [whole](const QString& text, int length) {
        return whole ? QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')) : shortened(text, length);
    };
    QStringList parts;
    for (const Change& c : changes) {
        if (c.before.isEmpty())
            parts << tr("%1: %2").arg(c.field, cut(c.after, 40));
        else
            parts << tr("%1: %2 → %3").arg(c.field, cut(c.before, 30), cut(c.after, 30));
    }
    return parts.join(tr("; "));
}

QStringList TrailReading::columnOrder(const QString& table) {
    const auto known = m_columns.constFind(table);
    if (known != m_columns.constEnd()) return *known;
    QStringList columns;
    // Only a table the trail can name (the record kinds) is asked for its columns.
    if (RecordKinds::label(table) != table) {
        const QSqlRecord record = m_db.connection().record(table);
        for (int i = 0; i < record.count(); ++i) columns << record.fieldName(i);
    }
    m_columns.insert(table, columns);
    return columns;
}

TrailReading::Reading TrailReading::read(const Entry& e) {
    const QJsonObject before = object(e.before);
    const QJsonObject after = object(e.after);
    Reading reading;
    reading.event = event(e, before, after);
    reading.record = recordName(e, after.isEmpty() ? before : after);
    // The fields in the order the record's form shows them, then any the table no longer has.
    QStringList columns;
    const QStringList keys = after.keys() + before.keys();
    for (const QString& c : columnOrder(e.entity)) {
        if (keys.contains(c)) columns << c;
    }
    for (const QString& c : keys) {
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
        reading.changes.append(
            {field.label, before.isEmpty() ? QString() : valueText(e.entity, column, was, before),
             after.isEmpty() ? tr("(deleted)") : valueText(e.entity, column, now, after)});
    }
    return reading;
}

QString TrailReading::event(const Entry& e, const QJsonObject& before,
                            const QJsonObject& after) const {
    // Events are entries of no record (entity id 0) under a kind of their own.
    if (e.entity == QStringLiteral("sessions"))
        return after.contains(QStringLiteral("signed_out")) ? tr("Signed out") : tr("Signed in");
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
    const auto text = [&image](const char* key) { return image.value(QLatin1String(key)).toString(); };
    const auto link = [&](const char* key, const QString& table) {
        return linkName(table, image.value(QLatin1String(key)).toInteger());
    };
    const auto day = [&](const char* key) {
        return ListFormatter::text(ListDefinition::Format::Date, text(key));
    };
    QString name;
    const QString& t = e.entity;
    if (t == QStringLiteral("sessions")) {
        // The account, and the person it is.
        name = text("username");
        const QString person = Sql::scalar(m_db.connection(),
                                           QStringLiteral("SELECT p.name FROM users u JOIN people p ON "
                                                          "p.id = u.person_id WHERE u.username = :u"),
                                           {{QStringLiteral("u"), name}})
                                   .toString();
        if (!person.isEmpty() && person != name) name = tr("%1 (%2)").arg(name, person);
    } else if (t == QStringLiteral("exports")) {
        // The file it went to; what it was is among the fields.
        name = text("file").section(QLatin1Char('/'), -1);
    } else if (t == QStringLiteral("restores")) {
        name = text("file").section(QLatin1Char('/'), -1);
    } else if (t == QStringLiteral("document_versions")) {
        name = link("document_id", QStringLiteral("documents")) + QLatin1Char(' ') + text("version");
    } else if (t == QStringLiteral("objectives")) {
        name = linkName(QStringLiteral("objectives"), e.entityId);
    } else if (t == QStringLiteral("objective_wordings")) {
        name = QStringLiteral("%1. %2").arg(image.value(QStringLiteral("number")).toInteger()).arg(text("text"));
    } else if (t == QStringLiteral("measurements")) {
        name = link("objective_id", QStringLiteral("objectives")) + QStringLiteral(" / ") + day("period_end");
    } else if (t == QStringLiteral("drills")) {
        const int year = int(image.value(QStringLiteral("period_year")).toInteger());
        const bool first = image.value(QStringLiteral("period_half")).toInteger() == 1;
        name = tr("%1, %2", "a drill's year and half-year")
                   .arg(ListFormatter::text(ListDefinition::Format::Year, year),
                        EnumLabels::label(first ? QStringLiteral("first_half") : QStringLiteral("second_half")));
    } else if (t == QStringLiteral("reviews")) {
        name = link("cycle_id", QStringLiteral("review_cycles")) + QStringLiteral(" / ") + day("review_date");
    } else if (t == QStringLiteral("meeting_agenda_items")) {
        const QString input = text("input_key");
        name = input.isEmpty() || input == QStringLiteral("input_other") ? text("title")
                                                                         : EnumLabels::label(input);
    } else if (t == QStringLiteral("controlled_copies")) {
        name = tr("copy %1, %2").arg(image.value(QStringLiteral("copy_number")).toInteger()).arg(text("holder"));
    } else {
        for (const char* key : {"name", "title", "heading", "username", "kpi_name", "description",
                                "action", "material", "file", "text", "approver_name"}) {
            name = text(key);
            if (!name.isEmpty()) break;
        }
    }
    if (name.trimmed().isEmpty()) {
        // A link record is what it links: a person and a role, an activity and a role.
        QStringList linked;
        for (const QString& column : columnOrder(t)) {
            const FieldLabels::Field field = FieldLabels::field(t, column);
            const QJsonValue value = image.value(column);
            if (field.kind == FieldLabels::Kind::Link && !value.isNull() && !value.isUndefined())
                linked << valueText(t, column, value, image);
        }
        name = linked.join(QStringLiteral(" / "));
    }
    name = shortened(name, 40);
    if (name.isEmpty()) return kind;
    return tr("%1 “%2”").arg(kind, name);
}

QString TrailReading::valueText(const QString& table, const QString& column,
                                const QJsonValue& value, const QJsonObject& image) {
    NumberingScheme numbering;
    if (column == QStringLiteral("numbering") && NumberingScheme::fromStored(value.toString(), &numbering))
        return numbering.sample();
    QList<EarlierVersion> earlier;
    if (column == QStringLiteral("earlier_versions") && !value.toString().isEmpty() &&
        EarlierVersion::fromStored(value.toString(), &earlier))
        return EarlierVersion::readable(earlier);
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    const FieldLabels::Field field = FieldLabels::field(table, column);
    if (field.kind == FieldLabels::Kind::Flag) return value.toInt() != 0 ? tr("Yes") : tr("No");
    if (field.kind == FieldLabels::Kind::Link) {
        QString target = field.linkTo;
        if (target == QStringLiteral("subject")) {
            // A review cycle's subject is a record of the kind it reviews.
            const QString kind = image.value(QStringLiteral("subject_kind")).toString();
            target = kind == QStringLiteral("document")    ? QStringLiteral("documents")
                     : kind == QStringLiteral("objective") ? QStringLiteral("objectives")
                                                           : QString();
            if (target.isEmpty()) return QLocale().toString(value.toInteger());
        }
        if (value.isString()) {
            // Several records (an objective's senior-management roles, its core systems): each by name.
            QStringList names;
            for (const QString& id : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                names << linkName(target, id.toLongLong());
            return names.join(tr(", "));
        }
        return linkName(target, value.toInteger());
    }
    if (field.kind == FieldLabels::Kind::Choice) {
        Classification::Value level;
        if (column == QStringLiteral("classification") && Classification::fromKey(value.toString(), &level))
            return Classification::documentLabel(level);
        return EnumLabels::label(value.toString());
    }
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
    return text;
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
