#include "ActionPlanService.h"

#include <QIODevice>
#include <QSqlQuery>
#include <QStringDecoder>

#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"
#include "storage/Database.h"
#include "storage/ListFormatter.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QString kTable = QStringLiteral("action_items");
}  // namespace

ActionPlanService::ActionPlanService(Database& db) : m_db(db) {}

QList<CsvColumn> ActionPlanService::csvColumns() {
    static const char* const c = "ActionPlanCsv";
    return {{"plan_year", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Plan year")},
            {"objective", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Objective")},
            {"title", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "What will be done")},
            {"resources", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Resources needed")},
            {"owner", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Person responsible")},
            {"due_date", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Expected completion")},
            {"due_reason", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Reason, if outside the year")},
            {"evaluation_method", c,
             QT_TRANSLATE_NOOP("ActionPlanCsv", "How achievement is evaluated")},
            {"measured_result", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Measured result")},
            {"status", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Status")},
            {"progress", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Progress (%)")},
            {"notes", c, QT_TRANSLATE_NOOP("ActionPlanCsv", "Notes")}};
}

QString ActionPlanService::csvTitle(const char* key) {
    for (const CsvColumn& c : csvColumns()) {
        if (qstrcmp(c.key, key) == 0) return c.shown();
    }
    return QString::fromLatin1(key);
}

ActionItem ActionPlanService::load(qint64 id) const {
    const QVariantMap row = RecordWriter::read(m_db, kTable, id);
    if (row.isEmpty()) throw Error(Error::Kind::NotFound, tr("That action item no longer exists."));
    ActionItem a;
    a.id = id;
    a.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    a.planYear = row.value(QStringLiteral("plan_year")).toInt();
    a.objectiveId = row.value(QStringLiteral("objective_id")).toLongLong();
    a.meetingId = row.value(QStringLiteral("meeting_id")).toLongLong();
    a.title = row.value(QStringLiteral("title")).toString();
    a.resources = row.value(QStringLiteral("resources")).toString();
    a.ownerPersonId = row.value(QStringLiteral("owner_person_id")).toLongLong();
    a.dueDate = QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    a.dueReason = row.value(QStringLiteral("due_reason")).toString();
    a.evaluationMethod = row.value(QStringLiteral("evaluation_method")).toString();
    a.measuredResult = row.value(QStringLiteral("measured_result")).toString();
    a.status = row.value(QStringLiteral("status")).toString();
    a.cancelReason = row.value(QStringLiteral("cancel_reason")).toString();
    a.progress = row.value(QStringLiteral("progress")).toInt();
    a.notes = row.value(QStringLiteral("notes")).toString();
    return a;
}

QVariantMap ActionPlanService::values(const ActionItem& a) const {
    return {{QStringLiteral("plan_year"), a.planYear},
            {QStringLiteral("objective_id"), Sql::idOrNull(a.objectiveId)},
            {QStringLiteral("meeting_id"), Sql::idOrNull(a.meetingId)},
            {QStringLiteral("title"), a.title.trimmed()},
            {QStringLiteral("resources"), a.resources.trimmed()},
            {QStringLiteral("owner_person_id"), Sql::idOrNull(a.ownerPersonId)},
            {QStringLiteral("due_date"), a.dueDate},
            {QStringLiteral("due_reason"), a.dueReason.trimmed()},
            {QStringLiteral("evaluation_method"), a.evaluationMethod.trimmed()},
            {QStringLiteral("measured_result"), a.measuredResult.trimmed()},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("cancel_reason"), a.cancelReason.trimmed()},
            // Done means done: the progress says so too.
            {QStringLiteral("progress"), a.status == QStringLiteral("done") ? 100 : a.progress},
            {QStringLiteral("notes"), a.notes.trimmed()}};
}

qint64 ActionPlanService::save(const ActionItem& item) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const auto problems = item.problems();
    if (!problems.isEmpty()) throw Error(Error::Kind::Invalid, problems.first().second);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    qint64 id = item.id;
    if (id == 0) {
        id = writer.insert(kTable, values(item));
    } else {
        writer.update(kTable, id, item.rowVersion, values(item));
    }
    tx.commit();
    return id;
}

void ActionPlanService::setStatus(const QList<qint64>& ids, const QString& status,
                                  const QString& reason) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    for (qint64 id : ids) {
        ActionItem a = load(id);
        a.status = status;
        if (status == QStringLiteral("cancelled")) a.cancelReason = reason;
        const auto problems = a.problems();
        if (!problems.isEmpty()) {
            // One item that cannot take the status stops them all: nothing half-changed.
            throw Error(Error::Kind::Invalid,
                        tr("Item %1 (%2): %3").arg(id).arg(a.title, problems.first().second));
        }
        RecordWriter(m_db, grant).update(kTable, id, a.rowVersion, values(a));
    }
    tx.commit();
}

int ActionPlanService::copyToNextYear(int year) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT id FROM action_items a WHERE plan_year = :y AND status <> 'cancelled' AND "
            "NOT EXISTS (SELECT 1 FROM action_items n WHERE n.plan_year = :next AND n.title = "
            "a.title AND COALESCE(n.objective_id, 0) = COALESCE(a.objective_id, 0)) ORDER BY id"),
        {{QStringLiteral("y"), year}, {QStringLiteral("next"), year + 1}});
    QList<qint64> ids;
    while (q.next()) ids << q.value(0).toLongLong();
    q.finish();
    Transaction tx(m_db);
    for (qint64 id : ids) {
        ActionItem a = load(id);
        a.id = 0;
        a.rowVersion = 0;
        a.planYear = year + 1;
        a.dueDate = a.dueDate.addYears(1);
        a.status = QStringLiteral("planned");
        a.progress = 0;
        a.measuredResult.clear();
        a.cancelReason.clear();
        a.meetingId = 0;
        a.notes = tr("Recurring: copied from item %1 of %2.").arg(id).arg(year);
        RecordWriter(m_db, grant).insert(kTable, values(a));
    }
    tx.commit();
    return int(ids.size());
}

ActionPlanService::Lookups ActionPlanService::lookups() const {
    // Read once per import, not once per row: a 10,000-row file would otherwise ask 20,000 times.
    Lookups l;
    // A status by its key or its label in either language. A plan exported by an older program
    // may say 逾期: read as what it was, so that the row is refused with the reason (overdue
    // follows from the due date) rather than as an unknown word.
    for (const QString& key : ActionItem::statuses() + QStringList{QStringLiteral("overdue")}) {
        for (const QString& name : EnumLabels::namesOf(key)) l.statusByLabel.insert(name, key);
    }
    // An objective's number is the one it has in the version in force.
    QSqlQuery o = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT w.number, o.id FROM objectives o JOIN objective_wordings w ON w.objective_id "
            "= o.id AND w.version_id = %1 ORDER BY o.id")
            .arg(PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
        {{QStringLiteral("today"), Clock::today().toString(Qt::ISODate)}});
    while (o.next()) l.objectives.insert(o.value(0).toInt(), o.value(1).toLongLong());
    o.finish();
    QSqlQuery p =
        Sql::run(m_db.connection(), QStringLiteral("SELECT name, id FROM people ORDER BY id"));
    while (p.next()) l.people[p.value(0).toString()] << p.value(1).toLongLong();
    return l;
}

ActionItem ActionPlanService::fromRow(const QStringList& header, const QStringList& row,
                                      const Lookups& lookups, QStringList* problems) const {
    auto cell = [&](const char* name) {
        return row.value(header.indexOf(QString::fromLatin1(name))).trimmed();
    };
    ActionItem a;
    bool ok = false;
    // A year as either calendar writes it: 115 (民國, as the Chinese export has it) or 2026.
    a.planYear = cell("plan_year").remove(QStringLiteral("民國")).remove(QChar(u'年')).toInt(&ok);
    if (ok && a.planYear > 0 && a.planYear < 1000) a.planYear += RocDate::kYearOffset;
    if (!ok) problems->append(tr("%1 is not a year").arg(csvTitle("plan_year")));
    a.title = cell("title");
    a.resources = cell("resources");
    a.dueDate = RocDate::parse(cell("due_date"));
    if (!cell("due_date").isEmpty() && !a.dueDate.isValid())
        problems->append(tr("%1 is not a date").arg(csvTitle("due_date")));
    a.dueReason = cell("due_reason");
    a.evaluationMethod = cell("evaluation_method");
    a.measuredResult = cell("measured_result");
    a.notes = cell("notes");
    const QString progress = cell("progress");
    a.progress = progress.isEmpty() ? 0 : progress.toInt(&ok);
    if (!progress.isEmpty() && !ok)
        problems->append(tr("%1 is not a number").arg(csvTitle("progress")));
    // A status may be written as its key or as its label in either language.
    const QString status = cell("status");
    a.status =
        status.isEmpty() ? QStringLiteral("planned") : lookups.statusByLabel.value(status, status);
    const QString objective = cell("objective");
    if (!objective.isEmpty()) {
        a.objectiveId = lookups.objectives.value(objective.toInt());
        if (a.objectiveId == 0) problems->append(tr("there is no objective %1").arg(objective));
    }
    const QString owner = cell("owner");
    if (!owner.isEmpty()) {
        const QList<qint64> matches = lookups.people.value(owner);
        if (matches.size() == 1)
            a.ownerPersonId = matches.first();
        else if (matches.isEmpty())
            problems->append(tr("nobody is called %1").arg(owner));
        else
            problems->append(tr("%1 names more than one person").arg(owner));
    }
    for (const auto& [field, message] : a.problems()) {
        if (field != QStringLiteral("owner") || owner.isEmpty()) problems->append(message);
    }
    return a;
}

ActionPlanService::ImportReport ActionPlanService::importCsv(const QByteArray& csv) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    ImportReport report;
    const CsvReader::Table table =
        CsvReader::table(csv, csvColumns(),
                         {QStringLiteral("plan_year"), QStringLiteral("title"),
                          QStringLiteral("owner"), QStringLiteral("due_date")});
    report.errors = table.errors;
    if (!report.errors.isEmpty()) return report;
    QList<ActionItem> items;
    const Lookups known = lookups();
    for (int i = 0; i < table.rows.size(); ++i) {
        QStringList problems;
        items << fromRow(table.header, table.rows[i], known, &problems);
        if (!problems.isEmpty())
            report.errors.append({table.line(i), problems.join(QStringLiteral("; "))});
    }
    if (!report.errors.isEmpty()) return report;  // nothing half-imported
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    for (const ActionItem& a : items) writer.insert(kTable, values(a));
    tx.commit();
    report.imported = int(items.size());
    return report;
}

