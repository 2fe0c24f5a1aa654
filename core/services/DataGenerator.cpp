#include "DataGenerator.h"

#include "domain/Clock.h"
#include "domain/IncidentClock.h"
#include "storage/ListCatalog.h"
#include "storage/SearchIndex.h"
#include "MeetingService.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace isms::core {

namespace {
constexpr int kBatch = 2000;
const char* const kSurnames[] = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪"};
const char* const kGiven[] = {"志", "美", "建", "淑", "俊", "雅", "家", "怡", "文", "明", "惠", "宗", "芳", "國", "婷", "豪"};
const char* const kTitles[] = {"科員", "專員", "科長", "戶籍員", "技士", "約僱人員", "資訊安全專責人員", "主任"};

QList<qint64> ids(Database& db, const QString& sql) {
    QList<qint64> out;
    for (QSqlQuery q = Sql::run(db.connection(), sql); q.next();) out << q.value(0).toLongLong();
    return out;
}
}  // namespace

DataGenerator::DataGenerator(Database& db, quint32 seed) : m_db(db), m_random(seed) {}

int DataGenerator::scaled(int perDecade) const { return qMax(1, qRound(perDecade * m_scale)); }

QDate DataGenerator::dayIn(int year) { return QDate(year, 1, 1).addDays(m_random.bounded(QDate(year, 1, 1).daysInYear())); }

void DataGenerator::batches(int count, const std::function<void(RecordWriter&, int)>& row) {
    for (int start = 0; start < count; start += kBatch) {
        Transaction tx(m_db);
        RecordWriter writer(m_db, *m_grant);
        for (int i = start; i < qMin(count, start + kBatch); ++i) row(writer, i);
        tx.commit();
    }
}

DataGenerator::Counts DataGenerator::count(Database& db) {
    auto n = [&db](const char* table) {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))).toInt();
    };
    return {n("org_units"), n("people"), n("document_versions"), n("action_items"), n("measurements"),
            n("meetings"),  n("findings"), n("acknowledgements"), n("audit_log")};
}

DataGenerator::Counts DataGenerator::generate(double scale) {
    if (scale <= 0 || scale > 100) throw Error(Error::Kind::Invalid, tr("The scale is a number above 0 and at most 100."));
    const Counts before = count(m_db);
    if (before.people > 20 || before.actionItems > 20) {
        throw Error(Error::Kind::Invalid, tr("This database already holds records; generate into a new database file."));
    }
    m_scale = scale;
    m_grant.emplace(m_db.setUp(QStringLiteral("data generator")));
    m_lastYear = Sql::scalar(m_db.connection(), QStringLiteral("SELECT MAX(plan_year) FROM action_items")).toInt();
    if (m_lastYear == 0) m_lastYear = Clock::today().year();
    m_objectives = ids(m_db, QStringLiteral("SELECT w.objective_id FROM objective_wordings w JOIN document_versions v ON v.id "
                                            "= w.version_id WHERE v.status = 'published' ORDER BY w.number"));
    if (m_objectives.isEmpty()) throw Error(Error::Kind::Invalid, tr("The database has no published policy with objectives."));
    {
        Transaction tx(m_db);
        RecordWriter writer(m_db, *m_grant);
        units(writer);
        people(writer);
        versions(writer);
        tx.commit();
    }
    actionItems();
    measurements();
    meetings();
    audits();
    acknowledgements();
    outages();
    training();
    incidents();
    // Ready to search, as after a user's first search.
    SearchIndex::catchUp(m_db, ListCatalog::definition(QStringLiteral("action_items")));
    return count(m_db);
}

void DataGenerator::units(RecordWriter& writer) {
    const qint64 bureau = Sql::scalar(m_db.connection(), QStringLiteral("SELECT MIN(id) FROM org_units WHERE parent_id IS NULL")).toLongLong();
    m_units = ids(m_db, QStringLiteral("SELECT id FROM org_units WHERE kind = 'internal'"));
    const int count = scaled(40);
    for (int i = 0; i < count; ++i) {
        // Mostly the bureau's own sections; one in ten a vendor, one in twenty a connected agency.
        const int pick = m_random.bounded(20);
        const QString kind = pick < 2 ? QStringLiteral("vendor") : pick < 3 ? QStringLiteral("agency") : QStringLiteral("internal");
        const QString name = kind == QStringLiteral("vendor")   ? QStringLiteral("委外廠商 %1").arg(i + 1)
                             : kind == QStringLiteral("agency") ? QStringLiteral("介接機關 %1").arg(i + 1)
                                                                : QStringLiteral("第 %1 科").arg(i + 1);
        const qint64 id = writer.insert(QStringLiteral("org_units"), {{QStringLiteral("parent_id"), kind == QStringLiteral("internal") ? QVariant(bureau) : QVariant()},
                                                                      {QStringLiteral("position"), i + 10},
                                                                      {QStringLiteral("name"), name},
                                                                      {QStringLiteral("kind"), kind}});
        if (kind == QStringLiteral("internal")) m_units << id;
    }
}

