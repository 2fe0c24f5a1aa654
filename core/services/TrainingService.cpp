#include "TrainingService.h"

#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/TrainingStanding.h"
#include "import/CsvReader.h"
#include "storage/AgencySettings.h"
#include "storage/Database.h"
#include "storage/Grant.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <cmath>

namespace isms::core {

namespace {
const QString kSessions = QStringLiteral("training_sessions");
const QString kAttendance = QStringLiteral("training_attendance");
const QString kRequirements = QStringLiteral("training_requirements");
// A course over several days is still one session; more than this is a typing slip.
constexpr double kMostHours = 200;

bool hoursOk(double h) { return std::isfinite(h) && h > 0 && h <= kMostHours; }
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
}  // namespace

TrainingService::TrainingService(Database& db) : m_db(db) {}

QList<CsvColumn> TrainingService::attendanceColumns() {
    static const char* const c = "AttendanceCsv";
    return {{"name", c, QT_TRANSLATE_NOOP("AttendanceCsv", "Name")},
            {"unit", c, QT_TRANSLATE_NOOP("AttendanceCsv", "Unit")},
            {"hours", c, QT_TRANSLATE_NOOP("AttendanceCsv", "Hours")},
            {"notes", c, QT_TRANSLATE_NOOP("AttendanceCsv", "Notes")}};
}

void TrainingService::check(const Session& s) const {
    if (s.title.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Name the course."));
    if (!s.heldOn.isValid()) throw Error(Error::Kind::Invalid, tr("Give the day the session was held."));
    if (!hoursOk(s.hours)) {
        throw Error(Error::Kind::Invalid, tr("A session's hours are a number above 0 and at most %1.").arg(kMostHours));
    }
    if (!TrainingStanding::kinds().contains(s.kind)) {
        throw Error(Error::Kind::Invalid, tr("Choose whether the training is general or professional."));
    }
}

QVariantMap TrainingService::values(const Session& s) {
    return {{QStringLiteral("title"), s.title.trimmed()}, {QStringLiteral("held_on"), s.heldOn},
            {QStringLiteral("hours"), s.hours},           {QStringLiteral("kind"), s.kind},
            {QStringLiteral("provider"), s.provider.trimmed()}, {QStringLiteral("notes"), s.notes.trimmed()}};
}

qint64 TrainingService::addSession(const Session& s) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(s);
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant).insert(kSessions, values(s));
    tx.commit();
    return id;
}

void TrainingService::updateSession(qint64 id, int rowVersion, const Session& s) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(s);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, kSessions, id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That training session no longer exists."));
    }
    QSqlQuery counted = Sql::run(m_db.connection(),
                                 QStringLiteral("SELECT COUNT(*) AS n, MAX(hours) AS most FROM training_attendance WHERE session_id = :s"),
                                 {{QStringLiteral("s"), id}});
    const QVariantMap attendance = counted.next() ? Sql::row(counted) : QVariantMap();
    counted.finish();
    if (attendance.value(QStringLiteral("n")).toInt() > 0) {
        if (s.heldOn > Clock::today()) {
            throw Error(Error::Kind::Invalid, tr("People attended this session: it cannot move to a day still to come."));
        }
        if (attendance.value(QStringLiteral("most")).toDouble() > s.hours) {
            throw Error(Error::Kind::Invalid,
                        tr("Someone was recorded for %1 hours of this session: it cannot be shorter than that.")
                            .arg(attendance.value(QStringLiteral("most")).toDouble()));
        }
    }
    RecordWriter(m_db, grant).update(kSessions, id, rowVersion, values(s));
    tx.commit();
}

TrainingService::Session TrainingService::session(qint64 id, int* rowVersion) const {
    const QVariantMap r = RecordWriter::read(m_db, kSessions, id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That training session no longer exists."));
    if (rowVersion) *rowVersion = r.value(QStringLiteral("row_version")).toInt();
    return {r.value(QStringLiteral("title")).toString(),
            QDate::fromString(r.value(QStringLiteral("held_on")).toString(), Qt::ISODate),
            r.value(QStringLiteral("hours")).toDouble(),
            r.value(QStringLiteral("kind")).toString(),
            r.value(QStringLiteral("provider")).toString(),
            r.value(QStringLiteral("notes")).toString()};
}

void TrainingService::removeSession(qint64 id, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, kSessions, id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That training session no longer exists."));
    }
    if (Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM training_attendance WHERE session_id = :s"),
                    {{QStringLiteral("s"), id}})
            .toInt() > 0) {
        throw Error(Error::Kind::Invalid, tr("People attended this session: take their attendance back first."));
    }
    RecordWriter(m_db, grant).remove(kSessions, id, rowVersion);
    tx.commit();
}

