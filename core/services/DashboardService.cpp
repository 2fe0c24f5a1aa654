#include "DashboardService.h"

#include "AcknowledgementService.h"
#include "domain/Error.h"
#include "domain/ActionItem.h"
#include "domain/Clock.h"
#include "domain/DrillResult.h"
#include "domain/IndicatorSource.h"
#include "domain/Overdue.h"
#include "domain/VersionStanding.h"
#include "services/DrillService.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <QSet>
#include <QSqlQuery>

namespace isms::core {

namespace {
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
}  // namespace

DashboardService::DashboardService(Database& db) : m_db(db) {}

DashboardService::Figures DashboardService::compute(int year, const QDate& today) const {
    Figures f;
    f.year = year;
    f.today = today;
    for (const auto status : {ObjectiveStatus::Met, ObjectiveStatus::AtRisk, ObjectiveStatus::NotMet, ObjectiveStatus::NoData}) {
        f.objectiveStatus.insert(status, 0);
    }
    f.objectives = objectives(year);
    for (const ObjectiveLine& o : f.objectives) ++f.objectiveStatus[o.status];
    actionPlan(f);
    // The review cycles (policy, management review, audit, drill, custom); measurements due are
    // the objectives' business, shown with them.
    for (const auto& r : ReviewCalendar(m_db).agenda(today, 60)) {
        if (r.kind != QStringLiteral("objective")) f.reviews << r;
    }
    for (const auto& r : f.reviews) {
        const bool late = r.state == ReviewSchedule::State::Overdue || r.state == ReviewSchedule::State::NeverDone;
        ++(late ? f.reviewsOverdue : f.reviewsDue);
    }
    drills(f);
    audits(f);
    policies(f);
    return f;
}

QList<DashboardService::ObjectiveLine> DashboardService::objectives(int year) const {
    QList<ObjectiveLine> out;
    const ObjectiveService service(m_db);
    for (const auto& document : PolicyRepository(m_db).documents()) {
        QList<ObjectiveService::Standing> standings;
        try {
            standings = service.standings(document.code, year);
        } catch (const Error&) {
            continue;  // no version in force
        }
        for (const auto& s : standings) {
            ObjectiveLine o{s.objectiveId, document.code, s.number,   s.text,      s.indicator, s.unit,
                            s.direction,   s.target,      s.hasLatest, s.latest,   s.status,    {}};
            o.source = s.source;
            o.systemIds = s.systemIds;
            o.live = s.latestIsLive;
            o.liveFrom = s.livePeriod.start;
            o.liveTo = s.livePeriod.end;
            o.basis = s.liveBasis;
            QSqlQuery q = Sql::run(m_db.connection(),
                                   QStringLiteral("SELECT period_end, value FROM measurements WHERE objective_id = :o "
                                                  "AND period_end <= :end ORDER BY period_end DESC, id DESC LIMIT 8"),
                                   {{QStringLiteral("o"), s.objectiveId}, {QStringLiteral("end"), iso(QDate(year, 12, 31))}});
            while (q.next()) o.trend.prepend({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toDouble()});
            // The value computed now ends the trend, as it ends the status.
            if (o.live) o.trend.append({o.liveTo, o.latest});
            out << o;
        }
    }
    return out;
}

void DashboardService::actionPlan(Figures& f) const {
    const QVariantMap y{{QStringLiteral("y"), f.year}};
    for (const QString& status : ActionItem::statuses()) f.itemsByStatus.insert(status, 0);
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT status, COUNT(*) FROM action_items WHERE plan_year = :y GROUP BY status"), y);
    while (q.next()) {
        f.itemsByStatus[q.value(0).toString()] = q.value(1).toInt();
        f.items += q.value(1).toInt();
    }
    const QVariantMap late{{QStringLiteral("y"), f.year}, {QStringLiteral("today"), iso(f.today)}};
    const QString overdue = QStringLiteral("FROM action_items a WHERE a.plan_year = :y AND ") +
                            Overdue::actionItemSql(QStringLiteral("a"), QStringLiteral("today"));
    f.itemsOverdue = Sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) ") + overdue, late).toInt();
    QSqlQuery oldest = Sql::run(m_db.connection(),
                                QStringLiteral("SELECT title, due_date ") + overdue + QStringLiteral(" ORDER BY due_date, id LIMIT 1"),
                                late);
    if (oldest.next()) {
        f.oldestOverdue = oldest.value(0).toString();
        f.oldestOverdueDue = QDate::fromString(oldest.value(1).toString(), Qt::ISODate);
    }
    QSqlQuery units = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT COALESCE(u.id, 0), u.name, COUNT(*), SUM(CASE WHEN a.status = 'done' THEN 1 ELSE 0 END) "
                       "FROM action_items a LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN org_units u ON "
                       "u.id = p.unit_id WHERE a.plan_year = :y AND a.status <> 'cancelled' GROUP BY COALESCE(u.id, 0), "
                       "u.name ORDER BY u.name"),
        y);
    while (units.next()) {
        f.units << UnitLine{units.value(0).toLongLong(),
                            units.value(1).isNull() ? tr("(no unit)") : units.value(1).toString(), units.value(2).toInt(),
                            units.value(3).toInt()};
    }
}