qint64 ActionPlanService::exportCsv(int year, QIODevice& out) const {
    CsvWriter csv(out);
    csv.row(CsvColumn::titles(csvColumns()));
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT a.plan_year, w.number, a.title, a.resources, p.name, a.due_date, a.due_reason, "
            "a.evaluation_method, a.measured_result, a.status, a.progress, a.notes FROM "
            "action_items a LEFT JOIN objective_wordings w ON w.id = %1 LEFT JOIN people p "
            "ON p.id = a.owner_person_id WHERE a.plan_year = :y ORDER BY a.due_date, a.id")
            .arg(PolicyRepository::shownWordingSql(QStringLiteral("a.objective_id"))),
        {{QStringLiteral("y"), year},
         {QStringLiteral("today"), Clock::today().toString(Qt::ISODate)}});
    while (q.next()) {
        QStringList line;
        for (int c = 0; c < 12; ++c)
            line << (q.value(c).isNull() ? QString() : q.value(c).toString());
        line[0] = ListFormatter::text(ListDefinition::Format::Year, line[0]);  // plan year
        line[5] = CsvWriter::date(QDate::fromString(line[5], Qt::ISODate));    // due date
        line[9] = EnumLabels::label(line[9]);                                  // status
        csv.row(line);
    }
    return csv.rows();
}

}  // namespace isms::core