QString TrainingService::attendeeProblem(qint64 sessionId, const Session& s, const Attendee& a) const {
    const QVariantMap person = RecordWriter::read(m_db, QStringLiteral("people"), a.personId);
    if (person.isEmpty()) return tr("the person chosen no longer exists");
    const QString name = person.value(QStringLiteral("name")).toString();
    const QDate from = QDate::fromString(person.value(QStringLiteral("active_from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(person.value(QStringLiteral("active_to")).toString(), Qt::ISODate);
    if ((from.isValid() && from > s.heldOn) || (to.isValid() && to < s.heldOn)) {
        return tr("%1 was not on the staff on the session's day").arg(name);
    }
    if (a.hours != 0 && (!hoursOk(a.hours) || a.hours > s.hours)) {
        return tr("%1's hours must be above 0 and at most the session's %2").arg(name).arg(s.hours);
    }
    if (Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM training_attendance WHERE session_id = :s AND person_id = :p"),
                    {{QStringLiteral("s"), sessionId}, {QStringLiteral("p"), a.personId}})
            .toInt() > 0) {
        return tr("%1 is already recorded as attending this session").arg(name);
    }
    return {};
}

int TrainingService::recordAttendance(qint64 sessionId, const QList<Attendee>& attendees) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Session s = session(sessionId);
    if (s.heldOn > Clock::today()) {
        throw Error(Error::Kind::Invalid, tr("The session is still to come: record who attended once it has been held."));
    }
    if (attendees.isEmpty()) throw Error(Error::Kind::Invalid, tr("Choose the people who attended."));
    QStringList wrong;
    QSet<qint64> seen;
    for (const Attendee& a : attendees) {
        if (seen.contains(a.personId)) continue;
        seen.insert(a.personId);
        if (const QString problem = attendeeProblem(sessionId, s, a); !problem.isEmpty()) wrong << problem;
    }
    if (!wrong.isEmpty()) throw Error(Error::Kind::Invalid, tr("Nothing was recorded: %1.").arg(wrong.join(QStringLiteral("; "))));
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    seen.clear();
    for (const Attendee& a : attendees) {
        if (seen.contains(a.personId)) continue;
        seen.insert(a.personId);
        writer.insert(kAttendance, {{QStringLiteral("session_id"), sessionId},
                                    {QStringLiteral("person_id"), a.personId},
                                    {QStringLiteral("hours"), a.hours == 0 ? s.hours : a.hours},
                                    {QStringLiteral("notes"), QString()}});
    }
    tx.commit();
    return int(seen.size());
}

void TrainingService::updateAttendance(qint64 id, int rowVersion, double hours, const QString& notes) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const QVariantMap r = RecordWriter::read(m_db, kAttendance, id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That attendance no longer exists."));
    const Session s = session(r.value(QStringLiteral("session_id")).toLongLong());
    if (!hoursOk(hours) || hours > s.hours) {
        throw Error(Error::Kind::Invalid, tr("The hours attended must be above 0 and at most the session's %1.").arg(s.hours));
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kAttendance, id, rowVersion,
                                     {{QStringLiteral("hours"), hours}, {QStringLiteral("notes"), notes.trimmed()}});
    tx.commit();
}

void TrainingService::removeAttendance(qint64 id, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, kAttendance, id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That attendance no longer exists."));
    }
    RecordWriter(m_db, grant).remove(kAttendance, id, rowVersion);
    tx.commit();
}