void DashboardService::drills(Figures& f) const {
    // Half-years numbered year * 2 + half - 1, so "the last four" is a range.
    const int last = f.year * 2 + 1;
    QMap<int, HalfYear> found;
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT period_year, period_half, COUNT(*), SUM(emails_sent), SUM(opened), SUM(clicked), "
                       "MIN(open_threshold), MIN(click_threshold), MIN(passed) FROM drills WHERE period_year BETWEEN :a "
                       "AND :b GROUP BY period_year, period_half"),
        {{QStringLiteral("a"), f.year - 1}, {QStringLiteral("b"), f.year}});
    while (q.next()) {
        HalfYear h;
        h.year = q.value(0).toInt();
        h.half = q.value(1).toInt();
        h.drills = q.value(2).toInt();
        h.sent = q.value(3).toInt();
        h.openRate = h.sent > 0 ? 100.0 * q.value(4).toDouble() / h.sent : 0;
        h.clickRate = h.sent > 0 ? 100.0 * q.value(5).toDouble() / h.sent : 0;
        h.openThreshold = q.value(6).toDouble();
        h.clickThreshold = q.value(7).toDouble();
        h.passed = q.value(8).toInt() == 1;
        found.insert(h.year * 2 + h.half - 1, h);
    }
    // Missing by the Drills page's own rule, so that the two never disagree.
    const DrillService service(m_db);
    QSet<int> missing;
    for (const auto& m : service.missing(service.dueSince(), f.today)) missing.insert(m.year * 2 + m.half - 1);
    for (int n = last - 3; n <= last; ++n) {
        HalfYear h = found.value(n);
        h.year = n / 2;
        h.half = n % 2 + 1;
        h.ended = DrillResult::halfEnd(h.year, h.half) < f.today;
        h.missing = missing.contains(n);
        f.drills << h;
    }
}

void DashboardService::audits(Figures& f) const {
    for (const char* kind : {"major", "minor", "observation", "opportunity"}) f.openFindings.insert(QString::fromLatin1(kind), 0);
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT kind, COUNT(*) FROM findings WHERE status = 'open' GROUP BY kind"));
    while (q.next()) f.openFindings[q.value(0).toString()] = q.value(1).toInt();
    f.correctiveOverdue = Sql::scalar(m_db.connection(),
                                      QStringLiteral("SELECT COUNT(*) FROM corrective_actions c WHERE ") +
                                          Overdue::correctiveActionSql(QStringLiteral("c"), QStringLiteral("today")),
                                      {{QStringLiteral("today"), iso(f.today)}})
                              .toInt();
}

void DashboardService::policies(Figures& f) const {
    const PolicyRepository repository(m_db);
    const AcknowledgementService acknowledgements(m_db);
    for (const auto& document : repository.documents()) {
        const auto standings = repository.standings(document.id, f.today);
        const VersionStanding* current = VersionStanding::inForce(standings);
        if (!current) continue;
        const VersionSummary& v = current->version;
        // The version's audience as its communication events define it, active today.
        const auto total = AcknowledgementService::total(acknowledgements.audience(v.id, f.today));
        Policy p{v.id, v.code, v.version, v.title, v.effectiveDate, total.acknowledged, total.audience, {}, {}};
        // The chair hears of a revision before its day, not on it.
        if (const VersionStanding* next = VersionStanding::nextScheduled(standings); next && next->published()) {
            p.nextVersion = next->version.version;
            p.nextEffective = next->since;
        }
        f.policies << p;
    }
}

QString DashboardService::ObjectiveLine::drillKey() const {
    if (!live) return QStringLiteral("measurements:%1").arg(objectiveId);
    QStringList ids;
    for (qint64 id : systemIds) ids << QString::number(id);
    const QString key = QStringLiteral("source:%1:%2:%3").arg(source, iso(liveFrom), iso(liveTo));
    return ids.isEmpty() ? key : key + QLatin1Char(':') + ids.join(QLatin1Char(','));
}

