#include "MeetingBrief.h"

#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/Overdue.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QSqlQuery>

namespace isms::core {

namespace {
QDate dateOf(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
QString bullet(const QString& line) { return QStringLiteral("• ") + line; }
}  // namespace

MeetingBrief::MeetingBrief(Database& db, qint64 meetingId, const QDate& day)
    : m_db(db), m_meetingId(meetingId), m_day(day) {
    QSqlQuery q = Sql::run(db.connection(), QStringLiteral("SELECT kind, meeting_date FROM meetings WHERE id = :id"),
                           {{QStringLiteral("id"), meetingId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That meeting no longer exists."));
    m_kind = q.value(0).toString();
    m_meetingDate = dateOf(q.value(1));
}

qint64 MeetingBrief::previousMeeting() const {
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT id FROM meetings WHERE kind = :k AND (meeting_date < :d OR (meeting_date "
                                      "= :d AND id < :id)) ORDER BY meeting_date DESC, id DESC LIMIT 1"),
                       {{QStringLiteral("k"), m_kind}, {QStringLiteral("d"), iso(m_meetingDate)},
                        {QStringLiteral("id"), m_meetingId}})
        .toLongLong();
}

QList<MeetingBrief::FollowUp> MeetingBrief::followUps(qint64 meetingId) const {
    QList<FollowUp> out;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT a.title, p.name, a.due_date, a.status, a.progress, a.measured_result "
                                          "FROM action_items a LEFT JOIN people p ON p.id = a.owner_person_id WHERE "
                                          "a.meeting_id = :m ORDER BY a.due_date, a.id"),
                           {{QStringLiteral("m"), meetingId}});
    while (q.next()) {
        out << FollowUp{q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)), q.value(3).toString(),
                        q.value(4).toInt(),    q.value(5).toString()};
    }
    return out;
}

QList<MeetingBrief::OpenFinding> MeetingBrief::openFindings() const {
    QList<OpenFinding> out;
    // A finding's latest corrective action, if it has one.
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT a.title, a.start_date, f.kind, f.clause, f.description, c.action, p.name, c.due_date, "
                       "c.status FROM findings f JOIN audits a ON a.id = f.audit_id LEFT JOIN corrective_actions c ON "
                       "c.id = (SELECT MAX(id) FROM corrective_actions x WHERE x.finding_id = f.id) LEFT JOIN people p "
                       "ON p.id = c.owner_person_id WHERE f.status = 'open' ORDER BY a.start_date, f.id"));
    while (q.next()) {
        out << OpenFinding{q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), dateOf(q.value(7)),
                           q.value(8).toString()};
    }
    return out;
}

QList<MeetingBrief::OverdueAction> MeetingBrief::overdueActions() const {
    QList<OverdueAction> out;
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT 0, a.title, p.name, a.due_date, a.status FROM action_items a LEFT JOIN people p ON p.id = "
                       "a.owner_person_id WHERE %1 UNION ALL SELECT 1, c.action, p.name, c.due_date, c.status FROM "
                       "corrective_actions c LEFT JOIN people p ON p.id = c.owner_person_id WHERE %2 ORDER BY 4, 2")
            .arg(Overdue::actionItemSql(QStringLiteral("a"), QStringLiteral("d")),
                 Overdue::correctiveActionSql(QStringLiteral("c"), QStringLiteral("d"))),
        {{QStringLiteral("d"), iso(m_day)}});
    while (q.next()) {
        out << OverdueAction{q.value(0).toInt() == 1, q.value(1).toString(), q.value(2).toString(), dateOf(q.value(3)),
                             q.value(4).toString()};
    }
    return out;
}

QList<MeetingBrief::AuditLine> MeetingBrief::audits() const {
    QList<AuditLine> out;
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT a.title, a.start_date, a.end_date, (SELECT COUNT(*) FROM findings f WHERE f.audit_id = "
                       "a.id), (SELECT COUNT(*) FROM findings f WHERE f.audit_id = a.id AND f.kind IN ('major', "
                       "'minor')), (SELECT COUNT(*) FROM findings f WHERE f.audit_id = a.id AND f.status = 'open') "
                       "FROM audits a WHERE a.start_date > :from AND a.start_date <= :to ORDER BY a.start_date, a.id"),
        {{QStringLiteral("from"), iso(m_meetingDate.addYears(-1))}, {QStringLiteral("to"), iso(m_meetingDate)}});
    while (q.next()) {
        out << AuditLine{q.value(0).toString(), dateOf(q.value(1)), dateOf(q.value(2)), q.value(3).toInt(),
                         q.value(4).toInt(),    q.value(5).toInt()};
    }
    return out;
}

QList<MeetingBrief::DrillLine> MeetingBrief::drills() const {
    QList<DrillLine> out;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT period_year, period_half, emails_sent, opened, clicked, passed FROM drills "
                                          "WHERE period_year BETWEEN :a AND :b ORDER BY period_year, period_half, id"),
                           {{QStringLiteral("a"), m_meetingDate.year() - 1}, {QStringLiteral("b"), m_meetingDate.year()}});
    while (q.next()) {
        const double sent = q.value(2).toDouble();
        out << DrillLine{q.value(0).toInt(), q.value(1).toInt(), sent > 0 ? 100.0 * q.value(3).toDouble() / sent : 0,
                         sent > 0 ? 100.0 * q.value(4).toDouble() / sent : 0, q.value(5).toInt() == 1};
    }
    return out;
}

