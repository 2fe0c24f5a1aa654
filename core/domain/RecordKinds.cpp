#include "RecordKinds.h"

#include <QHash>

namespace isms::core {

QString RecordKinds::label(const QString& table) {
    // Translated at each call: the language can change while the program runs.
    const QHash<QString, QString> labels{
        {QStringLiteral("acknowledgements"), tr("acknowledgement")},
        {QStringLiteral("action_items"), tr("action item")},
        {QStringLiteral("approvals"), tr("approval")},
        {QStringLiteral("audits"), tr("internal audit")},
        {QStringLiteral("backups"), tr("backup record")},
        {QStringLiteral("restores"), tr("restore from a backup")},
        {QStringLiteral("communication_audiences"), tr("communication audience")},
        {QStringLiteral("communications"), tr("communication")},
        {QStringLiteral("controlled_copies"), tr("controlled copy")},
        {QStringLiteral("core_systems"), tr("core system")},
        {QStringLiteral("corrective_actions"), tr("corrective action")},
        {QStringLiteral("document_versions"), tr("policy version")},
        {QStringLiteral("documents"), tr("policy document")},
        {QStringLiteral("drills"), tr("social-engineering drill")},
        {QStringLiteral("findings"), tr("audit finding")},
        {QStringLiteral("legal_references"), tr("law or regulation")},
        {QStringLiteral("measurements"), tr("measurement")},
        {QStringLiteral("measurement_records"), tr("record a measurement was computed from")},
        {QStringLiteral("meeting_agenda_items"), tr("agenda item")},
        {QStringLiteral("meeting_attendees"), tr("meeting attendee")},
        {QStringLiteral("meetings"), tr("meeting")},
        {QStringLiteral("objective_wordings"), tr("objective wording")},
        {QStringLiteral("objectives"), tr("security objective")},
        {QStringLiteral("org_units"), tr("organisational unit")},
        {QStringLiteral("outages"), tr("outage")},
        {QStringLiteral("training_sessions"), tr("training session")},
        {QStringLiteral("incidents"), tr("security incident or weakness")},
        {QStringLiteral("incident_actions"), tr("corrective action for an incident")},
        {QStringLiteral("training_attendance"), tr("training attendance")},
        {QStringLiteral("training_requirements"), tr("training requirement")},
        {QStringLiteral("agency_settings"), tr("agency setting")},
        {QStringLiteral("people"), tr("person")},
        {QStringLiteral("policy_statements"), tr("policy statement")},
        {QStringLiteral("raci_activities"), tr("RACI activity")},
        {QStringLiteral("raci_cells"), tr("RACI assignment")},
        {QStringLiteral("responsibilities"), tr("responsibility")},
        {QStringLiteral("review_cycles"), tr("review cycle")},
        {QStringLiteral("reviews"), tr("policy review")},
        {QStringLiteral("role_assignments"), tr("role assignment")},
        {QStringLiteral("roles"), tr("role")},
        {QStringLiteral("scope_items"), tr("scope item")},
        {QStringLiteral("sessions"), tr("sign-in or sign-out")},
        {QStringLiteral("exports"), tr("export")},
        {QStringLiteral("sections"), tr("policy section")},
        {QStringLiteral("users"), tr("user account")},
        {QStringLiteral("version_references"), tr("version's legal basis")},
    };
    return labels.value(table, table);
}

}  // namespace isms::core
