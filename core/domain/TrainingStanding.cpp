#include "TrainingStanding.h"

namespace isms::core {

QStringList TrainingStanding::kinds() { return {QStringLiteral("general"), QStringLiteral("professional")}; }

QStringList TrainingStanding::audiences() {
    return {QStringLiteral("everyone"), QStringLiteral("security_staff"), QStringLiteral("role")};
}

QStringList TrainingStanding::levels() { return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}; }

QString TrainingStanding::levelSql() {
    return QStringLiteral("COALESCE((SELECT responsibility_level FROM agency_settings ORDER BY id LIMIT 1), '%1')")
        .arg(defaultLevel());
}

QList<TrainingStanding::Rule> TrainingStanding::defaults() {
    return {{QStringLiteral("everyone"), QStringLiteral("general"), 3},
            {QStringLiteral("security_staff"), QStringLiteral("professional"), 12}};
}

QString TrainingStanding::describeDefaults() {
    return tr("everyone on the staff at least 3 hours of general training a year, the security staff at least 12 hours "
              "of professional training");
}

QString TrainingStanding::sql(const QString& from, const QString& until, const QString& day, const QString& year) {
    // Aggregates over the period joined to each person, not subqueries per person: the period's
    // attendance is summed once (by the sessions' date index), the security staff read once.
    const QString holds = QStringLiteral("ra.start_date <= %1 AND (ra.end_date IS NULL OR ra.end_date >= %2)").arg(until, from);
    const QString joins =
        QStringLiteral(
            " LEFT JOIN (SELECT a.person_id AS person_id, SUM(CASE WHEN s.kind = 'general' THEN a.hours ELSE 0 END) AS "
            "general, SUM(CASE WHEN s.kind = 'professional' THEN a.hours ELSE 0 END) AS professional FROM "
            "training_sessions s JOIN training_attendance a ON a.session_id = s.id WHERE s.held_on >= %1 AND s.held_on "
            "<= %2 GROUP BY a.person_id) h ON h.person_id = p.id"
            // The security staff: whoever held the security officer role in the year.
            " LEFT JOIN (SELECT DISTINCT ra.person_id AS person_id FROM role_assignments ra JOIN roles ro ON ro.id = "
            "ra.role_id WHERE ro.code = 'security_officer' AND %3) sec ON sec.person_id = p.id"
            // Whether the level has requirements of its own; without, the defaults apply.
            " CROSS JOIN (SELECT COUNT(*) AS n FROM training_requirements WHERE level = %4) own")
            .arg(from, day, holds, levelSql());
    const auto need = [&](const char* kind) {
        QString fallback = QStringLiteral("0");
        for (const Rule& rule : defaults()) {
            if (rule.kind != QLatin1String(kind)) continue;
            const QString hours = QString::number(rule.hours);
            const QString applies =
                rule.audience == QStringLiteral("security_staff") ? QStringLiteral("sec.person_id IS NOT NULL") : QStringLiteral("1 = 1");
            // The larger where two defaults apply.
            fallback = QStringLiteral("CASE WHEN %1 AND %2 > %3 THEN %2 ELSE %3 END").arg(applies, hours, fallback);
        }
        return QStringLiteral(
                   "COALESCE((SELECT MAX(r.hours) FROM training_requirements r WHERE r.level = %1 AND r.kind = '%2' AND "
                   "(r.category = '' OR r.category = p.category) AND (r.audience = 'everyone' OR (r.audience = "
                   "'security_staff' AND sec.person_id IS NOT NULL) OR (r.audience = 'role' AND EXISTS (SELECT 1 FROM "
                   "role_assignments ra WHERE ra.role_id = r.role_id AND ra.person_id = p.id AND %3)))), CASE WHEN own.n > "
                   "0 THEN 0 ELSE %4 END)")
            .arg(levelSql(), QLatin1String(kind), holds, fallback);
    };
    const QString people =
        QStringLiteral("SELECT p.id AS person_id, p.name AS name, p.unit_id AS unit_id, p.category AS category, %1 AS year, "
                       "%2 AS need_general, COALESCE(h.general, 0) AS got_general, %3 AS need_professional, "
                       "COALESCE(h.professional, 0) AS got_professional FROM people p JOIN org_units pu ON pu.id = p.unit_id AND "
                       "pu.kind = 'internal'%4 WHERE (p.active_from IS NULL OR p.active_from <= %5) AND (p.active_to IS NULL "
                       "OR p.active_to >= %5)")
            .arg(year, need("general"), need("professional"), joins, day);
    return QStringLiteral("(SELECT x.*, CASE WHEN x.need_general + x.need_professional = 0 THEN 'not_required' WHEN "
                          "x.got_general >= x.need_general AND x.got_professional >= x.need_professional THEN 'met' ELSE "
                          "'short' END AS status FROM (%1) x)")
        .arg(people);
}

}  // namespace isms::core