void DataGenerator::people(RecordWriter& writer) {
    const QStringList categories = EnumLabels::personCategories();
    const int count = scaled(2000);
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(kSurnames[m_random.bounded(15)]) + QString::fromUtf8(kGiven[m_random.bounded(16)]) +
                             QString::fromUtf8(kGiven[m_random.bounded(16)]);
        const QDate from = dayIn(m_lastYear - 9 + m_random.bounded(10));
        // One in ten has left, some time after starting.
        const QVariant to = m_random.bounded(10) == 0 ? QVariant(from.addDays(30 + m_random.bounded(2000))) : QVariant();
        const qint64 id = writer.insert(QStringLiteral("people"),
                                        {{QStringLiteral("name"), name},
                                         {QStringLiteral("title"), QString::fromUtf8(kTitles[m_random.bounded(8)])},
                                         {QStringLiteral("unit_id"), m_units[m_random.bounded(int(m_units.size()))]},
                                         {QStringLiteral("category"), categories[m_random.bounded(int(categories.size()))]},
                                         {QStringLiteral("active_from"), from},
                                         {QStringLiteral("active_to"), to}});
        m_people << id;
    }
}

void DataGenerator::versions(RecordWriter& writer) {
    const qint64 current = Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM document_versions WHERE status = 'published'")).toLongLong();
    const QVariantMap base = RecordWriter::read(m_db, QStringLiteral("document_versions"), current);
    struct Section {
        qint64 id, parent;
        int position;
        QString heading, body;
    };
    QList<Section> sections;
    for (QSqlQuery q = Sql::run(m_db.connection(), QStringLiteral("SELECT id, parent_id, position, heading, body FROM sections "
                                                                  "WHERE version_id = :v ORDER BY id"),
                                {{QStringLiteral("v"), current}});
         q.next();) {
        sections << Section{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                            q.value(4).toString()};
    }
    struct Wording {
        qint64 objective, section;
        int number;
        QString text;
    };
    QList<Wording> wordings;
    for (QSqlQuery q = Sql::run(m_db.connection(), QStringLiteral("SELECT objective_id, section_id, number, text FROM "
                                                                  "objective_wordings WHERE version_id = :v ORDER BY number"),
                                {{QStringLiteral("v"), current}});
         q.next();) {
        wordings << Wording{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()};
    }
    // Nine earlier versions, one a year, each a copy of the text: drafted, then published (each
    // superseded by the next from its effective date).
    const int earlier = qMin(9, scaled(9));
    for (int n = 0; n < earlier; ++n) {
        const QDate effective(m_lastYear - 9 + n, 1, 1);
        const qint64 version = writer.insert(QStringLiteral("document_versions"),
                                             {{QStringLiteral("document_id"), base.value(QStringLiteral("document_id"))},
                                              {QStringLiteral("version"), QStringLiteral("1.%1").arg(n)},
                                              {QStringLiteral("classification"), base.value(QStringLiteral("classification"))},
                                              {QStringLiteral("org_name"), base.value(QStringLiteral("org_name"))},
                                              {QStringLiteral("title"), base.value(QStringLiteral("title"))},
                                              {QStringLiteral("effective_date"), effective},
                                              {QStringLiteral("change_summary"), tr("Generated earlier version")},
                                              {QStringLiteral("created_at"), effective.addDays(-30)}});
        QHash<qint64, qint64> copied;
        for (const Section& s : sections) {
            copied.insert(s.id, writer.insert(QStringLiteral("sections"),
                                              {{QStringLiteral("version_id"), version},
                                               {QStringLiteral("parent_id"), s.parent ? QVariant(copied.value(s.parent)) : QVariant()},
                                               {QStringLiteral("position"), s.position},
                                               {QStringLiteral("heading"), s.heading},
                                               {QStringLiteral("body"), s.body}}));
        }
        // Each held the same lasting objectives, as a published version does (its wordings).
        for (const Wording& w : wordings) {
            writer.insert(QStringLiteral("objective_wordings"),
                          {{QStringLiteral("objective_id"), w.objective},
                           {QStringLiteral("version_id"), version},
                           {QStringLiteral("section_id"), copied.value(w.section)},
                           {QStringLiteral("number"), w.number},
                           {QStringLiteral("text"), w.text}});
        }
        writer.update(QStringLiteral("document_versions"), version, 1, {{QStringLiteral("status"), QStringLiteral("published")}});
        m_versions << version;
        m_versionDates << effective;
    }
    m_versions << current;
    m_versionDates << QDate::fromString(base.value(QStringLiteral("effective_date")).toString(), Qt::ISODate);
}

