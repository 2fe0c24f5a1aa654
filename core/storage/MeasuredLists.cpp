#include "MeasuredLists.h"

#include "ListColumns.h"

namespace isms::core {

using namespace ListColumns;

std::optional<ListDefinition> MeasuredLists::definition(const QString& key) {
    const QString id = tr("No.");
    if (key == QStringLiteral("measurement_records")) {
        // The records a computed measurement counted, each read as what it is.
        ListDefinition d = list(
            "measurement_records", tr("Records the measurement was computed from"), "measurement_records r",
            {col("r.record_id", id, Format::Number), col("r.record_kind", tr("Kind"), Format::RecordKind),
             col("CASE r.record_kind WHEN 'meetings' THEN (SELECT x.meeting_date FROM meetings x WHERE x.id = r.record_id) "
                 "WHEN 'corrective_actions' THEN (SELECT x.due_date FROM corrective_actions x WHERE x.id = r.record_id) "
                 "WHEN 'outages' THEN NULL WHEN 'people' THEN NULL WHEN 'incidents' THEN NULL "
                 "ELSE (SELECT y.start_date FROM findings x JOIN audits y ON y.id = x.audit_id WHERE x.id = r.record_id) END",
                 tr("Date"), Format::Date),
             col("CASE r.record_kind WHEN 'meetings' THEN (SELECT x.title FROM meetings x WHERE x.id = r.record_id) "
                 "WHEN 'corrective_actions' THEN (SELECT x.action FROM corrective_actions x WHERE x.id = r.record_id) "
                 "WHEN 'outages' THEN (SELECT s.name || ': ' || x.cause FROM outages x JOIN core_systems s ON s.id = "
                 "x.system_id WHERE x.id = r.record_id) "
                 "WHEN 'incidents' THEN (SELECT x.title FROM incidents x WHERE x.id = r.record_id) "
                 "WHEN 'people' THEN (SELECT x.name || COALESCE('（' || u.name || '）', '') FROM people x LEFT JOIN "
                 "org_units u ON u.id = x.unit_id WHERE x.id = r.record_id) "
                 "ELSE (SELECT x.description FROM findings x WHERE x.id = r.record_id) END",
                 tr("Record")),
             col("CASE r.record_kind WHEN 'corrective_actions' THEN (SELECT x.done_date FROM corrective_actions x "
                 "WHERE x.id = r.record_id) WHEN 'findings' THEN (SELECT x.closed_date FROM findings x WHERE x.id = "
                 "r.record_id) END",
                 tr("Done or closed on"), Format::Date)},
            2);
        d.filters = {{QStringLiteral("measurement"), QStringLiteral("r.measurement_id = :measurement")}};
        d.wraps = true;
        return d;
    }
    if (key == QStringLiteral("core_systems")) {
        ListDefinition d = list(
            "core_systems", tr("Core systems"), "core_systems s LEFT JOIN org_units u ON u.id = s.unit_id",
            {col("s.id", id, Format::Number), col("s.name", tr("System")), col("u.name", tr("Unit")),
             col("CASE s.weekdays_only WHEN 1 THEN 'weekdays' ELSE 'every_day' END", tr("Days"), Format::Label),
             col("s.service_start || '-' || s.service_end", tr("Service hours")),
             col("s.availability_target", tr("Target (%)"), Format::Number),
             col("CASE s.active WHEN 1 THEN 'in_use' ELSE 'retired' END", tr("In use"), Format::Label),
             col("(SELECT COUNT(*) FROM outages o WHERE o.system_id = s.id)", tr("Outages"), Format::Number),
             col("s.notes", tr("Notes")), rowVersion("s")},
            1);
        return d;
    }
    if (key == QStringLiteral("outages")) {
        ListDefinition d = list(
            "outages", tr("Outages"), "outages o JOIN core_systems s ON s.id = o.system_id",
            {col("o.id", id, Format::Number), col("s.name", tr("System")),
             col("o.started_at", tr("Started"), Format::Time), col("o.ended_at", tr("Ended"), Format::Time),
             col("CASE o.planned WHEN 1 THEN 'planned_outage' ELSE 'unplanned_outage' END", tr("Kind"), Format::Label),
             col("o.cause", tr("Cause")), col("o.notes", tr("Notes")), rowVersion("o")},
            2, true);
        // The outages an availability figure counts (DashboardService::drillDown): of the systems
        // named, unplanned, overlapping the period.
        d.filters = {{QStringLiteral("system"), QStringLiteral("o.system_id = :system")},
                     {QStringLiteral("systems"), QStringLiteral("(',' || :systems || ',') LIKE ('%,' || o.system_id || ',%')")},
                     {QStringLiteral("unplanned"), QStringLiteral("o.planned = :unplanned")},
                     {QStringLiteral("ended_after"), QStringLiteral("(o.ended_at IS NULL OR o.ended_at > :ended_after)")},
                     {QStringLiteral("started_before"), QStringLiteral("o.started_at < :started_before")}};
        d.wraps = true;
        return d;
    }
    if (key == QStringLiteral("incidents")) {
        // The register of incidents and weaknesses; the clocks of open incidents are the page's.
        ListDefinition d = list(
            "incidents", tr("Incidents and weaknesses"),
            "incidents i LEFT JOIN people p ON p.id = i.reporter_person_id LEFT JOIN core_systems s ON s.id = i.system_id",
            {col("i.id", id, Format::Number), col("i.kind", tr("Incident or weakness"), Format::Label),
             col("i.level", tr("Level"), Format::Number), col("i.category", tr("Category"), Format::Label),
             col("i.title", tr("What happened")), col("i.known_at", tr("Known"), Format::Time),
             col("i.reported_at", tr("Reported"), Format::Time), col("i.reported_to", tr("Reported to")),
             col("i.contained_at", tr("Contained"), Format::Time), col("i.recovered_at", tr("Recovered"), Format::Time),
             col("i.investigated_at", tr("Investigation report"), Format::Time),
             col("CASE i.status WHEN 'open' THEN 'incident_open' ELSE 'incident_closed' END", tr("Status"), Format::Label),
             col("p.name", tr("Reported by")), col("s.name", tr("System")),
             col("(SELECT COUNT(*) FROM incident_actions a WHERE a.incident_id = i.id)", tr("Corrective actions"), Format::Number),
             col("i.description", tr("Description")), rowVersion("i")},
            5, true);
        d.filters = {{QStringLiteral("kind"), QStringLiteral("i.kind = :kind")},
                     {QStringLiteral("status"), QStringLiteral("i.status = :status")},
                     {QStringLiteral("known_from"), QStringLiteral("i.known_at >= :known_from")},
                     {QStringLiteral("known_before"), QStringLiteral("i.known_at < :known_before")},
                     // Objective 4's: unauthorised access or alteration (IncidentClock).
                     {QStringLiteral("unauthorised"),
                      QStringLiteral("(CASE WHEN i.category IN ('unauthorised_access', 'alteration') THEN 1 ELSE 0 END) = :unauthorised")}};
        d.wraps = true;
        return d;
    }
    return std::nullopt;
}

}  // namespace isms::core
