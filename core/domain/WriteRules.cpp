#include "WriteRules.h"

namespace isms::core {

namespace {

using Scope = WriteRules::Scope;
constexpr int kAll = WriteRules::Insert | WriteRules::Update | WriteRules::Delete;

QList<WriteRules::Rule> build() {
    QList<WriteRules::Rule> rules;
    const auto every = [&](Scope scope, const QStringList& tables) {
        for (const QString& t : tables) rules.append({scope, t, kAll, {}});
    };
    every(Scope::EditRecords,
          {QStringLiteral("org_units"), QStringLiteral("people"), QStringLiteral("objectives"),
           QStringLiteral("objective_wordings"), QStringLiteral("measurements"), QStringLiteral("measurement_records"),
           QStringLiteral("action_items"),
           QStringLiteral("meetings"), QStringLiteral("meeting_attendees"), QStringLiteral("meeting_agenda_items"),
           QStringLiteral("review_cycles"), QStringLiteral("reviews"), QStringLiteral("drills"), QStringLiteral("roles"),
           QStringLiteral("role_assignments"), QStringLiteral("raci_activities"), QStringLiteral("raci_cells"),
           QStringLiteral("communications"), QStringLiteral("communication_audiences"),
           QStringLiteral("acknowledgements"), QStringLiteral("core_systems"), QStringLiteral("outages"),
           QStringLiteral("training_sessions"), QStringLiteral("training_attendance"), QStringLiteral("training_requirements"),
           QStringLiteral("agency_settings"), QStringLiteral("incidents"), QStringLiteral("incident_actions")});
    every(Scope::EditPolicy,
          {QStringLiteral("documents"), QStringLiteral("document_versions"), QStringLiteral("sections"),
           QStringLiteral("legal_references"), QStringLiteral("version_references"), QStringLiteral("scope_items"),
           QStringLiteral("policy_statements"), QStringLiteral("responsibilities"), QStringLiteral("controlled_copies")});
    // A section removed from a draft unlinks the register rows read from it.
    rules.append({Scope::EditPolicy, QStringLiteral("objective_wordings"), WriteRules::Update, {QStringLiteral("section_id")}});
    // A policy's yearly review is recorded with its review cycle.
    rules.append({Scope::EditPolicy, QStringLiteral("reviews"), WriteRules::Insert, {}});
    rules.append({Scope::EditPolicy, QStringLiteral("review_cycles"), WriteRules::Insert | WriteRules::Update, {}});
    every(Scope::RecordAudits,
          {QStringLiteral("audits"), QStringLiteral("findings"), QStringLiteral("corrective_actions")});
    every(Scope::ManageUsers, {QStringLiteral("users")});
    // An account is made with the person it belongs to.
    rules.append({Scope::ManageUsers, QStringLiteral("people"), WriteRules::Insert, {}});
    every(Scope::ManageBackups, {QStringLiteral("backups")});
    // A chair approves and publishes without being an editor: the approval, the version's status,
    // and — publishing — its objective items made the objectives of that version.
    rules.append({Scope::Approve, QStringLiteral("approvals"), kAll, {}});
    rules.append({Scope::Approve, QStringLiteral("document_versions"), WriteRules::Update,
                  {QStringLiteral("status"), QStringLiteral("status_changed_at"), QStringLiteral("status_note")}});
    rules.append({Scope::Approve, QStringLiteral("objective_wordings"), WriteRules::Insert | WriteRules::Delete, {}});
    rules.append({Scope::Approve, QStringLiteral("objectives"), WriteRules::Insert, {}});
    // Whoever signs in: their own password and failed-attempt count (the grant names the row).
    rules.append({Scope::OwnAccount, QStringLiteral("users"), WriteRules::Update,
                  {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"), QStringLiteral("locked_until")}});
    rules.append({Scope::AutomaticBackup, QStringLiteral("backups"), WriteRules::Insert, {}});
    return rules;
}

}  // namespace

const QList<WriteRules::Rule>& WriteRules::all() {
    static const QList<Rule> rules = build();
    return rules;
}

WriteRules::Scope WriteRules::scopeOf(UserRole::Permission permission) {
    switch (permission) {
    case UserRole::Permission::EditRecords: return Scope::EditRecords;
    case UserRole::Permission::EditPolicy: return Scope::EditPolicy;
    case UserRole::Permission::Approve: return Scope::Approve;
    case UserRole::Permission::RecordAudits: return Scope::RecordAudits;
    case UserRole::Permission::ManageUsers: return Scope::ManageUsers;
    case UserRole::Permission::ManageBackups: return Scope::ManageBackups;
    }
    return Scope::EditRecords;
}

bool WriteRules::allows(Scope scope, const QString& table, Action action, const QStringList& columns) {
    // Setting up a database it has just created, the program writes every record it has.
    if (scope == Scope::SetUp) return names(table);
    for (const Rule& rule : all()) {
        if (rule.scope != scope || rule.table != table || !(rule.actions & action)) continue;
        if (action != Update || rule.columns.isEmpty()) return true;
        bool inside = true;
        for (const QString& column : columns) {
            if (column != QStringLiteral("row_version") && column != QStringLiteral("id") && !rule.columns.contains(column)) {
                inside = false;
            }
        }
        if (inside) return true;
    }
    return false;
}

bool WriteRules::names(const QString& table) {
    for (const Rule& rule : all()) {
        if (rule.table == table) return true;
    }
    return false;
}

QString WriteRules::describe(Scope scope) {
    switch (scope) {
    case Scope::EditRecords: return UserRole::describe(UserRole::Permission::EditRecords);
    case Scope::EditPolicy: return UserRole::describe(UserRole::Permission::EditPolicy);
    case Scope::Approve: return UserRole::describe(UserRole::Permission::Approve);
    case Scope::RecordAudits: return UserRole::describe(UserRole::Permission::RecordAudits);
    case Scope::ManageUsers: return UserRole::describe(UserRole::Permission::ManageUsers);
    case Scope::ManageBackups: return UserRole::describe(UserRole::Permission::ManageBackups);
    case Scope::OwnAccount: return tr("look after one's own account");
    case Scope::AutomaticBackup: return tr("record an automatic backup");
    case Scope::SetUp: return tr("set up a new database");
    }
    return {};
}

}  // namespace isms::core