void DataGenerator::actionItems() {
    const QDate today = Clock::today();
    batches(scaled(20000), [this, today](RecordWriter& writer, int i) {
        const int year = m_lastYear - i % 10;
        const QDate due = dayIn(year);
        QString status = QStringLiteral("planned");
        const int roll = m_random.bounded(10);
        if (due < today) status = roll < 7 ? QStringLiteral("done") : roll < 8 ? QStringLiteral("cancelled") : QStringLiteral("in_progress");
        else if (roll < 4) status = QStringLiteral("in_progress");
        const bool done = status == QStringLiteral("done");
        writer.insert(QStringLiteral("action_items"),
                      {{QStringLiteral("objective_id"), m_objectives[m_random.bounded(int(m_objectives.size()))]},
                       {QStringLiteral("plan_year"), year},
                       {QStringLiteral("title"), tr("Generated action item %1").arg(i + 1)},
                       {QStringLiteral("resources"), tr("%1 person-days").arg(1 + m_random.bounded(20))},
                       {QStringLiteral("owner_person_id"), m_people[m_random.bounded(int(m_people.size()))]},
                       {QStringLiteral("due_date"), due},
                       {QStringLiteral("evaluation_method"), tr("Completion record")},
                       {QStringLiteral("measured_result"), done ? tr("Completed as planned") : QString()},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("cancel_reason"), status == QStringLiteral("cancelled") ? tr("No longer needed") : QString()},
                       {QStringLiteral("progress"), done ? 100 : status == QStringLiteral("in_progress") ? 10 + m_random.bounded(80) : 0}});
    });
}

void DataGenerator::measurements() {
    batches(scaled(50000), [this](RecordWriter& writer, int) {
        const QDate end = dayIn(m_lastYear - m_random.bounded(10));
        writer.insert(QStringLiteral("measurements"),
                      {{QStringLiteral("objective_id"), m_objectives[m_random.bounded(int(m_objectives.size()))]},
                       {QStringLiteral("period_start"), end.addMonths(-1).addDays(1)},
                       {QStringLiteral("period_end"), end},
                       {QStringLiteral("value"), qRound(900 + m_random.bounded(100.0)) / 10.0},
                       {QStringLiteral("measured_by"), m_people[m_random.bounded(int(m_people.size()))]}});
    });
}

void DataGenerator::meetings() {
    const QStringList inputs = MeetingService::standardInputs();
    batches(scaled(40), [this, &inputs](RecordWriter& writer, int i) {
        const QDate day = dayIn(m_lastYear - i % 10);
        const qint64 meeting = writer.insert(QStringLiteral("meetings"),
                                             {{QStringLiteral("title"), tr("Management review %1").arg(i + 1)},
                                              {QStringLiteral("meeting_date"), day},
                                              {QStringLiteral("place"), tr("Meeting room 1")},
                                              {QStringLiteral("chair_person_id"), m_people[m_random.bounded(int(m_people.size()))]},
                                              {QStringLiteral("decisions"), tr("Follow up as minuted.")}});
        QSet<qint64> attendees;
        while (attendees.size() < qMin(5, int(m_people.size()))) attendees.insert(m_people[m_random.bounded(int(m_people.size()))]);
        for (qint64 person : attendees) {
            writer.insertLink(QStringLiteral("meeting_attendees"), {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("person_id"), person}});
        }
        for (int n = 0; n < inputs.size(); ++n) {
            writer.insert(QStringLiteral("meeting_agenda_items"), {{QStringLiteral("meeting_id"), meeting},
                                                                   {QStringLiteral("position"), n + 1},
                                                                   {QStringLiteral("input_key"), inputs[n]}});
        }
    });
}

