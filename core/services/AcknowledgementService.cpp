#include "AcknowledgementService.h"

#include <QHash>
#include <QIODevice>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include "OrganisationService.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

AcknowledgementService::AcknowledgementService(Database& db) : m_db(db) {}

QStringList AcknowledgementService::channels() {
    return {QStringLiteral("training"), QStringLiteral("meeting"), QStringLiteral("posting"),
            QStringLiteral("email")};
}

QStringList AcknowledgementService::methods() {
    return {QStringLiteral("sign_in_sheet"), QStringLiteral("in_person"), QStringLiteral("email")};
}

QString AcknowledgementService::describeAudience(const Event& event) const {
    QStringList parts;
    for (const qint64 unit : event.units) parts << OrganisationService(m_db).unit(unit).name;
    for (const QString& category : event.categories) parts << EnumLabels::label(category);
    return parts.isEmpty() ? tr("Everyone") : parts.join(tr(", "));
}

qint64 AcknowledgementService::addEvent(const Event& event) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const QString status =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT status FROM document_versions WHERE id = :v"),
                    {{QStringLiteral("v"), event.versionId}})
            .toString();
    if (status != QStringLiteral("published") && status != QStringLiteral("approved")) {
        throw Error(Error::Kind::Invalid,
                    tr("Only an approved or published version is communicated."));
    }
    if (!channels().contains(event.channel))
        throw Error(Error::Kind::Invalid, tr("Choose how the version was communicated."));
    if (!event.date.isValid()) throw Error(Error::Kind::Invalid, tr("The event needs its date."));
    for (const QString& category : event.categories) {
        if (!EnumLabels::personCategories().contains(category)) {
            throw Error(Error::Kind::Invalid, tr("“%1” is not a scope category.").arg(category));
        }
    }
    Transaction tx(m_db);  // unit() below throws for a unit that does not exist: nothing is kept
    RecordWriter writer(m_db, grant);
    const qint64 id = writer.insert(QStringLiteral("communications"),
                                    {{QStringLiteral("version_id"), event.versionId},
                                     {QStringLiteral("channel"), event.channel},
                                     {QStringLiteral("event_date"), event.date},
                                     {QStringLiteral("audience"), describeAudience(event)},
                                     {QStringLiteral("material"), event.material.trimmed()},
                                     {QStringLiteral("notes"), event.notes}});
    const QVariant noCategory(QMetaType(QMetaType::QString));
    for (const qint64 unit : event.units) {
        writer.insert(QStringLiteral("communication_audiences"),
                      {{QStringLiteral("communication_id"), id},
                       {QStringLiteral("unit_id"), unit},
                       {QStringLiteral("category"), noCategory}});
    }
    for (const QString& category : event.categories) {
        writer.insert(QStringLiteral("communication_audiences"),
                      {{QStringLiteral("communication_id"), id},
                       {QStringLiteral("unit_id"), Sql::idOrNull(0)},
                       {QStringLiteral("category"), category}});
    }
    tx.commit();
    return id;
}

QList<AcknowledgementService::Event> AcknowledgementService::events(qint64 versionId) const {
    QList<Event> out;
    QHash<qint64, int> index;
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT id, channel, event_date, material, notes FROM communications WHERE "
                       "version_id = :v ORDER BY event_date, id"),
        {{QStringLiteral("v"), versionId}});
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.versionId = versionId;
        e.channel = q.value(1).toString();
        e.date = q.value(2).toDate();
        e.material = q.value(3).toString();
        e.notes = q.value(4).toString();
        index.insert(e.id, int(out.size()));
        out << e;
    }
    q.finish();
    QSqlQuery a = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT a.communication_id, a.unit_id, a.category FROM communication_audiences a "
            "JOIN communications c ON c.id = a.communication_id WHERE c.version_id = :v "
            "ORDER BY a.id"),
        {{QStringLiteral("v"), versionId}});
    while (a.next()) {
        Event& e = out[index.value(a.value(0).toLongLong())];
        if (!a.value(1).isNull()) e.units << a.value(1).toLongLong();
        if (!a.value(2).isNull()) e.categories << a.value(2).toString();
    }
    return out;
}

