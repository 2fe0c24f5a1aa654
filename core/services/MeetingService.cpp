#include "MeetingService.h"

#include "MeetingBrief.h"
#include "ActionPlanService.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace isms::core {

namespace {
const QString kMeetings = QStringLiteral("meetings");
const QString kAgenda = QStringLiteral("meeting_agenda_items");
const QString kAttendees = QStringLiteral("meeting_attendees");
const QStringList kKinds{QStringLiteral("management_review"), QStringLiteral("committee"), QStringLiteral("other")};
}  // namespace

MeetingService::MeetingService(Database& db) : m_db(db) {}

QStringList MeetingService::standardInputs() {
    return {QStringLiteral("input_previous_actions"), QStringLiteral("input_issue_changes"),
            QStringLiteral("input_party_needs"),      QStringLiteral("input_nonconformities"),
            QStringLiteral("input_measurements"),     QStringLiteral("input_audit_results"),
            QStringLiteral("input_objectives"),       QStringLiteral("input_party_feedback"),
            QStringLiteral("input_risk"),             QStringLiteral("input_improvement")};
}

Grant MeetingService::check(const Meeting& m) const {
    Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!kKinds.contains(m.kind)) throw Error(Error::Kind::Invalid, tr("Choose the kind of meeting."));
    if (m.title.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Give the meeting a title."));
    if (!m.date.isValid()) throw Error(Error::Kind::Invalid, tr("Give the day of the meeting."));
    if (m.chairPersonId == 0) throw Error(Error::Kind::Invalid, tr("Name the chair of the meeting."));
    for (qint64 person : m.attendees) {
        if (RecordWriter::read(m_db, QStringLiteral("people"), person).isEmpty()) {
            throw Error(Error::Kind::NotFound, tr("An attendee is no longer on record."));
        }
    }
    return grant;
}

void MeetingService::writeAttendees(RecordWriter& writer, qint64 meetingId, const QList<qint64>& attendees) {
    QList<qint64> current;
    QSqlQuery q = Sql::run(m_db.connection(), QStringLiteral("SELECT person_id FROM meeting_attendees WHERE meeting_id = :m"),
                           {{QStringLiteral("m"), meetingId}});
    while (q.next()) current << q.value(0).toLongLong();
    q.finish();
    for (qint64 person : current) {
        if (!attendees.contains(person)) {
            writer.removeLink(kAttendees, {{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("person_id"), person}});
        }
    }
    for (qint64 person : attendees) {
        if (!current.contains(person)) {
            writer.insertLink(kAttendees, {{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("person_id"), person}});
            current << person;  // a person named twice is one attendee
        }
    }
}

qint64 MeetingService::create(const Meeting& m) {
    const Grant grant = check(m);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    const qint64 id = writer.insert(kMeetings, {{QStringLiteral("kind"), m.kind},
                                                {QStringLiteral("title"), m.title.trimmed()},
                                                {QStringLiteral("meeting_date"), m.date},
                                                {QStringLiteral("place"), m.place.trimmed()},
                                                {QStringLiteral("chair_person_id"), m.chairPersonId}});
    writeAttendees(writer, id, m.attendees);
    if (m.kind == QStringLiteral("management_review")) {
        int position = 0;
        for (const QString& input : standardInputs()) {
            writer.insert(kAgenda, {{QStringLiteral("meeting_id"), id},
                                    {QStringLiteral("position"), ++position},
                                    {QStringLiteral("input_key"), input}});
        }
    }
    tx.commit();
    return id;
}

MeetingService::Meeting MeetingService::load(qint64 meetingId) const {
    const QVariantMap row = RecordWriter::read(m_db, kMeetings, meetingId);
    if (row.isEmpty()) throw Error(Error::Kind::NotFound, tr("That meeting no longer exists."));
    Meeting m;
    m.kind = row.value(QStringLiteral("kind")).toString();
    m.title = row.value(QStringLiteral("title")).toString();
    m.date = QDate::fromString(row.value(QStringLiteral("meeting_date")).toString(), Qt::ISODate);
    m.place = row.value(QStringLiteral("place")).toString();
    m.chairPersonId = row.value(QStringLiteral("chair_person_id")).toLongLong();
    m.rowVersion = row.value(QStringLiteral("row_version")).toInt();
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT person_id FROM meeting_attendees WHERE meeting_id = :m ORDER BY person_id"),
                           {{QStringLiteral("m"), meetingId}});
    while (q.next()) m.attendees << q.value(0).toLongLong();
    return m;
}