void DataGenerator::audits() {
    const QStringList kinds{QStringLiteral("major"), QStringLiteral("minor"), QStringLiteral("minor"), QStringLiteral("observation"),
                            QStringLiteral("opportunity")};
    const QDate today = Clock::today();
    batches(scaled(20), [&](RecordWriter& writer, int i) {
        const QDate start = dayIn(m_lastYear - i % 10);
        // One in four a compliance check (objective 1), the others internal audits.
        const bool compliance = i % 4 == 3;
        const qint64 audit = writer.insert(QStringLiteral("audits"), {{QStringLiteral("kind"), compliance ? QStringLiteral("compliance_check") : QStringLiteral("internal_audit")},
                                                                      {QStringLiteral("title"), (compliance ? tr("Compliance check %1") : tr("Internal audit %1")).arg(i + 1)},
                                                                      {QStringLiteral("start_date"), start},
                                                                      {QStringLiteral("end_date"), start.addDays(2)},
                                                                      {QStringLiteral("auditors"), tr("Audit team")}});
        // Ten findings an audit; a nonconformity gets a corrective action, verified when old enough.
        for (int f = 0; f < 10; ++f) {
            const QString kind = kinds[m_random.bounded(int(kinds.size()))];
            const bool nonconformity = kind == QStringLiteral("major") || kind == QStringLiteral("minor");
            const QDate due = start.addDays(30 + m_random.bounded(90));
            const bool verified = nonconformity && due.addDays(30) < today;
            const qint64 finding = writer.insert(QStringLiteral("findings"),
                                                 {{QStringLiteral("audit_id"), audit},
                                                  {QStringLiteral("kind"), kind},
                                                  {QStringLiteral("clause"), QStringLiteral("A.%1.%2").arg(5 + m_random.bounded(4)).arg(1 + m_random.bounded(30))},
                                                  {QStringLiteral("description"), tr("Generated finding %1").arg(i * 10 + f + 1)},
                                                  {QStringLiteral("status"), verified || (!nonconformity && due < today) ? QStringLiteral("closed") : QStringLiteral("open")},
                                                  {QStringLiteral("closed_date"), verified ? QVariant(due.addDays(14)) : (!nonconformity && due < today) ? QVariant(due) : QVariant()}});
            if (!nonconformity) continue;
            // Done three days early, or (one in five) a week late (objective 5).
            const QDate done = due.addDays((i + f) % 5 == 0 ? 7 : -3);
            writer.insert(QStringLiteral("corrective_actions"),
                          {{QStringLiteral("finding_id"), finding},
                           {QStringLiteral("root_cause"), tr("Procedure not followed")},
                           {QStringLiteral("action"), tr("Revise the procedure and train the staff")},
                           {QStringLiteral("owner_person_id"), m_people[m_random.bounded(int(m_people.size()))]},
                           {QStringLiteral("due_date"), due},
                           {QStringLiteral("status"), verified ? QStringLiteral("verified") : QStringLiteral("in_progress")},
                           {QStringLiteral("done_date"), verified ? QVariant(done) : QVariant()},
                           {QStringLiteral("verified_date"), verified ? QVariant(due.addDays(14)) : QVariant()},
                           {QStringLiteral("verification_result"), verified ? tr("Effective") : QString()}});
        }
    });
}

void DataGenerator::acknowledgements() {
    // Each (version, person) pair once: versions in turn, people in turn.
    const int count = qMin(scaled(20000), int(m_versions.size() * m_people.size()));
    batches(count, [this](RecordWriter& writer, int i) {
        const qsizetype v = i % m_versions.size();
        const qint64 version = m_versions[v];
        const qint64 person = m_people[(i / m_versions.size()) % m_people.size()];
        writer.insert(QStringLiteral("acknowledgements"), {{QStringLiteral("version_id"), version},
                                                           {QStringLiteral("person_id"), person},
                                                           {QStringLiteral("ack_date"), m_versionDates[v].addDays(m_random.bounded(90))},
                                                           {QStringLiteral("method"), QStringLiteral("sign_in_sheet")}});
    });
}

