#include "FieldLabels.h"

#include <QHash>

namespace isms::core {

namespace {

using Kind = FieldLabels::Kind;

struct Entry {
    const char* table;   // "*": any table without an entry of its own for the column
    const char* column;
    const char* source;  // English label, translated when shown
    Kind kind = Kind::Text;
    const char* linkTo = "";
};

// Columns that mean the same in every table first, then what one table means by a column.
constexpr Entry kFields[] = {
    {"*", "id", "", Kind::Internal},
    {"*", "row_version", "", Kind::Internal},
    {"*", "name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
    {"*", "name_en", QT_TRANSLATE_NOOP("FieldLabels", "English name")},
    {"*", "title", QT_TRANSLATE_NOOP("FieldLabels", "Title")},
    {"*", "notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
    {"*", "position", QT_TRANSLATE_NOOP("FieldLabels", "Order")},
    {"*", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind"), Kind::Choice},
    {"*", "code", QT_TRANSLATE_NOOP("FieldLabels", "Code")},
    {"roles", "code", "", Kind::Internal},  // the role's key; its name says what it is
    {"*", "status", QT_TRANSLATE_NOOP("FieldLabels", "Status"), Kind::Choice},
    {"*", "text", QT_TRANSLATE_NOOP("FieldLabels", "Text")},
    {"*", "description", QT_TRANSLATE_NOOP("FieldLabels", "Description")},
    {"*", "category", QT_TRANSLATE_NOOP("FieldLabels", "Category"), Kind::Choice},
    {"*", "value", QT_TRANSLATE_NOOP("FieldLabels", "Value")},
    {"*", "evidence", QT_TRANSLATE_NOOP("FieldLabels", "Evidence")},
    {"*", "file", QT_TRANSLATE_NOOP("FieldLabels", "File")},
    {"*", "sha256", QT_TRANSLATE_NOOP("FieldLabels", "SHA-256")},
    {"*", "audit_entries", QT_TRANSLATE_NOOP("FieldLabels", "Audit trail entries")},
    {"*", "audit_head", QT_TRANSLATE_NOOP("FieldLabels", "Audit trail head")},
    {"*", "audit_entry", QT_TRANSLATE_NOOP("FieldLabels", "Audit trail entry")},
    {"*", "registered", QT_TRANSLATE_NOOP("FieldLabels", "In the register of backups"), Kind::Flag},
    {"*", "parent_id", QT_TRANSLATE_NOOP("FieldLabels", "Part of"), Kind::Link, "org_units"},
    {"*", "unit_id", QT_TRANSLATE_NOOP("FieldLabels", "Unit"), Kind::Link, "org_units"},
    {"*", "person_id", QT_TRANSLATE_NOOP("FieldLabels", "Person"), Kind::Link, "people"},
    {"*", "owner_person_id", QT_TRANSLATE_NOOP("FieldLabels", "Responsible"), Kind::Link, "people"},
    {"*", "document_id", QT_TRANSLATE_NOOP("FieldLabels", "Policy document"), Kind::Link, "documents"},
    {"*", "version_id", QT_TRANSLATE_NOOP("FieldLabels", "Policy version"), Kind::Link, "document_versions"},
    {"*", "section_id", QT_TRANSLATE_NOOP("FieldLabels", "Policy section"), Kind::Link, "sections"},
    {"*", "role_id", QT_TRANSLATE_NOOP("FieldLabels", "Role"), Kind::Link, "roles"},
    {"*", "objective_id", QT_TRANSLATE_NOOP("FieldLabels", "Objective"), Kind::Link, "objectives"},
    {"*", "meeting_id", QT_TRANSLATE_NOOP("FieldLabels", "Meeting"), Kind::Link, "meetings"},
    {"*", "start_date", QT_TRANSLATE_NOOP("FieldLabels", "Start"), Kind::Text},
    {"*", "end_date", QT_TRANSLATE_NOOP("FieldLabels", "End"), Kind::Text},
    {"*", "due_date", QT_TRANSLATE_NOOP("FieldLabels", "Due")},
    {"*", "username", QT_TRANSLATE_NOOP("FieldLabels", "User name")},
    {"*", "role", QT_TRANSLATE_NOOP("FieldLabels", "Role"), Kind::Choice},
    {"*", "report", QT_TRANSLATE_NOOP("FieldLabels", "What was exported")},
    {"sessions", "signed_out", "", Kind::Internal},  // the event says it
    {"org_units", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of unit"), Kind::Choice},
    {"people", "name", QT_TRANSLATE_NOOP("FieldLabels", "Full name")},
    {"people", "title", QT_TRANSLATE_NOOP("FieldLabels", "Job title")},
    {"people", "category", QT_TRANSLATE_NOOP("FieldLabels", "Scope category"), Kind::Choice},
    {"people", "contact", QT_TRANSLATE_NOOP("FieldLabels", "Contact")},
    {"people", "active_from", QT_TRANSLATE_NOOP("FieldLabels", "Active from")},
    {"people", "active_to", QT_TRANSLATE_NOOP("FieldLabels", "Active until")},
    {"documents", "numbering", QT_TRANSLATE_NOOP("FieldLabels", "Section numbering as imported"), Kind::Choice},
    {"document_versions", "version", QT_TRANSLATE_NOOP("FieldLabels", "Version")},
    {"document_versions", "classification", QT_TRANSLATE_NOOP("FieldLabels", "Classification"), Kind::Choice},
    {"document_versions", "org_name", QT_TRANSLATE_NOOP("FieldLabels", "Organisation")},
    {"document_versions", "org_name_en", QT_TRANSLATE_NOOP("FieldLabels", "Organisation (English)")},
    {"document_versions", "effective_date", QT_TRANSLATE_NOOP("FieldLabels", "Effective date")},
    {"document_versions", "notice", QT_TRANSLATE_NOOP("FieldLabels", "Notice")},
    {"document_versions", "numbering", QT_TRANSLATE_NOOP("FieldLabels", "Section numbering"), Kind::Choice},
    {"document_versions", "earlier_versions", QT_TRANSLATE_NOOP("FieldLabels", "Revision history before the program")},
    {"document_versions", "change_summary", QT_TRANSLATE_NOOP("FieldLabels", "Summary of changes")},
    {"document_versions", "created_at", QT_TRANSLATE_NOOP("FieldLabels", "Created")},
    {"document_versions", "status_changed_at", QT_TRANSLATE_NOOP("FieldLabels", "Status changed")},
    {"document_versions", "status_note", QT_TRANSLATE_NOOP("FieldLabels", "Reason given")},
    {"approvals", "approver_name", QT_TRANSLATE_NOOP("FieldLabels", "Approved by")},
    {"approvals", "approver_title", QT_TRANSLATE_NOOP("FieldLabels", "Approver's title")},
    {"approvals", "approver_role", QT_TRANSLATE_NOOP("FieldLabels", "Approver's role"), Kind::Choice},
    {"approvals", "approved_at", QT_TRANSLATE_NOOP("FieldLabels", "Approved on")},
    {"approvals", "fingerprint", QT_TRANSLATE_NOOP("FieldLabels", "Fingerprint of the approved text")},
    {"sections", "parent_id", QT_TRANSLATE_NOOP("FieldLabels", "Under section"), Kind::Link, "sections"},
    {"sections", "heading", QT_TRANSLATE_NOOP("FieldLabels", "Heading")},
    {"sections", "body", QT_TRANSLATE_NOOP("FieldLabels", "Text")},
    {"legal_references", "title", QT_TRANSLATE_NOOP("FieldLabels", "Law or regulation")},
    {"version_references", "reference_id", QT_TRANSLATE_NOOP("FieldLabels", "Law or regulation"), Kind::Link, "legal_references"},
    {"scope_items", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Scope category"), Kind::Choice},
    {"roles", "per_unit", QT_TRANSLATE_NOOP("FieldLabels", "One in each unit"), Kind::Flag},
    {"measurements", "period_start", QT_TRANSLATE_NOOP("FieldLabels", "Period from")},
    {"measurements", "period_end", QT_TRANSLATE_NOOP("FieldLabels", "Period until")},
    {"measurements", "measured_by", QT_TRANSLATE_NOOP("FieldLabels", "Measured by"), Kind::Link, "people"},
    {"measurements", "drill_id", QT_TRANSLATE_NOOP("FieldLabels", "From the drill"), Kind::Link, "drills"},
    {"measurements", "source", QT_TRANSLATE_NOOP("FieldLabels", "Computed from"), Kind::Choice},
    {"measurement_records", "measurement_id", QT_TRANSLATE_NOOP("FieldLabels", "Measurement"), Kind::Link, "measurements"},
    {"measurement_records", "record_kind", "", Kind::Internal},  // with record_id: the record, read as a whole
    {"measurement_records", "record_id", "", Kind::Internal},
    {"meetings", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of meeting"), Kind::Choice},
    {"meetings", "meeting_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"meetings", "place", QT_TRANSLATE_NOOP("FieldLabels", "Place")},
    {"meetings", "chair_person_id", QT_TRANSLATE_NOOP("FieldLabels", "Chair"), Kind::Link, "people"},
    {"meetings", "agenda", QT_TRANSLATE_NOOP("FieldLabels", "Agenda")},
    {"meetings", "minutes", QT_TRANSLATE_NOOP("FieldLabels", "Minutes")},
    {"meetings", "decisions", QT_TRANSLATE_NOOP("FieldLabels", "Decisions")},
    {"action_items", "plan_year", QT_TRANSLATE_NOOP("FieldLabels", "Plan year")},
    {"action_items", "title", QT_TRANSLATE_NOOP("FieldLabels", "What will be done")},
    {"action_items", "resources", QT_TRANSLATE_NOOP("FieldLabels", "Resources")},
    {"action_items", "evaluation_method", QT_TRANSLATE_NOOP("FieldLabels", "Evaluation")},
    {"action_items", "measured_result", QT_TRANSLATE_NOOP("FieldLabels", "Measured result")},
    {"action_items", "cancel_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason for cancelling")},
    {"action_items", "progress", QT_TRANSLATE_NOOP("FieldLabels", "Progress (%)")},
    {"action_items", "due_reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason the due date is outside the year")},
    {"review_cycles", "subject_kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of review"), Kind::Choice},
    {"review_cycles", "subject_id", QT_TRANSLATE_NOOP("FieldLabels", "Subject"), Kind::Link, "subject"},
    {"review_cycles", "interval_months", QT_TRANSLATE_NOOP("FieldLabels", "Every (months)")},
    {"review_cycles", "trigger_note", QT_TRANSLATE_NOOP("FieldLabels", "Also when")},
    {"review_cycles", "lead_days", QT_TRANSLATE_NOOP("FieldLabels", "Due soon (days before)")},
    {"review_cycles", "last_done", QT_TRANSLATE_NOOP("FieldLabels", "Last done")},
    {"reviews", "cycle_id", QT_TRANSLATE_NOOP("FieldLabels", "Review cycle"), Kind::Link, "review_cycles"},
    {"reviews", "review_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"reviews", "reviewers", QT_TRANSLATE_NOOP("FieldLabels", "Reviewers")},
    {"reviews", "outcome", QT_TRANSLATE_NOOP("FieldLabels", "Outcome"), Kind::Choice},
    {"audits", "scope", QT_TRANSLATE_NOOP("FieldLabels", "Scope")},
    {"audits", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of audit"), Kind::Choice},
    {"findings", "closed_date", QT_TRANSLATE_NOOP("FieldLabels", "Closed on")},
    {"corrective_actions", "done_date", QT_TRANSLATE_NOOP("FieldLabels", "Done on")},
    {"audits", "auditors", QT_TRANSLATE_NOOP("FieldLabels", "Auditors")},
    {"audits", "auditees", QT_TRANSLATE_NOOP("FieldLabels", "Auditees")},
    {"findings", "audit_id", QT_TRANSLATE_NOOP("FieldLabels", "Audit"), Kind::Link, "audits"},
    {"findings", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Type"), Kind::Choice},
    {"findings", "clause", QT_TRANSLATE_NOOP("FieldLabels", "Clause")},
    {"findings", "description", QT_TRANSLATE_NOOP("FieldLabels", "Finding")},
    {"corrective_actions", "finding_id", QT_TRANSLATE_NOOP("FieldLabels", "Finding"), Kind::Link, "findings"},
    {"corrective_actions", "root_cause", QT_TRANSLATE_NOOP("FieldLabels", "Root cause")},
    {"corrective_actions", "action", QT_TRANSLATE_NOOP("FieldLabels", "Corrective action")},
    {"corrective_actions", "verified_date", QT_TRANSLATE_NOOP("FieldLabels", "Verified on")},
    {"corrective_actions", "verifier_person_id", QT_TRANSLATE_NOOP("FieldLabels", "Verified by"), Kind::Link, "people"},
    {"corrective_actions", "verification_result", QT_TRANSLATE_NOOP("FieldLabels", "Verification result")},
    {"drills", "period_year", QT_TRANSLATE_NOOP("FieldLabels", "Year")},
    {"drills", "period_half", QT_TRANSLATE_NOOP("FieldLabels", "Half-year")},
    {"drills", "drill_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"drills", "emails_sent", QT_TRANSLATE_NOOP("FieldLabels", "E-mails sent")},
    {"drills", "opened", QT_TRANSLATE_NOOP("FieldLabels", "Opened")},
    {"drills", "clicked", QT_TRANSLATE_NOOP("FieldLabels", "Clicked")},
    {"drills", "reported", QT_TRANSLATE_NOOP("FieldLabels", "Reported")},
    {"drills", "open_threshold", QT_TRANSLATE_NOOP("FieldLabels", "Open-rate limit (%)")},
    {"drills", "click_threshold", QT_TRANSLATE_NOOP("FieldLabels", "Click-rate limit (%)")},
    {"drills", "passed", QT_TRANSLATE_NOOP("FieldLabels", "Passed"), Kind::Flag},
    {"communications", "channel", QT_TRANSLATE_NOOP("FieldLabels", "Channel"), Kind::Choice},
    {"communications", "event_date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"communications", "audience", QT_TRANSLATE_NOOP("FieldLabels", "Audience")},
    {"communications", "material", QT_TRANSLATE_NOOP("FieldLabels", "Material")},
    {"acknowledgements", "ack_date", QT_TRANSLATE_NOOP("FieldLabels", "Acknowledged on")},
    {"acknowledgements", "method", QT_TRANSLATE_NOOP("FieldLabels", "How"), Kind::Choice},
    {"users", "password_hash", QT_TRANSLATE_NOOP("FieldLabels", "Password"), Kind::Secret},
    {"users", "disabled", QT_TRANSLATE_NOOP("FieldLabels", "Disabled"), Kind::Flag},
    {"users", "failed_attempts", QT_TRANSLATE_NOOP("FieldLabels", "Failed sign-ins")},
    {"users", "locked_until", QT_TRANSLATE_NOOP("FieldLabels", "Locked until")},
    {"backups", "taken_at", QT_TRANSLATE_NOOP("FieldLabels", "Taken")},
    {"backups", "size_bytes", QT_TRANSLATE_NOOP("FieldLabels", "Size (bytes)")},
    {"backups", "automatic", QT_TRANSLATE_NOOP("FieldLabels", "Taken automatically"), Kind::Flag},
    {"controlled_copies", "copy_number", QT_TRANSLATE_NOOP("FieldLabels", "Copy number")},
    {"controlled_copies", "holder", QT_TRANSLATE_NOOP("FieldLabels", "Holder")},
    {"controlled_copies", "issued_on", QT_TRANSLATE_NOOP("FieldLabels", "Issued")},
    {"controlled_copies", "returned_on", QT_TRANSLATE_NOOP("FieldLabels", "Returned")},
    {"controlled_copies", "destroyed_on", QT_TRANSLATE_NOOP("FieldLabels", "Destroyed")},
    {"meeting_agenda_items", "input_key", QT_TRANSLATE_NOOP("FieldLabels", "Review input"), Kind::Choice},
    {"meeting_agenda_items", "prepared", QT_TRANSLATE_NOOP("FieldLabels", "Prepared text")},
    {"meeting_agenda_items", "minutes", QT_TRANSLATE_NOOP("FieldLabels", "Minutes")},
    {"raci_activities", "name", QT_TRANSLATE_NOOP("FieldLabels", "Activity")},
    {"raci_activities", "responsibility_id", QT_TRANSLATE_NOOP("FieldLabels", "Responsibility"), Kind::Link, "responsibilities"},
    {"raci_cells", "activity_id", QT_TRANSLATE_NOOP("FieldLabels", "Activity"), Kind::Link, "raci_activities"},
    {"raci_cells", "value", QT_TRANSLATE_NOOP("FieldLabels", "Assignment (R, A, C, I)")},
    {"communication_audiences", "communication_id", QT_TRANSLATE_NOOP("FieldLabels", "Communication"), Kind::Link, "communications"},
    {"communication_audiences", "category", QT_TRANSLATE_NOOP("FieldLabels", "Scope category"), Kind::Choice},
    {"objective_wordings", "number", QT_TRANSLATE_NOOP("FieldLabels", "Number")},
    {"objectives", "kpi_name", QT_TRANSLATE_NOOP("FieldLabels", "Indicator")},
    {"objectives", "kpi_unit", QT_TRANSLATE_NOOP("FieldLabels", "Unit of measure")},
    {"objectives", "direction", QT_TRANSLATE_NOOP("FieldLabels", "Met when the value is"), Kind::Choice},
    {"objectives", "target", QT_TRANSLATE_NOOP("FieldLabels", "Target")},
    {"objectives", "frequency", QT_TRANSLATE_NOOP("FieldLabels", "Measured"), Kind::Choice},
    {"objectives", "owner_role_id", QT_TRANSLATE_NOOP("FieldLabels", "Owner role"), Kind::Link, "roles"},
    {"objectives", "measured_by_drills", QT_TRANSLATE_NOOP("FieldLabels", "Measured by the drills"), Kind::Flag},
    {"objectives", "source", QT_TRANSLATE_NOOP("FieldLabels", "Computed from"), Kind::Choice},
    // Lists of ids, comma-separated: read as the records' names.
    {"objectives", "source_roles", QT_TRANSLATE_NOOP("FieldLabels", "Senior management roles"), Kind::Link, "roles"},
    {"objectives", "source_systems", QT_TRANSLATE_NOOP("FieldLabels", "Core systems watched"), Kind::Link, "core_systems"},
    {"core_systems", "name", QT_TRANSLATE_NOOP("FieldLabels", "System")},
    {"core_systems", "unit_id", QT_TRANSLATE_NOOP("FieldLabels", "Unit"), Kind::Link, "org_units"},
    {"core_systems", "weekdays_only", QT_TRANSLATE_NOOP("FieldLabels", "Served on working days only"), Kind::Flag},
    {"core_systems", "service_start", QT_TRANSLATE_NOOP("FieldLabels", "Service from")},
    {"core_systems", "service_end", QT_TRANSLATE_NOOP("FieldLabels", "Service until")},
    {"core_systems", "availability_target", QT_TRANSLATE_NOOP("FieldLabels", "Availability target (%)")},
    {"core_systems", "active", QT_TRANSLATE_NOOP("FieldLabels", "In use"), Kind::Flag},
    {"core_systems", "in_service_from", QT_TRANSLATE_NOOP("FieldLabels", "Under the register from")},
    {"outages", "system_id", QT_TRANSLATE_NOOP("FieldLabels", "System"), Kind::Link, "core_systems"},
    {"outages", "started_at", QT_TRANSLATE_NOOP("FieldLabels", "Started")},
    {"outages", "ended_at", QT_TRANSLATE_NOOP("FieldLabels", "Ended")},
    {"outages", "planned", QT_TRANSLATE_NOOP("FieldLabels", "Planned"), Kind::Flag},
    {"outages", "cause", QT_TRANSLATE_NOOP("FieldLabels", "Cause")},
    {"training_sessions", "title", QT_TRANSLATE_NOOP("FieldLabels", "Course")},
    {"training_sessions", "held_on", QT_TRANSLATE_NOOP("FieldLabels", "Held on")},
    {"training_sessions", "hours", QT_TRANSLATE_NOOP("FieldLabels", "Hours")},
    {"training_sessions", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of training"), Kind::Choice},
    {"training_sessions", "provider", QT_TRANSLATE_NOOP("FieldLabels", "Provider")},
    {"training_attendance", "session_id", QT_TRANSLATE_NOOP("FieldLabels", "Session"), Kind::Link, "training_sessions"},
    {"training_attendance", "person_id", QT_TRANSLATE_NOOP("FieldLabels", "Person"), Kind::Link, "people"},
    {"training_attendance", "hours", QT_TRANSLATE_NOOP("FieldLabels", "Hours attended")},
    {"training_requirements", "level", QT_TRANSLATE_NOOP("FieldLabels", "Responsibility level")},
    {"training_requirements", "audience", QT_TRANSLATE_NOOP("FieldLabels", "Who"), Kind::Choice},
    {"training_requirements", "role_id", QT_TRANSLATE_NOOP("FieldLabels", "Role"), Kind::Link, "roles"},
    {"training_requirements", "category", QT_TRANSLATE_NOOP("FieldLabels", "Person category"), Kind::Choice},
    {"training_requirements", "kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind of training"), Kind::Choice},
    {"training_requirements", "hours", QT_TRANSLATE_NOOP("FieldLabels", "Hours a year")},
    {"agency_settings", "responsibility_level", QT_TRANSLATE_NOOP("FieldLabels", "Responsibility level")},
    {"restores", "file", QT_TRANSLATE_NOOP("FieldLabels", "Backup copy")},
};

const Entry* find(const QString& table, const QString& column) {
    const Entry* any = nullptr;
    for (const Entry& e : kFields) {
        if (column != QLatin1String(e.column)) continue;
        if (table == QLatin1String(e.table)) return &e;
        if (qstrcmp(e.table, "*") == 0) any = &e;
    }
    return any;
}

}  // namespace

FieldLabels::Field FieldLabels::field(const QString& table, const QString& column) {
    const Entry* e = find(table, column);
    if (!e) return {tr("Other field (%1)").arg(column), Kind::Text, {}};
    if (e->kind == Kind::Internal) return {{}, Kind::Internal, {}};
    return {QCoreApplication::translate("FieldLabels", e->source), e->kind,
            QString::fromLatin1(e->linkTo)};
}

bool FieldLabels::isNamed(const QString& table, const QString& column) {
    return find(table, column) != nullptr;
}

}  // namespace isms::core