void MeetingService::update(qint64 meetingId, const Meeting& m) {
    const Grant grant = check(m);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    // The meeting's row_version also guards its attendees: the update comes first, so a stale
    // edit is refused before any attendee changes.
    writer.update(kMeetings, meetingId, m.rowVersion,
                              {{QStringLiteral("kind"), m.kind},
                               {QStringLiteral("title"), m.title.trimmed()},
                               {QStringLiteral("meeting_date"), m.date},
                               {QStringLiteral("place"), m.place.trimmed()},
                               {QStringLiteral("chair_person_id"), m.chairPersonId}});
    writeAttendees(writer, meetingId, m.attendees);
    tx.commit();
}

QList<MeetingService::AgendaItem> MeetingService::agenda(qint64 meetingId) const {
    QList<AgendaItem> out;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, row_version, position, input_key, title, prepared, minutes FROM "
                                          "meeting_agenda_items WHERE meeting_id = :m ORDER BY position, id"),
                           {{QStringLiteral("m"), meetingId}});
    while (q.next()) {
        AgendaItem a;
        a.id = q.value(0).toLongLong();
        a.rowVersion = q.value(1).toInt();
        a.position = q.value(2).toInt();
        a.inputKey = q.value(3).toString();
        a.title = a.inputKey == QStringLiteral("input_other") ? q.value(4).toString() : EnumLabels::label(a.inputKey);
        a.prepared = q.value(5).toString();
        a.minutes = q.value(6).toString();
        out << a;
    }
    return out;
}

qint64 MeetingService::addAgendaItem(qint64 meetingId, const QString& title) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (title.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Give the agenda item a title."));
    if (RecordWriter::read(m_db, kMeetings, meetingId).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That meeting no longer exists."));
    }
    Transaction tx(m_db);
    const int position = Sql::scalar(m_db.connection(),
                                     QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM meeting_agenda_items WHERE "
                                                    "meeting_id = :m"),
                                     {{QStringLiteral("m"), meetingId}})
                             .toInt();
    const qint64 id = RecordWriter(m_db, grant).insert(kAgenda, {{QStringLiteral("meeting_id"), meetingId},
                                                          {QStringLiteral("position"), position + 1},
                                                          {QStringLiteral("input_key"), QStringLiteral("input_other")},
                                                          {QStringLiteral("title"), title.trimmed()}});
    tx.commit();
    return id;
}

void MeetingService::saveAgendaItem(qint64 itemId, int rowVersion, const QString& prepared, const QString& minutes) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kAgenda, itemId, rowVersion,
                              {{QStringLiteral("prepared"), prepared.trimmed()}, {QStringLiteral("minutes"), minutes.trimmed()}});
    tx.commit();
}

QString MeetingService::decisions(qint64 meetingId, int* rowVersion) const {
    const QVariantMap row = RecordWriter::read(m_db, kMeetings, meetingId);
    if (row.isEmpty()) throw Error(Error::Kind::NotFound, tr("That meeting no longer exists."));
    if (rowVersion) *rowVersion = row.value(QStringLiteral("row_version")).toInt();
    return row.value(QStringLiteral("decisions")).toString();
}

void MeetingService::saveDecisions(qint64 meetingId, int rowVersion, const QString& decisions) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(kMeetings, meetingId, rowVersion, {{QStringLiteral("decisions"), decisions.trimmed()}});
    tx.commit();
}

int MeetingService::prepare(qint64 meetingId, const QDate& today, bool replace) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    const MeetingBrief brief(m_db, meetingId, today);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    int filled = 0;
    for (const AgendaItem& item : agenda(meetingId)) {
        if (!item.prepared.isEmpty() && !replace) continue;
        const QString text = brief.text(item.inputKey);
        if (text.isEmpty() || text == item.prepared) continue;
        writer.update(kAgenda, item.id, item.rowVersion, {{QStringLiteral("prepared"), text}});
        ++filled;
    }
    tx.commit();
    return filled;
}

qint64 MeetingService::addFollowUp(qint64 meetingId, ActionItem item) {
    m_db.require(UserRole::Permission::EditRecords);
    if (RecordWriter::read(m_db, kMeetings, meetingId).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That meeting no longer exists."));
    }
    item.id = 0;
    item.meetingId = meetingId;
    if (item.planYear == 0 && item.dueDate.isValid()) item.planYear = item.dueDate.year();
    return ActionPlanService(m_db).save(item);
}

}  // namespace isms::core