DashboardService::DrillDown DashboardService::drillDown(const QString& key, int year, const QDate& today) {
    const QStringList part = key.split(QLatin1Char(':'));
    const QString kind = part.value(0);
    const QVariant y = year;
    if (kind == QStringLiteral("items_status")) {
        return {QStringLiteral("action_items"), {{QStringLiteral("year"), y}, {QStringLiteral("status"), part.value(1)}}};
    }
    if (kind == QStringLiteral("items_overdue")) {
        return {QStringLiteral("action_items"), {{QStringLiteral("year"), y}, {QStringLiteral("overdue"), iso(today)}}};
    }
    if (kind == QStringLiteral("items_unit")) {
        return {QStringLiteral("action_items"),
                {{QStringLiteral("year"), y}, {QStringLiteral("unit_active"), part.value(1).toLongLong()}}};
    }
    if (kind == QStringLiteral("measurements")) {
        return {QStringLiteral("measurements"), {{QStringLiteral("objective"), part.value(1).toLongLong()}}};
    }
    if (kind == QStringLiteral("findings")) {
        return {QStringLiteral("findings"), {{QStringLiteral("kind"), part.value(1)}, {QStringLiteral("status"), QStringLiteral("open")}}};
    }
    if (kind == QStringLiteral("corrective_overdue")) {
        return {QStringLiteral("corrective_actions"), {{QStringLiteral("overdue"), iso(today)}}};
    }
    if (kind == QStringLiteral("drills")) {
        return {QStringLiteral("drills"), {{QStringLiteral("year"), part.value(1).toInt()}, {QStringLiteral("half"), part.value(2).toInt()}}};
    }
    if (kind == QStringLiteral("source")) {
        // What the computation counts as it stands today (IndicatorComputer, the same conditions).
        IndicatorSource::Kind source;
        if (!IndicatorSource::fromKey(part.value(1), &source)) return {};
        const QString from = part.value(2);
        const QString until = part.value(3);
        const QString last = qMin(until, iso(today));
        switch (source) {
        case IndicatorSource::Kind::SeniorAttendance:
            return {QStringLiteral("meetings"),
                    {{QStringLiteral("kind"), QStringLiteral("management_review")},
                     {QStringLiteral("from"), from},
                     {QStringLiteral("until"), last}}};
        case IndicatorSource::Kind::CorrectiveOnTime:
            return {QStringLiteral("corrective_actions"),
                    {{QStringLiteral("due_from"), from}, {QStringLiteral("due_until"), until}, {QStringLiteral("judged"), iso(today)}}};
        case IndicatorSource::Kind::ComplianceFindings:
            return {QStringLiteral("findings"), {{QStringLiteral("unresolved_at"), last}}};
        case IndicatorSource::Kind::Availability: {
            // The unplanned outages overlapping the period so far (moments are stored in UTC).
            const QString start = QDateTime(QDate::fromString(from, Qt::ISODate), QTime(0, 0)).toUTC().toString(Qt::ISODate);
            const QString end =
                qMin(QDateTime(QDate::fromString(until, Qt::ISODate).addDays(1), QTime(0, 0)).toUTC(), Clock::nowUtc())
                    .toString(Qt::ISODate);
            return {QStringLiteral("outages"),
                    {{QStringLiteral("systems"), part.value(4)},
                     {QStringLiteral("unplanned"), 0},
                     {QStringLiteral("ended_after"), start},
                     {QStringLiteral("started_before"), end}}};
        }
        case IndicatorSource::Kind::Training:
            // The people counted: those who must have training, on the staff at the year's end
            // (today, for the running year), as the Training page lists them.
            return {QStringLiteral("training_standing"),
                    {{QStringLiteral("year"), QDate::fromString(from, Qt::ISODate).year()}, {QStringLiteral("counted"), 1}}};
        case IndicatorSource::Kind::UnauthorisedIncidents:
        case IndicatorSource::Kind::IncidentsReportedInTime: {
            // The incidents that became known in the period so far (objective 4: only those of
            // unauthorised access or alteration).
            QVariantMap filters{
                {QStringLiteral("kind"), QStringLiteral("incident")},
                {QStringLiteral("known_from"), QDateTime(QDate::fromString(from, Qt::ISODate), QTime(0, 0)).toUTC().toString(Qt::ISODate)},
                {QStringLiteral("known_before"),
                 QDateTime(QDate::fromString(last, Qt::ISODate).addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate)}};
            if (source == IndicatorSource::Kind::UnauthorisedIncidents) filters.insert(QStringLiteral("unauthorised"), 1);
            return {QStringLiteral("incidents"), filters};
        }
        case IndicatorSource::Kind::Manual:
        case IndicatorSource::Kind::Drills: break;
        }
        return {};
    }
    if (kind == QStringLiteral("acknowledgements")) {
        // Who counts in the figure: people active on the day (the audience's rule).
        return {QStringLiteral("acknowledgements"),
                {{QStringLiteral("version"), part.value(1).toLongLong()}, {QStringLiteral("active"), today.toString(Qt::ISODate)}}};
    }
    return {};
}

}  // namespace isms::core
