#include "ListCatalog.h"

#include "CycleRecords.h"
#include "ListColumns.h"
#include "MeasuredLists.h"
#include "TrainingLists.h"
#include "PolicyRepository.h"
#include "TrailReading.h"
#include "domain/Error.h"
#include "domain/IndicatorSource.h"
#include "domain/Overdue.h"

namespace isms::core {

namespace {

using namespace ListColumns;

// An objective's number as the policy in force gives it (PolicyRepository::shownWordingSql), as
// a column rather than a join: worked out for the rows shown, not for every row a long list
// counts.
QString objectiveNumber(const QString& objectiveId) {
    return QStringLiteral("(SELECT ow.number FROM objective_wordings ow WHERE ow.id = %1)")
        .arg(PolicyRepository::shownWordingSql(objectiveId));
}

}  // namespace

QStringList ListCatalog::keys() {
    return {QStringLiteral("org_units"),
            QStringLiteral("people"),
            QStringLiteral("roles"),
            QStringLiteral("role_assignments"),
            QStringLiteral("responsibilities"),
            QStringLiteral("legal_references"),
            QStringLiteral("scope_items"),
            QStringLiteral("policy_statements"),
            QStringLiteral("objectives"),
            QStringLiteral("measurements"),
            QStringLiteral("measurement_records"),
            QStringLiteral("action_items"),
            QStringLiteral("review_cycles"),
            QStringLiteral("reviews"),
            QStringLiteral("meetings"),
            QStringLiteral("meeting_agenda"),
            QStringLiteral("audits"),
            QStringLiteral("findings"),
            QStringLiteral("corrective_actions"),
            QStringLiteral("drills"),
            QStringLiteral("core_systems"),
            QStringLiteral("outages"),
            QStringLiteral("incidents"),
            QStringLiteral("training_sessions"),
            QStringLiteral("training_attendance"),
            QStringLiteral("training_requirements"),
            QStringLiteral("training_standing"),
            QStringLiteral("communications"),
            QStringLiteral("acknowledgements"),
            QStringLiteral("audit_log"),
            QStringLiteral("users"),
            QStringLiteral("backups"),
            QStringLiteral("controlled_copies")};
}

ListDefinition ListCatalog::definition(const QString& key) {
    const QString id = tr("No.");
    if (key == QStringLiteral("org_units")) {
        return list("org_units", tr("Organisation units"),
                    "org_units u LEFT JOIN org_units p ON p.id = u.parent_id",
                    {col("u.id", id, Format::Number), col("u.name", tr("Name")),
                     col("u.name_en", tr("English name")), col("p.name", tr("Part of")),
                     col("u.kind", tr("Kind"), Format::Label), col("u.notes", tr("Notes"))});
    }
    if (key == QStringLiteral("people")) {
        ListDefinition d = list(
            "people", tr("People"), "people p LEFT JOIN org_units u ON u.id = p.unit_id",
            {col("p.id", id, Format::Number), col("p.name", tr("Name", "a person's name")),
             col("p.title", tr("Title", "a person's job title")), col("u.name", tr("Unit")),
             col("p.category", tr("Scope category"), Format::Label),
             col("p.contact", tr("Contact")), col("p.active_from", tr("Active from"), Format::Date),
             col("p.active_to", tr("Active to"), Format::Date), col("p.notes", tr("Notes"))},
            1);
        d.filters = {{QStringLiteral("unit"), QStringLiteral("p.unit_id = :unit")}};
        return d;
    }
    if (key == QStringLiteral("roles")) {
        return list("roles", tr("Roles"), "roles r",
                    {col("r.id", id, Format::Number), col("r.name", tr("Role")),
                     col("r.name_en", tr("English name")), col("r.description", tr("Duties")),
                     col("(SELECT COUNT(*) FROM role_assignments a WHERE a.role_id = r.id AND "
                         "a.start_date <= "
                         "CAST(CURRENT_DATE AS TEXT) AND (a.end_date IS NULL OR a.end_date >= "
                         "CAST(CURRENT_DATE AS TEXT)))",
                         tr("People holding it today"), Format::Number)});
    }
    if (key == QStringLiteral("role_assignments")) {
        return list("role_assignments", tr("Role assignments"),
                    "role_assignments a JOIN roles r ON r.id = a.role_id JOIN people p ON p.id = "
                    "a.person_id "
                    "LEFT JOIN org_units u ON u.id = a.unit_id",
                    {col("a.id", id, Format::Number), col("r.name", tr("Role")),
                     col("p.name", tr("Person")), col("u.name", tr("Unit")),
                     col("a.start_date", tr("From"), Format::Date),
                     col("a.end_date", tr("To"), Format::Date), col("a.notes", tr("Notes"))});
    }
    if (key == QStringLiteral("responsibilities")) {
        return list("responsibilities", tr("Responsibilities"),
                    "responsibilities x JOIN document_versions v ON v.id = x.version_id JOIN "
                    "documents d ON "
                    "d.id = v.document_id LEFT JOIN roles r ON r.id = x.role_id",
                    {col("x.id", id, Format::Number),
                     col("d.code || ' ' || v.version", tr("Policy version")),
                     col("x.text", tr("Responsibility")), col("r.name", tr("Role"))});
    }
    if (key == QStringLiteral("legal_references")) {
        return list("legal_references", tr("Laws, regulations and standards"), "legal_references r",
                    {col("r.id", id, Format::Number), col("r.kind", tr("Kind"), Format::Label),
                     col("r.title", tr("Title")), col("r.notes", tr("Notes"))});
    }
    if (key == QStringLiteral("scope_items")) {
        return list("scope_items", tr("Scope"),
                    "scope_items s JOIN document_versions v ON v.id = s.version_id JOIN documents "
                    "d ON d.id = "
                    "v.document_id",
                    {col("s.id", id, Format::Number),
                     col("d.code || ' ' || v.version", tr("Policy version")),
                     col("s.kind", tr("Kind"), Format::Label),
                     col("s.text", tr("Who or what is covered"))});
    }
    if (key == QStringLiteral("policy_statements")) {
        return list("policy_statements", tr("Policy statements"),
                    "policy_statements s JOIN document_versions v ON v.id = s.version_id JOIN "
                    "documents d ON "
                    "d.id = v.document_id",
                    {col("s.id", id, Format::Number),
                     col("d.code || ' ' || v.version", tr("Policy version")),
                     col("s.text", tr("Statement"))});
    }
    if (key == QStringLiteral("objectives")) {
        // Lasting objectives, each with the number and wording the policy in force gives it (one
        // it no longer holds: its last), and the versions it spans.
        ListDefinition d = list(
            "objectives", tr("Objectives"), "",
            {col("o.id", id, Format::Number), col("d.code", tr("Document")),
             col("w.number", tr("Objective"), Format::Number), col("w.text", tr("Text")),
             Column{QStringLiteral("(SELECT MIN(fv.version) FROM objective_wordings fw JOIN "
                                   "document_versions fv ON "
                                   "fv.id = fw.version_id WHERE fw.objective_id = o.id AND "
                                   "fv.status IN ('published', "
                                   "'superseded'))"),
                    tr("Since version"), Format::Text, false},
             // Empty while the version in force or one still to take effect holds it.
             Column{QStringLiteral(
                        "CASE WHEN EXISTS (SELECT 1 FROM objective_wordings fw JOIN "
                        "document_versions fv "
                        "ON fv.id = fw.version_id WHERE fw.objective_id = o.id AND fv.status IN "
                        "('published', 'superseded') AND (fv.id = %1 OR fv.effective_date > "
                        ":today)) THEN "
                        "'' ELSE (SELECT MAX(fv.version) FROM objective_wordings fw JOIN "
                        "document_versions "
                        "fv ON fv.id = fw.version_id WHERE fw.objective_id = o.id AND fv.status IN "
                        "('published', 'superseded')) END")
                        .arg(PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
                    tr("Last in version"), Format::Text, false},
             col("o.kpi_name", tr("Indicator")), col("o.direction", tr("Direction"), Format::Label),
             col("o.target", tr("Target"), Format::Number), col("o.kpi_unit", tr("Unit")),
             col("o.frequency", tr("Measured"), Format::Label), col("r.name", tr("Responsible"))},
            2);
        d.from = QStringLiteral(
                     "objectives o JOIN documents d ON d.id = o.document_id LEFT JOIN "
                     "objective_wordings w ON w.id = "
                     "%1 LEFT JOIN roles r ON r.id = o.owner_role_id")
                     .arg(PolicyRepository::shownWordingSql(QStringLiteral("o.id")));
        return d;
    }
    if (key == QStringLiteral("measurements")) {
        ListDefinition d = list("measurements", tr("Measurements"), "",
                                {col("m.id", id, Format::Number),
                                 Column{objectiveNumber(QStringLiteral("m.objective_id")),
                                        tr("Objective"), Format::Number, false},
                                 col("o.kpi_name", tr("Indicator")),
                                 col("m.period_start", tr("Period from"), Format::Date),
                                 col("m.period_end", tr("Period to"), Format::Date),
                                 col("m.value", tr("Value"), Format::Number),
                                 col("o.kpi_unit", tr("Unit")), col("p.name", tr("Measured by")),
                                 col("m.evidence", tr("Evidence")),
                                 col("(SELECT COUNT(*) FROM measurement_records r WHERE r.measurement_id = m.id)",
                                     tr("Records"), Format::Number),
                                 col("m.notes", tr("Notes"))},
                                4, true);
        d.from = QStringLiteral(
            "measurements m JOIN objectives o ON o.id = m.objective_id LEFT JOIN people p ON p.id "
            "= "
            "m.measured_by");
        d.filters = {
            {QStringLiteral("objective"), QStringLiteral("m.objective_id = :objective")},
            {QStringLiteral("year"), QStringLiteral("substr(m.period_end, 1, 4) = :year")}};
        return d;
    }
    if (const auto measured = MeasuredLists::definition(key)) return *measured;
    if (const auto training = TrainingLists::definition(key)) return *training;
    if (key == QStringLiteral("action_items")) {
        ListDefinition d = list(
            "action_items", tr("Action plan"), "",
            {col("a.id", id, Format::Number), col("a.plan_year", tr("Year"), Format::Year),
             Column{objectiveNumber(QStringLiteral("a.objective_id")), tr("Objective"),
                    Format::Number, false},
             col("a.title", tr("What will be done")), col("a.resources", tr("Resources")),
             col("p.name", tr("Owner")), col("u.name", tr("Unit")),
             col("a.due_date", tr("Due"), Format::Date),
             col("a.evaluation_method", tr("Evaluation")),
             col("a.measured_result", tr("Measured result")),
             col("a.status", tr("Status"), Format::Label),
             col("a.progress", tr("Progress %"), Format::Number), col("a.notes", tr("Notes")),
             // The owner's role held today, latest first. Not searched: a subquery per row
             // would make every search scan the assignments too.
             Column{QStringLiteral(
                        "(SELECT r.name FROM role_assignments ra JOIN roles r ON r.id = ra.role_id "
                        "WHERE ra.person_id = p.id AND ra.start_date <= CAST(CURRENT_DATE AS TEXT) "
                        "AND (ra.end_date "
                        "IS NULL OR ra.end_date >= CAST(CURRENT_DATE AS TEXT)) ORDER BY "
                        "ra.start_date DESC LIMIT 1)"),
                    tr("Owner's role"), Format::Text, false}},
            7);
        d.from = QStringLiteral(
            "action_items a LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN org_units u "
            "ON "
            "u.id = p.unit_id");
        // The item's own text through its trigram index (schema 11); the owner's and unit's names
        // and the objective's number in their own small tables.
        d.search = QStringLiteral(
            "a.id IN (SELECT rowid FROM action_items_search WHERE body LIKE :search ESCAPE '\\') "
            "OR "
            "a.owner_person_id IN (SELECT p2.id FROM people p2 LEFT JOIN org_units u2 ON u2.id = "
            "p2.unit_id WHERE "
            "p2.name LIKE :search ESCAPE '\\' OR COALESCE(u2.name, '') LIKE :search ESCAPE '\\') "
            "OR "
            "a.objective_id IN (SELECT o2.objective_id FROM objective_wordings o2 WHERE "
            "CAST(o2.number AS TEXT) LIKE :search "
            "ESCAPE '\\')");
        d.searchQueue = QStringLiteral("action_items_search_queue");
        d.searchCatchUp = {QStringLiteral("DELETE FROM action_items_search WHERE rowid IN (SELECT "
                                          "id FROM action_items_search_queue)"),
                           QStringLiteral("INSERT INTO action_items_search (rowid, body) SELECT "
                                          "id, id || ' ' || plan_year || ' ' || title || "
                                          "' ' || resources || ' ' || evaluation_method || ' ' || "
                                          "measured_result || ' ' || status || ' ' || "
                                          "progress || ' ' || notes FROM action_items WHERE id IN "
                                          "(SELECT id FROM action_items_search_queue)")};
        // "overdue" is bound to today's date: past due and neither done nor cancelled.
        d.filters = {
            {QStringLiteral("year"), QStringLiteral("a.plan_year = :year")},
            {QStringLiteral("objective"),
             objectiveNumber(QStringLiteral("a.objective_id")) + QStringLiteral(" = :objective")},
            {QStringLiteral("owner"), QStringLiteral("a.owner_person_id = :owner")},
            {QStringLiteral("unit"), QStringLiteral("p.unit_id = :unit")},
            // The dashboard's completion by unit: 0 for items whose owner has no unit.
            {QStringLiteral("unit_active"),
             QStringLiteral("COALESCE(p.unit_id, 0) = :unit_active AND a.status <> 'cancelled'")},
            {QStringLiteral("status"), QStringLiteral("a.status = :status")},
            {QStringLiteral("meeting"), QStringLiteral("a.meeting_id = :meeting")},
            {QStringLiteral("overdue"),
             Overdue::actionItemSql(QStringLiteral("a"), QStringLiteral("overdue"))}};
        return d;
    }
    if (key == QStringLiteral("review_cycles")) {
        return list(
            "review_cycles", tr("Review cycles"),
            "review_cycles c LEFT JOIN people p ON p.id = c.owner_person_id",
            {col("c.id", id, Format::Number), col("c.title", tr("Subject")),
             col("c.subject_kind", tr("Kind"), Format::Label),
             col("c.interval_months", tr("Every (months)"), Format::Number),
             Column{CycleRecords::lastDoneSql(QStringLiteral("c")), tr("Last done"), Format::Date,
                    false},
             col("c.lead_days", tr("Lead time (days)"), Format::Number), col("p.name", tr("Owner")),
             col("c.trigger_note", tr("Also when")), col("c.notes", tr("Notes"))});
    }
    if (key == QStringLiteral("reviews")) {
        return list(
            "reviews", tr("Reviews"), "reviews r JOIN review_cycles c ON c.id = r.cycle_id",
            {col("r.id", id, Format::Number), col("c.title", tr("Subject")),
             col("r.review_date", tr("Date"), Format::Date), col("r.reviewers", tr("Reviewers")),
             col("r.outcome", tr("Outcome"), Format::Label), col("r.notes", tr("Notes"))},
            2, true);
    }
    if (key == QStringLiteral("meetings")) {
        ListDefinition d = list(
            "meetings", tr("Meetings"), "meetings m LEFT JOIN people p ON p.id = m.chair_person_id",
            {col("m.id", id, Format::Number), col("m.meeting_date", tr("Date"), Format::Date),
             col("m.kind", tr("Kind"), Format::Label), col("m.title", tr("Title")),
             col("m.place", tr("Place")), col("p.name", tr("Chair")),
             col("(SELECT COUNT(*) FROM meeting_attendees t WHERE t.meeting_id = m.id)",
                 tr("Attendees"), Format::Number),
             col("(SELECT COUNT(*) FROM action_items f WHERE f.meeting_id = m.id)",
                 tr("Follow-ups"), Format::Number),
             col("m.decisions", tr("Decisions")), col("m.notes", tr("Notes"))},
            1, true);
        // The management reviews an attendance figure counts (IndicatorComputer).
        d.filters = {{QStringLiteral("kind"), QStringLiteral("m.kind = :kind")},
                     {QStringLiteral("from"), QStringLiteral("m.meeting_date >= :from")},
                     {QStringLiteral("until"), QStringLiteral("m.meeting_date <= :until")}};
        return d;
    }
    if (key == QStringLiteral("meeting_agenda")) {
        // A standard item reads as its 9.3.2 input (a label); a custom item as its own title.
        ListDefinition d =
            list("meeting_agenda", tr("Agenda"),
                 "meeting_agenda_items g JOIN meetings m ON m.id = g.meeting_id",
                 {col("g.id", id, Format::Number), col("m.title", tr("Meeting")),
                  col("g.position", tr("Item"), Format::Number),
                  col("CASE WHEN g.input_key = 'input_other' THEN g.title ELSE g.input_key END",
                      tr("Agenda item"), Format::Label),
                  col("g.prepared", tr("Prepared")), col("g.minutes", tr("Minutes"))},
                 2);
        d.filters = {{QStringLiteral("meeting"), QStringLiteral("g.meeting_id = :meeting")}};
        d.wraps = true;
        return d;
    }
    if (key == QStringLiteral("audits")) {
        return list("audits", tr("Audits and compliance checks"), "audits a",
                    {col("a.id", id, Format::Number), col("a.kind", tr("Kind"), Format::Label),
                     col("a.title", tr("Title")),
                     col("a.start_date", tr("From"), Format::Date),
                     col("a.end_date", tr("To"), Format::Date), col("a.scope", tr("Scope")),
                     col("a.auditors", tr("Auditors")), col("a.auditees", tr("Auditees"))},
                    2, true);
    }
    if (key == QStringLiteral("findings")) {
        ListDefinition d =
            list("findings", tr("Findings"), "findings f JOIN audits a ON a.id = f.audit_id",
                 {col("f.id", id, Format::Number), col("a.title", tr("Audit")),
                  col("f.kind", tr("Type"), Format::Label), col("f.clause", tr("Clause")),
                  col("f.description", tr("Description")),
                  col("f.status", tr("Status"), Format::Label), rowVersion("f")});
        d.filters = {{QStringLiteral("kind"), QStringLiteral("f.kind = :kind")},
                     {QStringLiteral("status"), QStringLiteral("f.status = :status")},
                     {QStringLiteral("unresolved_at"), IndicatorSource::unresolvedComplianceSql(QStringLiteral("unresolved_at"))}};
        d.wraps = true;
        return d;
    }
    if (key == QStringLiteral("corrective_actions")) {
        ListDefinition d =
            list("corrective_actions", tr("Corrective actions"),
                 "corrective_actions c JOIN findings f ON f.id = c.finding_id LEFT JOIN people p "
                 "ON p.id = "
                 "c.owner_person_id",
                 {col("c.id", id, Format::Number), col("f.description", tr("Finding")),
                  col("c.root_cause", tr("Root cause")),
                  col("c.action", tr("Corrective action")), col("p.name", tr("Owner")),
                  col("c.due_date", tr("Due"), Format::Date),
                  col("c.status", tr("Status"), Format::Label),
                  col("c.done_date", tr("Done on"), Format::Date), rowVersion("c")});
        d.filters = {
            {QStringLiteral("overdue"),
             Overdue::correctiveActionSql(QStringLiteral("c"), QStringLiteral("overdue"))},
            {QStringLiteral("due_from"), QStringLiteral("c.due_date >= :due_from")},
            {QStringLiteral("due_until"), QStringLiteral("c.due_date <= :due_until")},
            {QStringLiteral("judged"), IndicatorSource::correctiveJudgedSql(QStringLiteral("judged"))}};
        d.wraps = true;
        return d;
    }
    if (key == QStringLiteral("drills")) {
        ListDefinition d =
            list("drills", tr("Social-engineering drills"),
                 "drills d LEFT JOIN org_units u ON u.id = d.unit_id",
                 {col("d.id", id, Format::Number), col("d.period_year", tr("Year"), Format::Year),
                  col("CASE d.period_half WHEN 1 THEN 'first_half' ELSE 'second_half' END",
                      tr("Half"), Format::Label),
                  col("d.drill_date", tr("Date"), Format::Date), col("u.name", tr("Unit")),
                  col("d.emails_sent", tr("E-mails sent"), Format::Number),
                  col("d.opened", tr("Opened"), Format::Number),
                  col("d.clicked", tr("Clicked"), Format::Number),
                  col("d.reported", tr("Reported"), Format::Number),
                  col("ROUND(100.0 * d.opened / NULLIF(d.emails_sent, 0), 1)", tr("Open rate %"),
                      Format::Number),
                  col("ROUND(100.0 * d.clicked / NULLIF(d.emails_sent, 0), 1)", tr("Click rate %"),
                      Format::Number),
                  col("CASE d.passed WHEN 1 THEN 'passed' WHEN 0 THEN 'failed' END", tr("Result"),
                      Format::Label),
                  col("d.notes", tr("Notes"))},
                 3, true);
        d.filters = {{QStringLiteral("year"), QStringLiteral("d.period_year = :year")},
                     {QStringLiteral("half"), QStringLiteral("d.period_half = :half")}};
        return d;
    }
    if (key == QStringLiteral("communications")) {
        return list("communications", tr("Communication"),
                    "communications c JOIN document_versions v ON v.id = c.version_id JOIN "
                    "documents d ON d.id = "
                    "v.document_id",
                    {col("c.id", id, Format::Number),
                     col("d.code || ' ' || v.version", tr("Policy version")),
                     col("c.channel", tr("Channel"), Format::Label),
                     col("c.event_date", tr("Date"), Format::Date),
                     col("c.audience", tr("Audience")), col("c.material", tr("Material"))},
                    3, true);
    }
    if (key == QStringLiteral("acknowledgements")) {
        ListDefinition d = list(
            "acknowledgements", tr("Acknowledgements"),
            "acknowledgements a JOIN document_versions v ON v.id = a.version_id JOIN documents d "
            "ON d.id = "
            "v.document_id JOIN people p ON p.id = a.person_id LEFT JOIN org_units u ON u.id = "
            "p.unit_id",
            {col("a.id", id, Format::Number),
             col("d.code || ' ' || v.version", tr("Policy version")), col("p.name", tr("Person")),
             col("u.name", tr("Unit")), col("a.ack_date", tr("Date"), Format::Date),
             col("a.method", tr("How"), Format::Label)},
            4, true);
        d.filters = {{QStringLiteral("version"), QStringLiteral("a.version_id = :version")},
                     {QStringLiteral("active"),
                      QStringLiteral("(p.active_from IS NULL OR p.active_from <= :active) AND "
                                     "(p.active_to IS NULL OR p.active_to >= :active)")}};
        return d;
    }
    if (key == QStringLiteral("audit_log")) {
        // The list reads each entry as a person would (TrailReading); the stored images stay in
        // the export, beside the readable columns, for whoever checks the trail itself.
        const QByteArray packed = TrailReading::packedSql().toUtf8();
        Column raw = col("l.before_data", tr("Old values (as stored)"));
        raw.onScreen = false;
        Column rawAfter = col("l.after_data", tr("New values (as stored)"));
        rawAfter.onScreen = false;
        Column hash = col("l.hash", tr("Entry hash"));
        hash.onScreen = false;
        Column event = col(packed.constData(), tr("What happened"), Format::TrailEvent);
        event.searchable = false;
        Column record = col(packed.constData(), tr("Record"), Format::TrailRecord);
        record.searchable = false;
        Column changes = col(packed.constData(), tr("Changes"), Format::TrailChanges);
        changes.searchable = false;
        ListDefinition d =
            list("audit_log", tr("Audit log"), "audit_log l",
                 {col("l.id", id, Format::Number), col("l.at", tr("Time"), Format::Time),
                  col("l.actor", tr("User"), Format::Actor), event,
                  col("l.entity", tr("Record type"), Format::RecordKind), record, changes,
                  col("l.action", tr("Action (as stored)")),
                  col("l.entity_id", tr("Record number"), Format::Number), raw, rawAfter, hash},
                 0, true);
        d.columns[7].onScreen = false;
        d.columns[8].onScreen = false;
        // Times are ISO UTC text, so day bounds compare as text: from the day's start, before the
        // next day's.
        d.filters = {{QStringLiteral("actor"), QStringLiteral("l.actor = :actor")},
                     {QStringLiteral("entity"), QStringLiteral("l.entity = :entity")},
                     {QStringLiteral("from"), QStringLiteral("l.at >= :from")},
                     {QStringLiteral("until"), QStringLiteral("l.at < :until")}};
        return d;
    }
    if (key == QStringLiteral("users")) {
        return list("users", tr("User accounts"),
                    "users x LEFT JOIN people p ON p.id = x.person_id",
                    {col("x.id", id, Format::Number), col("x.username", tr("User name")),
                     col("p.name", tr("Name", "a person's name")), col("x.role", tr("Role"), Format::Label),
                     col("CASE WHEN x.disabled = 1 THEN 'disabled' ELSE 'active' END",
                         tr("Account"), Format::Label),
                     col("x.failed_attempts", tr("Failed sign-ins"), Format::Number),
                     col("x.locked_until", tr("Locked until"), Format::Time), rowVersion("x")},
                    1);
    }
    if (key == QStringLiteral("backups")) {
        return list("backups", tr("Backups"), "backups b",
                    {col("b.id", id, Format::Number), col("b.taken_at", tr("Taken"), Format::Time),
                     col("b.file", tr("File")), col("b.size_bytes", tr("Bytes"), Format::Number),
                     col("b.sha256", tr("SHA-256")), col("b.audit_head", tr("Audit trail head")),
                     col("CASE WHEN b.automatic = 1 THEN 'automatic' ELSE 'manual' END",
                         tr("Taken how"), Format::Label)},
                    1, true);
    }
    if (key == QStringLiteral("controlled_copies")) {
        return list("controlled_copies", tr("Controlled copies"),
                    "controlled_copies c JOIN document_versions v ON v.id = c.version_id JOIN "
                    "documents d ON d.id = "
                    "v.document_id",
                    {col("c.id", id, Format::Number),
                     col("d.code || ' ' || v.version", tr("Policy version")),
                     col("c.copy_number", tr("Copy"), Format::Number),
                     col("c.holder", tr("Holder")), col("c.issued_on", tr("Issued"), Format::Date),
                     col("c.returned_on", tr("Returned"), Format::Date),
                     col("c.destroyed_on", tr("Destroyed"), Format::Date)},
                    1, true);
    }
    throw Error(Error::Kind::NotFound, tr("There is no list called %1.").arg(key));
}

}  // namespace isms::core