void DataGenerator::outages() {
    // Core systems besides the demo's, and the outages of all of them over the decade (objective 6):
    // a few hours a year each, one in seven planned maintenance.
    QList<qint64> systems = ids(m_db, QStringLiteral("SELECT id FROM core_systems ORDER BY id"));
    const QDate since(m_lastYear - 9, 1, 1);
    batches(scaled(20), [&](RecordWriter& writer, int i) {
        systems << writer.insert(QStringLiteral("core_systems"), {{QStringLiteral("name"), tr("Core system %1").arg(i + 1)},
                                                                  {QStringLiteral("in_service_from"), since},
                                                                  {QStringLiteral("availability_target"), 99.5}});
    });
    const QDateTime now = Clock::nowUtc();
    batches(scaled(2000), [&](RecordWriter& writer, int i) {
        const QDateTime start =
            qMin(QDateTime(dayIn(m_lastYear - i % 10), QTime(m_random.bounded(24), m_random.bounded(60))), now.addDays(-1));
        writer.insert(QStringLiteral("outages"),
                      {{QStringLiteral("system_id"), systems[m_random.bounded(int(systems.size()))]},
                       {QStringLiteral("started_at"), start.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("ended_at"), start.addSecs(60 * (10 + m_random.bounded(240))).toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("planned"), i % 7 == 0 ? 1 : 0},
                       {QStringLiteral("cause"), tr("Generated outage %1").arg(i + 1)}});
    });
}

void DataGenerator::training() {
    // Ten sessions a year over the decade, one in three professional, and about one and a half
    // attendances per person a year (objective 3): each (session, person) pair once.
    QList<qint64> sessions;
    QList<double> hours;
    batches(scaled(100), [&](RecordWriter& writer, int i) {
        const bool professional = i % 3 == 0;
        hours << (professional ? 6.0 : 3.0);
        sessions << writer.insert(QStringLiteral("training_sessions"),
                                  {{QStringLiteral("title"), tr("Generated course %1").arg(i + 1)},
                                   {QStringLiteral("held_on"), qMin(dayIn(m_lastYear - i % 10), Clock::today())},
                                   {QStringLiteral("hours"), hours.last()},
                                   {QStringLiteral("kind"), professional ? QStringLiteral("professional") : QStringLiteral("general")}});
    });
    const int count = qMin(scaled(30000), int(sessions.size() * m_people.size()));
    batches(count, [&](RecordWriter& writer, int i) {
        const qsizetype s = i % sessions.size();
        writer.insert(QStringLiteral("training_attendance"),
                      {{QStringLiteral("session_id"), sessions[s]},
                       {QStringLiteral("person_id"), m_people[(i / sessions.size()) % m_people.size()]},
                       {QStringLiteral("hours"), hours[s]}});
    });
}

void DataGenerator::incidents() {
    // Twenty incidents a year over the decade (objectives 4 and 7), one in four unauthorised
    // access or alteration, one in five reported late; every fifth a weakness report.
    const QStringList categories = IncidentClock::categories();
    const QDateTime now = Clock::nowUtc();
    batches(scaled(200), [&](RecordWriter& writer, int i) {
        const QDateTime known =
            qMin(QDateTime(dayIn(m_lastYear - i % 10), QTime(m_random.bounded(24), m_random.bounded(60))), now.addDays(-3)).toUTC();
        const bool weakness = i % 5 == 4;
        const auto at = [](const QDateTime& t) { return t.toString(Qt::ISODate); };
        const QVariant none(QMetaType(QMetaType::QString));
        writer.insert(QStringLiteral("incidents"),
                      {{QStringLiteral("kind"), weakness ? QStringLiteral("weakness") : QStringLiteral("incident")},
                       {QStringLiteral("title"), tr("Generated incident %1").arg(i + 1)},
                       {QStringLiteral("level"), weakness ? QVariant(QMetaType(QMetaType::Int)) : QVariant(1 + i % 4)},
                       {QStringLiteral("category"), i % 4 == 0 ? categories[i % 8 == 0 ? 0 : 1] : categories[2 + i % 5]},
                       {QStringLiteral("known_at"), at(known)},
                       {QStringLiteral("reported_at"), weakness ? none : QVariant(at(known.addSecs(i % 5 == 0 ? 5400 : 1800)))},
                       {QStringLiteral("reported_to"), weakness ? QString() : tr("Reporting platform")},
                       {QStringLiteral("recovered_at"), weakness ? none : QVariant(at(known.addSecs(20 * 3600)))},
                       {QStringLiteral("status"), QStringLiteral("closed")}});
    });
}

}  // namespace isms::core
