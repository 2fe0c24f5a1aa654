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

QString TrainingStanding::yearsSql() {
    return QStringLiteral("(SELECT ys.y AS y, CAST(ys.y AS TEXT) || '-01-01' AS y_from, CAST(ys.y AS TEXT) || '-12-31' AS "
                          "y_until, CASE WHEN CAST(ys.y AS TEXT) || '-12-31' > :today THEN :today ELSE CAST(ys.y AS TEXT) || "
                          "'-12-31' END AS y_day FROM (SELECT DISTINCT CAST(SUBSTR(held_on, 1, 4) AS INTEGER) AS y FROM "
                          "training_sessions UNION SELECT CAST(SUBSTR(:today, 1, 4) AS INTEGER) AS y) ys) yrs");
}

QString TrainingStanding::sql(const QString& from, const QString& until, const QString& day, const QString& years,
                              const QString& year) {
    // Held in the year: a role's assignment overlapping it.
    const QString holds = QStringLiteral("ra.person_id = p.id AND ra.start_date <= %1 AND (ra.end_date IS NULL OR "
                                         "ra.end_date >= %2)")
                              .arg(until, from);
    // The security staff: whoever held the security officer role in the year.
    const QString security = QStringLiteral("EXISTS (SELECT 1 FROM role_assignments ra JOIN roles ro ON ro.id = ra.role_id "
                                            "WHERE ro.code = 'security_officer' AND %1)")
                                 .arg(holds);
    const auto need = [&](const char* kind) {
        // A level's own requirements; while it has none, the defaults (the larger where two apply).
        QString fallback = QStringLiteral("0");
        for (const Rule& rule : defaults()) {
            if (rule.kind != QLatin1String(kind)) continue;
            const QString hours = QString::number(rule.hours);
            const QString applies = rule.audience == QStringLiteral("security_staff") ? security : QStringLiteral("1 = 1");
            fallback = QStringLiteral("CASE WHEN %1 AND %2 > %3 THEN %2 ELSE %3 END").arg(applies, hours, fallback);
        }
        return QStringLiteral(
                   "COALESCE((SELECT MAX(r.hours) FROM training_requirements r WHERE r.level = %1 AND r.kind = '%2' AND "
                   "(r.category = '' OR r.category = p.category) AND (r.audience = 'everyone' OR (r.audience = "
                   "'security_staff' AND %3) OR (r.audience = 'role' AND EXISTS (SELECT 1 FROM role_assignments ra WHERE "
                   "ra.role_id = r.role_id AND %4)))), CASE WHEN EXISTS (SELECT 1 FROM training_requirements r0 WHERE "
                   "r0.level = %1) THEN 0 ELSE %5 END)")
            .arg(levelSql(), QLatin1String(kind), security, holds, fallback);
    };
    const auto got = [&](const char* kind) {
        return QStringLiteral("COALESCE((SELECT SUM(a.hours) FROM training_attendance a JOIN training_sessions s ON s.id = "
                              "a.session_id WHERE a.person_id = p.id AND s.kind = '%1' AND s.held_on >= %2 AND s.held_on "
                              "<= %3), 0)")
            .arg(QLatin1String(kind), from, day);
    };
    const QString people =
        QStringLiteral("SELECT p.id AS person_id, p.name AS name, p.unit_id AS unit_id, p.category AS category, %6 AS year, %1 "
                       "AS need_general, %2 AS got_general, %3 AS need_professional, %4 AS got_professional FROM people p%7 "
                       "WHERE (p.active_from IS NULL OR p.active_from <= %5) AND (p.active_to IS NULL OR p.active_to >= %5)")
            .arg(need("general"), got("general"), need("professional"), got("professional"), day, year,
                 years.isEmpty() ? QString() : QStringLiteral(" CROSS JOIN ") + years);
    return QStringLiteral("(SELECT x.*, CASE WHEN x.need_general + x.need_professional = 0 THEN 'not_required' WHEN "
                          "x.got_general >= x.need_general AND x.got_professional >= x.need_professional THEN 'met' ELSE "
                          "'short' END AS status FROM (%1) x)")
        .arg(people);
}

}  // namespace isms::core