QList<MeetingBrief::ObjectiveLine> MeetingBrief::objectives() const {
    QList<ObjectiveLine> out;
    const int year = m_meetingDate.year();
    for (const auto& document : PolicyRepository(m_db).documents()) {
        QList<ObjectiveService::Standing> standings;
        try {
            standings = ObjectiveService(m_db).standings(document.code, year);
        } catch (const Error&) {
            continue;  // no version in force: no objectives to report
        }
        for (const auto& s : standings) {
            QSqlQuery q = Sql::run(m_db.connection(),
                                   QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) FROM "
                                                  "action_items WHERE objective_id = :o AND plan_year = :y"),
                                   {{QStringLiteral("o"), s.objectiveId}, {QStringLiteral("y"), year}});
            q.next();
            out << ObjectiveLine{document.code, s, q.value(0).toInt(), q.value(1).toInt()};
        }
    }
    return out;
}

QString MeetingBrief::text(const QString& inputKey) const {
    if (inputKey == QStringLiteral("input_previous_actions")) return previousActionsText();
    if (inputKey == QStringLiteral("input_nonconformities")) return nonconformitiesText();
    if (inputKey == QStringLiteral("input_measurements")) return measurementsText();
    if (inputKey == QStringLiteral("input_audit_results")) return auditsText();
    if (inputKey == QStringLiteral("input_objectives")) return objectivesText();
    return {};
}

QString MeetingBrief::previousActionsText() const {
    const qint64 previous = previousMeeting();
    if (previous == 0) return tr("No earlier meeting of this kind is on record.");
    const QList<FollowUp> items = followUps(previous);
    if (items.isEmpty()) return tr("The previous meeting set no follow-up actions.");
    QStringList lines;
    for (const FollowUp& f : items) {
        lines << bullet(tr("%1 — %2, due %3: %4 (%5%)")
                            .arg(f.title, f.owner, Language::shortDate(f.due), EnumLabels::label(f.status))
                            .arg(f.progress));
    }
    return lines.join(QLatin1Char('\n'));
}

QString MeetingBrief::nonconformitiesText() const {
    QStringList lines;
    const QList<OpenFinding> findings = openFindings();
    lines << tr("Open findings: %n", nullptr, int(findings.size()));
    for (const OpenFinding& f : findings) {
        const QString action = f.action.isEmpty()
                                   ? tr("no corrective action yet")
                                   : tr("%1 (%2, due %3, %4)")
                                         .arg(f.action, f.owner, Language::shortDate(f.due), EnumLabels::label(f.actionStatus));
        lines << bullet(tr("%1 %2 — %3; %4").arg(EnumLabels::label(f.kind), f.clause, f.description, action).simplified());
    }
    const QList<OverdueAction> overdue = overdueActions();
    lines << tr("Overdue actions on %1: %n", nullptr, int(overdue.size())).arg(Language::shortDate(m_day));
    for (const OverdueAction& a : overdue) {
        lines << bullet(tr("%1 — %2, due %3 (%4)").arg(a.title, a.owner, Language::shortDate(a.due), EnumLabels::label(a.status)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString MeetingBrief::measurementsText() const {
    const QLocale locale;
    QStringList lines;
    for (const ObjectiveLine& o : objectives()) {
        const auto& s = o.standing;
        if (s.indicator.isEmpty()) continue;
        const QString value = Language::quantity(s.latest, s.unit);
        lines << bullet(s.hasLatest ? tr("Objective %1, %2: %3 (period ending %4), %n measurement(s) this year", nullptr,
                                         s.measurements)
                                          .arg(s.number)
                                          .arg(s.indicator, value, Language::shortDate(s.latestPeriodEnd))
                                    : tr("Objective %1, %2: not measured this year").arg(s.number).arg(s.indicator));
    }
    for (const DrillLine& d : drills()) {
        lines << bullet(tr("Social-engineering drill %1 H%2: opened %3%, clicked %4% — %5")
                            .arg(Language::isChinese() ? d.year - RocDate::kYearOffset : d.year)
                            .arg(d.half)
                            .arg(locale.toString(d.openRate, 'f', 1), locale.toString(d.clickRate, 'f', 1),
                                 EnumLabels::label(d.passed ? QStringLiteral("passed") : QStringLiteral("failed"))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString MeetingBrief::auditsText() const {
    const QList<AuditLine> lines = audits();
    if (lines.isEmpty()) return tr("No internal audit in the twelve months before the meeting.");
    QStringList out;
    for (const AuditLine& a : lines) {
        out << bullet(tr("%1 (%2 – %3): %4 finding(s), %5 nonconformity(ies), %6 still open")
                          .arg(a.title, Language::shortDate(a.start), Language::shortDate(a.end.isValid() ? a.end : a.start))
                          .arg(a.findings)
                          .arg(a.nonconformities)
                          .arg(a.open));
    }
    return out.join(QLatin1Char('\n'));
}

QString MeetingBrief::objectivesText() const {
    QStringList lines;
    for (const ObjectiveLine& o : objectives()) {
        const auto& s = o.standing;
        const QString target = s.indicator.isEmpty()
                                   ? tr("no indicator yet")
                                   : QStringLiteral("%1 %2 %3")
                                         .arg(s.indicator, EnumLabels::label(s.direction), Language::quantity(s.target, s.unit))
                                         .simplified();
        const QString latest = s.hasLatest ? Language::quantity(s.latest, s.unit)
                                           : tr("no measurement");
        lines << bullet(tr("Objective %1: %2 — %3; latest %4; %5; action items done %6 of %7")
                            .arg(s.number)
                            .arg(s.text, target, latest, ObjectiveStatus::label(s.status))
                            .arg(o.actionItemsDone)
                            .arg(o.actionItems));
    }
    if (lines.isEmpty()) return tr("No policy in force has objectives.");
    return lines.join(QLatin1Char('\n'));
}

}  // namespace isms::core