TrainingService::ImportReport TrainingService::importAttendance(qint64 sessionId, const QByteArray& csv) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const Session s = session(sessionId);
    if (s.heldOn > Clock::today()) {
        throw Error(Error::Kind::Invalid, tr("The session is still to come: record who attended once it has been held."));
    }
    ImportReport report;
    const CsvReader::Table table = CsvReader::table(csv, attendanceColumns(), {QStringLiteral("name")});
    report.errors = table.errors;
    if (!report.errors.isEmpty()) return report;
    // People by name, with their unit's name for telling two of one name apart.
    QHash<QString, QList<QPair<qint64, QString>>> people;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT p.id, p.name, COALESCE(u.name, '') FROM people p LEFT JOIN org_units u ON "
                                          "u.id = p.unit_id"));
    while (q.next()) people[q.value(1).toString().trimmed()].append({q.value(0).toLongLong(), q.value(2).toString()});
    q.finish();
    QList<Attendee> attendees;
    QStringList notes;
    QHash<qint64, int> lineOf;
    for (int i = 0; i < table.rows.size(); ++i) {
        const int line = table.line(i);
        const QString name = table.cell(i, "name");
        const QString unit = table.cell(i, "unit");
        QList<QPair<qint64, QString>> matches = people.value(name);
        if (!unit.isEmpty()) {
            matches.removeIf([&](const QPair<qint64, QString>& m) { return m.second != unit; });
        }
        QString problem;
        Attendee a;
        if (name.isEmpty()) {
            problem = tr("the name is missing");
        } else if (matches.isEmpty()) {
            problem = unit.isEmpty() ? tr("there is no one called %1").arg(name) : tr("there is no %1 in %2").arg(name, unit);
        } else if (matches.size() > 1) {
            problem = tr("more than one person is called %1: give the unit").arg(name);
        } else {
            a.personId = matches.first().first;
            const QString hours = table.cell(i, "hours");
            bool number = true;
            if (!hours.isEmpty()) a.hours = hours.toDouble(&number);
            if (!number || (!hours.isEmpty() && a.hours == 0)) {
                problem = tr("“%1” is not a number of hours").arg(hours);
            } else if (lineOf.contains(a.personId)) {
                problem = tr("%1 is already on line %2").arg(name).arg(lineOf.value(a.personId));
            } else {
                problem = attendeeProblem(sessionId, s, a);
            }
        }
        if (!problem.isEmpty()) {
            report.errors.append({line, problem});
            continue;
        }
        lineOf.insert(a.personId, line);
        attendees << a;
        notes << table.cell(i, "notes");
    }
    if (!report.errors.isEmpty()) return report;  // nothing half-recorded
    if (attendees.isEmpty()) {
        report.errors.append({1, tr("the file names no one")});
        return report;
    }
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    for (int i = 0; i < attendees.size(); ++i) {
        const Attendee& a = attendees.at(i);
        writer.insert(kAttendance, {{QStringLiteral("session_id"), sessionId},
                                    {QStringLiteral("person_id"), a.personId},
                                    {QStringLiteral("hours"), a.hours == 0 ? s.hours : a.hours},
                                    {QStringLiteral("notes"), notes.at(i)}});
    }
    tx.commit();
    report.imported = int(attendees.size());
    return report;
}

void TrainingService::check(const Requirement& r) const {
    if (!TrainingStanding::levels().contains(r.level)) throw Error(Error::Kind::Invalid, tr("Choose the responsibility level (A, B or C)."));
    if (!TrainingStanding::audiences().contains(r.audience)) throw Error(Error::Kind::Invalid, tr("Choose who must have the training."));
    if (r.audience == QStringLiteral("role") &&
        (r.roleId == 0 || RecordWriter::read(m_db, QStringLiteral("roles"), r.roleId).isEmpty())) {
        throw Error(Error::Kind::Invalid, tr("Choose the role whose holders must have the training."));
    }
    if (!r.category.isEmpty() && !EnumLabels::personCategories().contains(r.category)) {
        throw Error(Error::Kind::Invalid, tr("Choose a person category, or any."));
    }
    if (!TrainingStanding::kinds().contains(r.kind)) {
        throw Error(Error::Kind::Invalid, tr("Choose whether the training is general or professional."));
    }
    if (!hoursOk(r.hours)) {
        throw Error(Error::Kind::Invalid, tr("The hours a year are a number above 0 and at most %1.").arg(kMostHours));
    }
}

QVariantMap TrainingService::values(const Requirement& r) {
    return {{QStringLiteral("level"), r.level},
            {QStringLiteral("audience"), r.audience},
            {QStringLiteral("role_id"), Sql::idOrNull(r.audience == QStringLiteral("role") ? r.roleId : 0)},
            {QStringLiteral("category"), r.category},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("hours"), r.hours},
            {QStringLiteral("notes"), r.notes.trimmed()}};
}

bool TrainingService::hasOwnRequirements(const QString& level) const {
    return Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM training_requirements WHERE level = :l"),
                       {{QStringLiteral("l"), level}})
               .toInt() > 0;
}

void TrainingService::enterDefaults(const Grant& grant, const QString& level) {
    if (hasOwnRequirements(level)) return;
    RecordWriter writer(m_db, grant);
    for (const TrainingStanding::Rule& rule : TrainingStanding::defaults()) {
        writer.insert(kRequirements, values(Requirement{level, rule.audience, 0, {}, rule.kind, rule.hours, {}}));
    }
}

