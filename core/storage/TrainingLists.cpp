#include "TrainingLists.h"

#include "ListColumns.h"
#include "domain/TrainingStanding.h"

namespace isms::core {

using namespace ListColumns;

std::optional<ListDefinition> TrainingLists::definition(const QString& key) {
    const QString id = tr("No.");
    if (key == QStringLiteral("training_sessions")) {
        ListDefinition d = list(
            "training_sessions", tr("Training sessions"), "training_sessions s",
            {col("s.id", id, Format::Number), col("s.held_on", tr("Held on"), Format::Date), col("s.title", tr("Course")),
             col("s.kind", tr("Kind"), Format::Label), col("s.hours", tr("Hours"), Format::Number),
             col("s.provider", tr("Provider")),
             col("(SELECT COUNT(*) FROM training_attendance a WHERE a.session_id = s.id)", tr("Attended"), Format::Number),
             col("s.notes", tr("Notes")), rowVersion("s")},
            1, true);
        d.filters = {{QStringLiteral("year"), QStringLiteral("substr(s.held_on, 1, 4) = CAST(:year AS TEXT)")}};
        return d;
    }
    if (key == QStringLiteral("training_attendance")) {
        ListDefinition d = list(
            "training_attendance", tr("Attendance"),
            "training_attendance a JOIN training_sessions s ON s.id = a.session_id JOIN people p ON p.id = a.person_id "
            "LEFT JOIN org_units u ON u.id = p.unit_id",
            {col("a.id", id, Format::Number), col("s.held_on", tr("Held on"), Format::Date), col("s.title", tr("Course")),
             col("p.name", tr("Person")), col("u.name", tr("Unit")), col("s.kind", tr("Kind"), Format::Label),
             col("a.hours", tr("Hours"), Format::Number), col("a.notes", tr("Notes")), rowVersion("a")},
            1, true);
        d.filters = {{QStringLiteral("session"), QStringLiteral("a.session_id = :session")},
                     {QStringLiteral("person"), QStringLiteral("a.person_id = :person")}};
        return d;
    }
    if (key == QStringLiteral("training_requirements")) {
        ListDefinition d = list(
            "training_requirements", tr("Training required a year"),
            "training_requirements r LEFT JOIN roles ro ON ro.id = r.role_id",
            {col("r.id", id, Format::Number), col("r.level", tr("Responsibility level")),
             col("CASE r.audience WHEN 'role' THEN ro.name ELSE NULL END", tr("Role")),
             col("r.audience", tr("Who"), Format::Label), col("NULLIF(r.category, '')", tr("Person category"), Format::Label),
             col("r.kind", tr("Kind"), Format::Label), col("r.hours", tr("Hours a year"), Format::Number),
             Column{QStringLiteral("CASE WHEN r.level = %1 THEN 'applies' ELSE 'other_level' END").arg(TrainingStanding::levelSql()),
                    tr("Applies"), Format::Label, false},
             col("r.notes", tr("Notes")), rowVersion("r")},
            1);
        return d;
    }
    if (key == QStringLiteral("training_standing")) {
        // Each person's hours in each year against what they must have; a year's row counts the
        // people on the staff at its end (today, in the running year).
        ListDefinition d;
        d.key = key;
        d.title = tr("Training standing");
        // One year at a time (ListQuery binds the running one until a year is chosen); its running
        // part counts up to today.
        const QString from = QStringLiteral("(CAST(:year AS TEXT) || '-01-01')");
        const QString until = QStringLiteral("(CAST(:year AS TEXT) || '-12-31')");
        d.from = TrainingStanding::sql(from, until, QStringLiteral("(CASE WHEN %1 > :today THEN :today ELSE %1 END)").arg(until),
                                       QStringLiteral("CAST(:year AS INTEGER)")) +
                 QStringLiteral(" t LEFT JOIN org_units u ON u.id = t.unit_id");
        d.columns = {col("t.person_id", id, Format::Number),
                     col("t.year", tr("Year"), Format::Year),
                     col("u.name", tr("Unit")),
                     col("t.name", tr("Person")),
                     col("t.category", tr("Category"), Format::Label),
                     col("t.need_general", tr("General required (h)"), Format::Number),
                     col("t.got_general", tr("General attended (h)"), Format::Number),
                     col("t.need_professional", tr("Professional required (h)"), Format::Number),
                     col("t.got_professional", tr("Professional attended (h)"), Format::Number),
                     col("t.status", tr("Standing"), Format::Label)};
        d.defaultSortColumn = 2;
        d.filters = {{QStringLiteral("year"), QStringLiteral("t.year = CAST(:year AS INTEGER)")},
                     // A unit with the units under it.
                     {QStringLiteral("unit"),
                      QStringLiteral("(t.unit_id = :unit OR t.unit_id IN (SELECT c.id FROM org_units c WHERE c.parent_id = :unit "
                                     "OR c.parent_id IN (SELECT g.id FROM org_units g WHERE g.parent_id = :unit)))")},
                     {QStringLiteral("status"), QStringLiteral("t.status = :status")},
                     {QStringLiteral("person"), QStringLiteral("t.person_id = :person")},
                     // The people objective 3 counts: those who must have training.
                     {QStringLiteral("counted"),
                      QStringLiteral("(CASE WHEN t.status = 'not_required' THEN 0 ELSE 1 END) = :counted")}};
        return d;
    }
    return std::nullopt;
}

}  // namespace isms::core
