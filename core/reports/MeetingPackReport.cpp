#include "MeetingPackReport.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include "PlanReports.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/MeetingBrief.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

namespace isms::reports {

using core::Language;

namespace {

struct Person {
    QString name;
    QString role;  // title and unit
};

QList<Person> attendees(core::Database& db, qint64 meetingId) {
    QList<Person> out;
    QSqlQuery q = core::Sql::run(
        db.connection(),
        QStringLiteral("SELECT p.name, p.title, u.name FROM meeting_attendees t JOIN people p ON "
                       "p.id = t.person_id LEFT JOIN org_units u ON u.id = p.unit_id WHERE "
                       "t.meeting_id = :m ORDER BY u.name, p.name"),
        {{QStringLiteral("m"), meetingId}});
    while (q.next()) {
        out << Person{q.value(0).toString(),
                      QStringList{q.value(2).toString(), q.value(1).toString()}
                          .filter(QRegularExpression(QStringLiteral("\\S")))
                          .join(QLatin1Char(' '))};
    }
    return out;
}

QString personName(core::Database& db, qint64 id) {
    return core::Sql::scalar(db.connection(),
                             QStringLiteral("SELECT name FROM people WHERE id = :id"),
                             {{QStringLiteral("id"), id}})
        .toString();
}

}  // namespace

TableReport MeetingPackReport::build(core::Database& db, qint64 meetingId, const QDate& day) {
    core::MeetingService meetings(db);
    const auto meeting = meetings.load(meetingId);
    const core::MeetingBrief brief(db, meetingId, day);
    const QList<Person> people = attendees(db, meetingId);
    QList<TableReport::Part> parts;

    QStringList names;
    for (const Person& p : people) names << p.name;
    parts.append(
        {tr("Meeting"),
         {tr("Date: %1").arg(Language::longDate(meeting.date)), tr("Place: %1").arg(meeting.place),
          tr("Chair: %1").arg(personName(db, meeting.chairPersonId)),
          tr("Attendees: %1").arg(names.join(tr(", "))),
          tr("Prepared on %1 from the records of ISMS Desk.").arg(Language::longDate(day))}});

    const auto agenda = meetings.agenda(meetingId);
    TableReport::Part agendaPart{tr("Agenda")};
    for (int i = 0; i < agenda.size(); ++i) {
        agendaPart.items.append(
            {QStringLiteral("%1. %2").arg(i + 1).arg(agenda[i].title), agenda[i].prepared});
    }
    if (agenda.isEmpty()) agendaPart.paragraphs << tr("No agenda items yet.");
    parts.append(agendaPart);

    for (const auto& document : core::PolicyRepository(db).documents()) {
        TableReport::Part part;
        try {
            part = PlanReports::objectivesPart(db, document.code, meeting.date.year());
        } catch (const core::Error&) {
            continue;  // no version in force
        }
        if (part.sections.isEmpty()) continue;
        part.heading = tr("Objective effectiveness %1 (%2)")
                           .arg(PlanReports::yearText(meeting.date.year()), document.code);
        part.newPage = true;
        parts.append(part);
    }

    TableReport::Part findings{tr("Open findings")};
    findings.headers =
        QStringList{tr("Audit"), tr("Type"), tr("Clause"), tr("Finding"), tr("Corrective action"),
                    tr("Owner"), tr("Due"),  tr("Status")};
    findings.widths = {13, 10, 10, 21, 20, 9, 8, 9};
    TableReport::Section open;
    for (const auto& f : brief.openFindings()) {
        open.rows << QStringList{f.audit,
                                 core::EnumLabels::label(f.kind),
                                 f.clause,
                                 f.description,
                                 f.action,
                                 f.owner,
                                 Language::shortDate(f.due),
                                 f.actionStatus.isEmpty()
                                     ? tr("No action yet")
                                     : core::EnumLabels::label(f.actionStatus)};
    }
    if (open.rows.isEmpty()) findings.paragraphs << tr("No finding is open.");
    findings.sections << open;
    findings.newPage = true;
    parts.append(findings);

    TableReport::Part overdue{tr("Overdue actions on %1").arg(Language::longDate(day))};
    overdue.headers =
        QStringList{tr("Kind"), tr("What will be done"), tr("Owner"), tr("Due"), tr("Status")};
    overdue.widths = {14, 50, 14, 10, 12};
    TableReport::Section late;
    for (const auto& a : brief.overdueActions()) {
        late.rows << QStringList{a.corrective ? tr("Corrective action") : tr("Action item"),
                                 a.title, a.owner, Language::shortDate(a.due),
                                 core::EnumLabels::label(a.status)};
    }
    if (late.rows.isEmpty()) overdue.paragraphs << tr("No action is overdue.");
    overdue.sections << late;
    parts.append(overdue);

    const QStringList followUpHeaders{tr("What will be done"), tr("Owner"), tr("Due"), tr("Status"),
                                      tr("Measured result")};
    const QList<qreal> followUpWidths{40, 14, 10, 14, 22};
    auto followUpRows = [&](qint64 id) {
        TableReport::Section section;
        for (const auto& f : brief.followUps(id)) {
            section.rows << QStringList{
                f.title, f.owner, Language::shortDate(f.due),
                QStringLiteral("%1 %2%").arg(core::EnumLabels::label(f.status)).arg(f.progress),
                f.result};
        }
        return section;
    };
    const qint64 previous = brief.previousMeeting();
    TableReport::Part before{tr("Follow-ups of the previous meeting")};
    if (previous == 0) {
        before.paragraphs << tr("No earlier meeting of this kind is on record.");
    } else {
        const auto earlier = meetings.load(previous);
        before.paragraphs << QStringLiteral("%1, %2").arg(earlier.title,
                                                          Language::longDate(earlier.date));
        before.headers = followUpHeaders;
        before.widths = followUpWidths;
        before.sections << followUpRows(previous);
        if (before.sections.first().rows.isEmpty())
            before.paragraphs << tr("The previous meeting set no follow-up actions.");
    }
    parts.append(before);

    // The minutes, once there is something to sign.
    int rowVersion = 0;
    const QString decisions = meetings.decisions(meetingId, &rowVersion);
    bool minuted = !decisions.isEmpty();
    for (const auto& item : agenda) minuted = minuted || !item.minutes.isEmpty();
    if (minuted) {
        TableReport::Part minutes{tr("Minutes")};
        minutes.newPage = true;
        for (int i = 0; i < agenda.size(); ++i) {
            minutes.items.append(
                {QStringLiteral("%1. %2").arg(i + 1).arg(agenda[i].title),
                 agenda[i].minutes.isEmpty() ? tr("(nothing minuted)") : agenda[i].minutes});
        }
        parts.append(minutes);
        parts.append(
            {tr("Decisions"), {decisions.isEmpty() ? tr("No decisions recorded.") : decisions}});
        TableReport::Part set{tr("Follow-up actions set by this meeting")};
        set.headers = followUpHeaders;
        set.widths = followUpWidths;
        set.sections << followUpRows(meetingId);
        if (set.sections.first().rows.isEmpty()) set.paragraphs << tr("None.");
        parts.append(set);
        TableReport::Part signatures{tr("Attendees' signatures")};
        signatures.headers = QStringList{tr("Name"), tr("Unit and title"), tr("Signature")};
        signatures.widths = {25, 35, 40};
        signatures.signatures = true;
        TableReport::Section rows;
        for (const Person& p : people) rows.rows << QStringList{p.name, p.role, QString()};
        signatures.sections << rows;
        parts.append(signatures);
    }
    return TableReport(
        meeting.title,
        tr("Meeting pack — %1, %2")
            .arg(core::EnumLabels::label(meeting.kind), Language::longDate(meeting.date)),
        parts, core::AuditLog(db).head());
}

}  // namespace isms::reports