void TrainingService::enterDefaults(const QString& level) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!TrainingStanding::levels().contains(level)) {
        throw Error(Error::Kind::Invalid, tr("Choose the responsibility level (A, B or C)."));
    }
    if (hasOwnRequirements(level)) {
        throw Error(Error::Kind::Invalid, tr("Level %1 already has its own requirements: change those instead.").arg(level));
    }
    Transaction tx(m_db);
    enterDefaults(grant, level);
    tx.commit();
}

qint64 TrainingService::addRequirement(const Requirement& r) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(r);
    Transaction tx(m_db);
    // A level's first requirement starts from the defaults it followed until then, so that adding
    // one rule does not silently drop the others.
    enterDefaults(grant, r.level);
    const qint64 id = RecordWriter(m_db, grant).insert(kRequirements, values(r));
    tx.commit();
    return id;
}

void TrainingService::updateRequirement(qint64 id, int rowVersion, const Requirement& r) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    check(r);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, kRequirements, id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That training requirement no longer exists."));
    }
    enterDefaults(grant, r.level);
    RecordWriter(m_db, grant).update(kRequirements, id, rowVersion, values(r));
    tx.commit();
}

void TrainingService::removeRequirement(qint64 id, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    if (RecordWriter::read(m_db, kRequirements, id).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That training requirement no longer exists."));
    }
    RecordWriter(m_db, grant).remove(kRequirements, id, rowVersion);
    tx.commit();
}

TrainingService::Requirement TrainingService::requirement(qint64 id, int* rowVersion) const {
    const QVariantMap r = RecordWriter::read(m_db, kRequirements, id);
    if (r.isEmpty()) throw Error(Error::Kind::NotFound, tr("That training requirement no longer exists."));
    if (rowVersion) *rowVersion = r.value(QStringLiteral("row_version")).toInt();
    return {r.value(QStringLiteral("level")).toString(),    r.value(QStringLiteral("audience")).toString(),
            r.value(QStringLiteral("role_id")).toLongLong(), r.value(QStringLiteral("category")).toString(),
            r.value(QStringLiteral("kind")).toString(),     r.value(QStringLiteral("hours")).toDouble(),
            r.value(QStringLiteral("notes")).toString()};
}

QString TrainingService::level(int* rowVersion) const {
    const QVariantMap r = AgencySettings::read(m_db, rowVersion);  // rowVersion 0: never chosen
    return r.isEmpty() ? TrainingStanding::defaultLevel() : r.value(QStringLiteral("responsibility_level")).toString();
}

void TrainingService::setLevel(const QString& level, int rowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!TrainingStanding::levels().contains(level)) {
        throw Error(Error::Kind::Invalid, tr("Choose the responsibility level (A, B or C)."));
    }
    Transaction tx(m_db);
    AgencySettings::write(m_db, grant, {{QStringLiteral("responsibility_level"), level}}, rowVersion);
    tx.commit();
}

TrainingService::Standing TrainingService::standing(qint64 personId, int year, const QDate& asOf) const {
    const QDate until(year, 12, 31);
    const QDate day = qMin(until, asOf);
    Standing s;
    s.personId = personId;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT t.name, t.category, t.need_general, t.got_general, t.need_professional, "
                                          "t.got_professional, t.status FROM %1 t WHERE t.person_id = :p")
                               .arg(TrainingStanding::sql(QStringLiteral(":from"), QStringLiteral(":until"), QStringLiteral(":day"))),
                           {{QStringLiteral("from"), iso(QDate(year, 1, 1))},
                            {QStringLiteral("until"), iso(until)},
                            {QStringLiteral("day"), iso(day)},
                            {QStringLiteral("p"), personId}});
    if (!q.next()) return s;
    s.name = q.value(0).toString();
    s.category = q.value(1).toString();
    s.needGeneral = q.value(2).toDouble();
    s.gotGeneral = q.value(3).toDouble();
    s.needProfessional = q.value(4).toDouble();
    s.gotProfessional = q.value(5).toDouble();
    s.status = q.value(6).toString();
    return s;
}

QList<TrainingService::Attended> TrainingService::attended(qint64 personId, int year) const {
    QList<Attended> out;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT s.held_on, s.title, s.kind, s.provider, a.hours FROM training_attendance a "
                                          "JOIN training_sessions s ON s.id = a.session_id WHERE a.person_id = :p AND "
                                          "s.held_on >= :from AND s.held_on <= :until ORDER BY s.held_on, s.id"),
                           {{QStringLiteral("p"), personId},
                            {QStringLiteral("from"), iso(QDate(year, 1, 1))},
                            {QStringLiteral("until"), iso(QDate(year, 12, 31))}});
    while (q.next()) {
        out << Attended{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toDouble()};
    }
    return out;
}

}  // namespace isms::core