QList<AcknowledgementService::Member> AcknowledgementService::audience(qint64 versionId,
                                                                       const QDate& day) const {
    // Each event as the set of units it reaches (empty: all) and its categories (empty: all).
    OrganisationService organisation(m_db);
    QList<QPair<QSet<qint64>, QSet<QString>>> reach;
    for (const Event& e : events(versionId)) {
        QSet<qint64> units;
        for (const qint64 unit : e.units) {
            for (const qint64 id : organisation.subtree(unit)) units.insert(id);
        }
        reach.append({units, QSet<QString>(e.categories.begin(), e.categories.end())});
    }
    QHash<qint64, QPair<QDate, QString>> acknowledged;
    QSqlQuery k = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT person_id, ack_date, method FROM acknowledgements WHERE version_id = :v"),
        {{QStringLiteral("v"), versionId}});
    while (k.next())
        acknowledged.insert(k.value(0).toLongLong(), {k.value(1).toDate(), k.value(2).toString()});
    k.finish();
    // Units in tree order, so the audience reads like the organisation chart.
    QHash<qint64, int> unitOrder;
    for (const auto& u : organisation.units()) unitOrder.insert(u.id, int(unitOrder.size()));

    QList<Member> out;
    QSqlQuery p =
        Sql::run(m_db.connection(),
                 QStringLiteral(
                     "SELECT p.id, p.name, p.title, COALESCE(p.unit_id, 0), COALESCE(u.name, ''), "
                     "p.category FROM people p LEFT JOIN org_units u ON u.id = p.unit_id WHERE "
                     "(p.active_from IS NULL OR p.active_from <= :d) AND (p.active_to IS NULL OR "
                     "p.active_to >= :d)"),
                 {{QStringLiteral("d"), day}});
    while (p.next()) {
        Member m;
        m.personId = p.value(0).toLongLong();
        m.name = p.value(1).toString();
        m.title = p.value(2).toString();
        m.unitId = p.value(3).toLongLong();
        m.unitName = p.value(4).toString();
        m.category = p.value(5).toString();
        const bool reached =
            reach.isEmpty() || std::any_of(reach.begin(), reach.end(), [&](const auto& r) {
                return (r.first.isEmpty() || r.first.contains(m.unitId)) &&
                       (r.second.isEmpty() || r.second.contains(m.category));
            });
        if (!reached) continue;
        const auto ack = acknowledged.value(m.personId);
        m.acknowledged = ack.first;
        m.method = ack.second;
        out << m;
    }
    std::sort(out.begin(), out.end(), [&](const Member& a, const Member& b) {
        const int ua = unitOrder.value(a.unitId, INT_MAX);
        const int ub = unitOrder.value(b.unitId, INT_MAX);
        return ua != ub ? ua < ub : (a.name != b.name ? a.name < b.name : a.personId < b.personId);
    });
    return out;
}

namespace {
QList<AcknowledgementService::Coverage> group(
    const QList<AcknowledgementService::Member>& audience,
    const std::function<QString(const AcknowledgementService::Member&)>& key) {
    QList<AcknowledgementService::Coverage> out;
    QHash<QString, int> index;
    for (const auto& m : audience) {
        const QString k = key(m);
        if (!index.contains(k)) {
            index.insert(k, int(out.size()));
            out.append({k, 0, 0});
        }
        auto& c = out[index.value(k)];
        ++c.audience;
        c.acknowledged += m.acknowledged.isValid();
    }
    return out;
}
}  // namespace

QList<AcknowledgementService::Coverage> AcknowledgementService::byUnit(
    const QList<Member>& audience) {
    return group(audience, [](const Member& m) {
        return m.unitName.isEmpty() ? tr("(no unit)") : m.unitName;
    });
}

QList<AcknowledgementService::Coverage> AcknowledgementService::byCategory(
    const QList<Member>& audience) {
    QList<Coverage> out;
    const auto groups = group(audience, [](const Member& m) { return m.category; });
    // In the policy's order of categories, labelled.
    for (const QString& key : EnumLabels::personCategories()) {
        for (const Coverage& c : groups) {
            if (c.group == key) out.append({EnumLabels::label(key), c.audience, c.acknowledged});
        }
    }
    return out;
}

AcknowledgementService::Coverage AcknowledgementService::total(const QList<Member>& audience) {
    Coverage c{tr("Everyone"), int(audience.size()), 0};
    for (const Member& m : audience) c.acknowledged += m.acknowledged.isValid();
    return c;
}

int AcknowledgementService::record(qint64 versionId, const QList<qint64>& personIds,
                                   const QDate& date, const QString& method) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!date.isValid())
        throw Error(Error::Kind::Invalid, tr("Give the date the sheet was signed."));
    if (date > Clock::today()) throw Error(Error::Kind::Invalid, tr("The date is in the future."));
    if (!methods().contains(method))
        throw Error(Error::Kind::Invalid, tr("Choose how they confirmed it."));
    const QVariantMap version =
        RecordWriter::read(m_db, QStringLiteral("document_versions"), versionId);
    if (version.isEmpty())
        throw Error(Error::Kind::NotFound, tr("The policy version does not exist."));
    QHash<qint64, Member> members;
    for (const Member& m : audience(versionId, date)) members.insert(m.personId, m);
    QStringList outside;
    for (const qint64 id : personIds) {
        if (!members.contains(id)) {
            outside << Sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT name FROM people WHERE id = :id"),
                                   {{QStringLiteral("id"), id}})
                           .toString();
        }
    }
    if (!outside.isEmpty()) {
        throw Error(Error::Kind::Invalid,
                    tr("Not in this version's audience on %1: %2.")
                        .arg(Language::shortDate(date), outside.join(tr(", "))));
    }
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    int recorded = 0;
    for (const qint64 id : personIds) {
        if (members.value(id).acknowledged.isValid()) continue;
        writer.insert(QStringLiteral("acknowledgements"),
                      {{QStringLiteral("version_id"), versionId},
                       {QStringLiteral("person_id"), id},
                       {QStringLiteral("ack_date"), date},
                       {QStringLiteral("method"), method}});
        members[id].acknowledged = date;  // a name ticked twice counts once
        ++recorded;
    }
    tx.commit();
    return recorded;
}

void AcknowledgementService::writeCsv(const QList<Member>& audience, QIODevice& out) {
    CsvWriter csv(out);
    csv.row({tr("Unit"), tr("Name"), tr("Job title"), tr("Category"), tr("Acknowledged on"),
             tr("How")});
    for (const Member& m : audience) {
        csv.row({m.unitName, m.name, m.title, EnumLabels::label(m.category),
                 CsvWriter::date(m.acknowledged), EnumLabels::label(m.method)});
    }
}

}  // namespace isms::core
