#include "OverviewService.h"

#include "domain/ReviewSchedule.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace isms::core {

OverviewService::OverviewService(Database& db) : m_db(db) {}

int OverviewService::count(const QString& sql, const QVariantMap& values) const {
    return Sql::scalar(m_db.connection(), sql, values).toInt();
}

OverviewService::Figures OverviewService::compute(int year, const QDate& today) const {
    Figures f;
    const QVariantMap y{{QStringLiteral("year"), year}};
    const QString yearStart = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString yearEnd = QDate(year, 12, 31).toString(Qt::ISODate);
    const QString todayIso = today.toString(Qt::ISODate);

    // The version in force today for each document (one published ahead of its date waits).
    const PolicyRepository repository(m_db);
    for (const auto& document : repository.documents()) {
        const VersionSummary v = repository.inForce(document.code, today);
        if (v.status == VersionStatus::Published || v.status == VersionStatus::Superseded) {
            f.publishedPolicies.append({v.code, v.version, v.title, v.effectiveDate});
        }
    }
    f.objectives = count(QStringLiteral("SELECT COUNT(*) FROM objectives o JOIN document_versions v ON "
                                        "v.id = o.version_id WHERE v.status = 'published'"),
                         {});
    f.objectivesMeasured = count(
        QStringLiteral("SELECT COUNT(*) FROM objectives o JOIN document_versions v ON v.id = o.version_id "
                       "WHERE v.status = 'published' AND EXISTS (SELECT 1 FROM measurements m WHERE "
                       "m.objective_id = o.id AND m.period_end BETWEEN :a AND :b)"),
        {{QStringLiteral("a"), yearStart}, {QStringLiteral("b"), yearEnd}});
    f.actionItems = count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE plan_year = :year"), y);
    f.actionItemsDone =
        count(QStringLiteral("SELECT COUNT(*) FROM action_items WHERE plan_year = :year AND status = 'done'"), y);
    f.actionItemsOverdue = count(
        QStringLiteral("SELECT COUNT(*) FROM action_items WHERE plan_year = :year AND due_date < :today AND "
                       "status NOT IN ('done', 'cancelled')"),
        {{QStringLiteral("year"), year}, {QStringLiteral("today"), todayIso}});
    f.openFindings = count(QStringLiteral("SELECT COUNT(*) FROM findings WHERE status = 'open'"), {});
    f.correctiveActionsOverdue = count(QStringLiteral("SELECT COUNT(*) FROM corrective_actions WHERE due_date < :today AND "
                                                      "status NOT IN ('done', 'verified')"),
                                       {{QStringLiteral("today"), todayIso}});
    f.drillsThisYear = count(QStringLiteral("SELECT COUNT(*) FROM drills WHERE period_year = :year"), y);
    f.drillsFailed = count(
        QStringLiteral("SELECT COUNT(*) FROM drills WHERE period_year = :year AND passed = 0"),
        y);

    // Review cycles are few (tens), and month arithmetic is clearer in QDate than in SQL.
    QSqlQuery c = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT last_done, interval_months, lead_days FROM review_cycles"));
    while (c.next()) {
        const auto state = ReviewSchedule::state(QDate::fromString(c.value(0).toString(), Qt::ISODate),
                                                 c.value(1).toInt(), c.value(2).toInt(), today);
        if (state == ReviewSchedule::State::Overdue || state == ReviewSchedule::State::NeverDone) {
            ++f.reviewsOverdue;
        } else if (state == ReviewSchedule::State::DueSoon) {
            ++f.reviewsDueSoon;
        }
    }
    return f;
}

}  // namespace isms::core
