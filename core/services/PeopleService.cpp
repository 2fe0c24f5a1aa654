#include "PeopleService.h"

#include <QHash>
#include <QSqlQuery>

#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "import/CsvReader.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("people");
}  // namespace

PeopleService::PeopleService(Database& db) : m_db(db) {}

QList<CsvColumn> PeopleService::csvColumns() {
    static const char* const c = "StaffListCsv";
    return {{"name", c, QT_TRANSLATE_NOOP("StaffListCsv", "Name")},
            {"title", c, QT_TRANSLATE_NOOP("StaffListCsv", "Job title")},
            {"unit", c, QT_TRANSLATE_NOOP("StaffListCsv", "Unit")},
            {"category", c, QT_TRANSLATE_NOOP("StaffListCsv", "Category")},
            {"contact", c, QT_TRANSLATE_NOOP("StaffListCsv", "Contact")},
            {"active_from", c, QT_TRANSLATE_NOOP("StaffListCsv", "Active from")},
            {"active_to", c, QT_TRANSLATE_NOOP("StaffListCsv", "Active to")}};
}

QStringList PeopleService::problems(const Person& p) const {
    QStringList out;
    if (p.name.trimmed().isEmpty()) out << tr("A person needs a name.");
    if (!EnumLabels::personCategories().contains(p.category)) {
        out << tr("“%1” is not a scope category.").arg(p.category);
    }
    if (p.unitId && RecordWriter::read(m_db, QStringLiteral("org_units"), p.unitId).isEmpty()) {
        out << tr("The unit does not exist.");
    }
    if (p.activeFrom.isValid() && p.activeTo.isValid() && p.activeTo < p.activeFrom) {
        out << tr("“Active to” comes before “active from”.");
    }
    return out;
}

PeopleService::Person PeopleService::person(qint64 id) const {
    const QVariantMap row = RecordWriter::read(m_db, kTable, id);
    if (row.isEmpty()) throw Error(Error::Kind::NotFound, tr("Person %1 does not exist.").arg(id));
    Person p;
    p.id = id;
    p.name = row.value(QStringLiteral("name")).toString();
    p.title = row.value(QStringLiteral("title")).toString();
    p.unitId = row.value(QStringLiteral("unit_id")).toLongLong();
    p.category = row.value(QStringLiteral("category")).toString();
    p.contact = row.value(QStringLiteral("contact")).toString();
    p.activeFrom = row.value(QStringLiteral("active_from")).toDate();
    p.activeTo = row.value(QStringLiteral("active_to")).toDate();
    p.notes = row.value(QStringLiteral("notes")).toString();
    p.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    return p;
}

QVariantMap PeopleService::values(const Person& p) {
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("title"), p.title.trimmed()},
            {QStringLiteral("unit_id"), Sql::idOrNull(p.unitId)},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("contact"), p.contact.trimmed()},
            {QStringLiteral("active_from"), p.activeFrom},
            {QStringLiteral("active_to"), p.activeTo},
            {QStringLiteral("notes"), p.notes}};
}

qint64 PeopleService::add(const Person& person) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (const QStringList wrong = problems(person); !wrong.isEmpty()) {
        throw Error(Error::Kind::Invalid, wrong.join(QLatin1Char(' ')));
    }
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(kTable, values(person));
    tx.commit();
    return id;
}

void PeopleService::update(const Person& person) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (const QStringList wrong = problems(person); !wrong.isEmpty()) {
        throw Error(Error::Kind::Invalid, wrong.join(QLatin1Char(' ')));
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kTable, person.id, person.rowVersion, values(person));
    tx.commit();
}

PeopleService::ImportReport PeopleService::importCsv(const QByteArray& csv) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    ImportReport report;
    const CsvReader::Table table =
        CsvReader::table(csv, csvColumns(), {QStringLiteral("name"), QStringLiteral("unit")});
    report.errors = table.errors;
    if (!report.errors.isEmpty()) return report;

    // Units by name (or English name), categories by key or by their label in the program's
    // language.
    QHash<QString, QList<qint64>> units;
    QSqlQuery q =
        Sql::run(m_db.connection(), QStringLiteral("SELECT id, name, name_en FROM org_units"));
    while (q.next()) {
        units[q.value(1).toString()] << q.value(0).toLongLong();
        if (!q.value(2).toString().isEmpty())
            units[q.value(2).toString()] << q.value(0).toLongLong();
    }

    QList<Person> people;
    for (int i = 0; i < table.rows.size(); ++i) {
        QStringList wrong;
        Person p;
        p.name = table.cell(i, "name");
        p.title = table.cell(i, "title");
        p.contact = table.cell(i, "contact");
        const QString unit = table.cell(i, "unit");
        const QList<qint64> matches = units.value(unit);
        if (unit.isEmpty())
            wrong << tr("the unit is missing");
        else if (matches.isEmpty())
            wrong << tr("there is no unit called %1").arg(unit);
        else if (matches.size() > 1)
            wrong << tr("%1 names more than one unit").arg(unit);
        else
            p.unitId = matches.first();
        const QString category = table.cell(i, "category");
        if (!category.isEmpty()) {
            p.category = EnumLabels::keyOf(category, EnumLabels::personCategories());
            if (p.category.isEmpty()) wrong << tr("“%1” is not a scope category").arg(category);
        }
        for (const auto& [column, date] :
             {std::pair{"active_from", &p.activeFrom}, std::pair{"active_to", &p.activeTo}}) {
            const QString text = table.cell(i, column);
            *date = RocDate::parse(text);
            if (!text.isEmpty() && !date->isValid()) {
                for (const CsvColumn& c : csvColumns()) {
                    if (qstrcmp(c.key, column) == 0) wrong << tr("%1 is not a date").arg(c.shown());
                }
            }
        }
        if (!p.category.isEmpty()) {
            for (const QString& problem : problems(p)) {
                if (!wrong.contains(problem)) wrong << problem;
            }
        }
        if (!wrong.isEmpty())
            report.errors.append({table.line(i), wrong.join(QStringLiteral("; "))});
        people << p;
    }
    if (!report.errors.isEmpty()) return report;  // nothing half-imported
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    for (const Person& p : people) writer.insert(kTable, values(p));
    tx.commit();
    report.imported = int(people.size());
    return report;
}

}  // namespace isms::core
