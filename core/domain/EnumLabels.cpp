#include "EnumLabels.h"

#include <QHash>

#include "i18n/Language.h"

namespace isms::core {

QStringList EnumLabels::personCategories() {
    return {QStringLiteral("full_time"),
            QStringLiteral("contract"),
            QStringLiteral("technician_driver"),
            QStringLiteral("temporary"),
            QStringLiteral("onsite"),
            QStringLiteral("alternative_service"),
            QStringLiteral("vendor_staff"),
            QStringLiteral("subcontractor_staff"),
            QStringLiteral("agency_staff")};
}

namespace {

struct Entry {
    const char* key;
    const char* source;  // the English label, translated when shown
};

// Keys with their labels' source text, so that a label is translated when it is shown (it follows
// the language installed at the time) and can be read back in either language.
constexpr Entry kLabels[] = {
    // action items and corrective actions
    {"planned", QT_TRANSLATE_NOOP("EnumLabels", "Planned")},
    {"in_progress", QT_TRANSLATE_NOOP("EnumLabels", "In progress")},
    {"done", QT_TRANSLATE_NOOP("EnumLabels", "Done")},
    {"overdue", QT_TRANSLATE_NOOP("EnumLabels", "Overdue")},
    {"cancelled", QT_TRANSLATE_NOOP("EnumLabels", "Cancelled")},
    {"open", QT_TRANSLATE_NOOP("EnumLabels", "Open")},
    {"closed", QT_TRANSLATE_NOOP("EnumLabels", "Closed")},
    {"verified", QT_TRANSLATE_NOOP("EnumLabels", "Verified effective")},
    // policy versions
    {"draft", QT_TRANSLATE_NOOP("EnumLabels", "Draft")},
    {"in_review", QT_TRANSLATE_NOOP("EnumLabels", "In review")},
    {"approved", QT_TRANSLATE_NOOP("EnumLabels", "Approved")},
    {"published", QT_TRANSLATE_NOOP("EnumLabels", "Published")},
    {"superseded", QT_TRANSLATE_NOOP("EnumLabels", "Superseded")},
    {"withdrawn", QT_TRANSLATE_NOOP("EnumLabels", "Withdrawn")},
    // objectives
    {"at_least", QT_TRANSLATE_NOOP("EnumLabels", "At least")},
    {"at_most", QT_TRANSLATE_NOOP("EnumLabels", "At most")},
    {"equal", QT_TRANSLATE_NOOP("EnumLabels", "Equal to")},
    {"monthly", QT_TRANSLATE_NOOP("EnumLabels", "Monthly")},
    {"quarterly", QT_TRANSLATE_NOOP("EnumLabels", "Quarterly")},
    {"half_yearly", QT_TRANSLATE_NOOP("EnumLabels", "Half-yearly")},
    {"yearly", QT_TRANSLATE_NOOP("EnumLabels", "Yearly")},
    // organisation and scope
    {"internal", QT_TRANSLATE_NOOP("EnumLabels", "Internal unit")},
    {"vendor", QT_TRANSLATE_NOOP("EnumLabels", "Vendor")},
    {"agency", QT_TRANSLATE_NOOP("EnumLabels", "Connected agency")},
    {"staff", QT_TRANSLATE_NOOP("EnumLabels", "Staff")},
    {"full_time", QT_TRANSLATE_NOOP("EnumLabels", "Full-time staff")},
    {"contract", QT_TRANSLATE_NOOP("EnumLabels", "Contract staff")},
    {"technician_driver", QT_TRANSLATE_NOOP("EnumLabels", "Technicians, janitors and drivers")},
    {"temporary", QT_TRANSLATE_NOOP("EnumLabels", "Temporary staff")},
    {"onsite", QT_TRANSLATE_NOOP("EnumLabels", "On-site staff")},
    {"alternative_service", QT_TRANSLATE_NOOP("EnumLabels", "Alternative-service conscripts")},
    {"vendor_staff", QT_TRANSLATE_NOOP("EnumLabels", "Vendor staff")},
    {"subcontractor_staff", QT_TRANSLATE_NOOP("EnumLabels", "Subcontractor staff")},
    {"agency_staff", QT_TRANSLATE_NOOP("EnumLabels", "Connected agency staff")},
    // references
    {"law", QT_TRANSLATE_NOOP("EnumLabels", "Law")},
    {"regulation", QT_TRANSLATE_NOOP("EnumLabels", "Regulation")},
    {"standard", QT_TRANSLATE_NOOP("EnumLabels", "Standard")},
    {"other", QT_TRANSLATE_NOOP("EnumLabels", "Other")},
    // reviews, meetings, audits
    {"document", QT_TRANSLATE_NOOP("EnumLabels", "Policy document")},
    {"objective", QT_TRANSLATE_NOOP("EnumLabels", "Objective measurement")},
    {"management_review", QT_TRANSLATE_NOOP("EnumLabels", "Management review")},
    {"internal_audit", QT_TRANSLATE_NOOP("EnumLabels", "Internal audit")},
    {"compliance_check", QT_TRANSLATE_NOOP("EnumLabels", "Compliance check")},
    // where an indicator's values come from (IndicatorSource; drills keep their own flag)
    {"senior_attendance", QT_TRANSLATE_NOOP("EnumLabels", "Senior management at management reviews")},
    {"corrective_on_time", QT_TRANSLATE_NOOP("EnumLabels", "Corrective actions closed by their due date")},
    {"compliance_findings", QT_TRANSLATE_NOOP("EnumLabels", "Unresolved findings of compliance checks")},
    {"availability", QT_TRANSLATE_NOOP("EnumLabels", "Availability of the core systems")},
    {"training", QT_TRANSLATE_NOOP("EnumLabels", "Staff who had the training they must have")},
    {"unauthorised_incidents", QT_TRANSLATE_NOOP("EnumLabels", "Incidents of unauthorised access or alteration")},
    {"incidents_reported_in_time", QT_TRANSLATE_NOOP("EnumLabels", "Incidents reported within the deadline")},
    // the register of incidents and weaknesses
    {"incident", QT_TRANSLATE_NOOP("EnumLabels", "Security incident")},
    {"weakness", QT_TRANSLATE_NOOP("EnumLabels", "Security weakness")},
    {"incident_open", QT_TRANSLATE_NOOP("EnumLabels", "Being handled")},
    {"incident_closed", QT_TRANSLATE_NOOP("EnumLabels", "Closed")},
    {"unauthorised_access", QT_TRANSLATE_NOOP("EnumLabels", "Unauthorised access")},
    {"alteration", QT_TRANSLATE_NOOP("EnumLabels", "Unauthorised alteration")},
    {"data_leak", QT_TRANSLATE_NOOP("EnumLabels", "Data leak")},
    {"malware", QT_TRANSLATE_NOOP("EnumLabels", "Malware")},
    {"denial_of_service", QT_TRANSLATE_NOOP("EnumLabels", "Denial of service")},
    {"social_engineering", QT_TRANSLATE_NOOP("EnumLabels", "Social engineering")},
    {"other_incident", QT_TRANSLATE_NOOP("EnumLabels", "Other incident")},
    {"running", QT_TRANSLATE_NOOP("EnumLabels", "Running")},
    {"late", QT_TRANSLATE_NOOP("EnumLabels", "Late")},
    {"not_yet", QT_TRANSLATE_NOOP("EnumLabels", "Not started")},
    // the training register
    {"general", QT_TRANSLATE_NOOP("EnumLabels", "General (通識)")},
    {"professional", QT_TRANSLATE_NOOP("EnumLabels", "Professional (專業)")},
    {"everyone", QT_TRANSLATE_NOOP("EnumLabels", "Everyone on the staff")},
    {"security_staff", QT_TRANSLATE_NOOP("EnumLabels", "Security staff")},
    {"role", QT_TRANSLATE_NOOP("EnumLabels", "Holders of a role")},
    {"met", QT_TRANSLATE_NOOP("EnumLabels", "Met")},
    {"short", QT_TRANSLATE_NOOP("EnumLabels", "Short")},
    {"not_required", QT_TRANSLATE_NOOP("EnumLabels", "None required")},
    {"applies", QT_TRANSLATE_NOOP("EnumLabels", "Applies (the agency's level)")},
    {"other_level", QT_TRANSLATE_NOOP("EnumLabels", "Another level")},
    // core systems and their outages
    {"weekdays", QT_TRANSLATE_NOOP("EnumLabels", "Working days")},
    {"every_day", QT_TRANSLATE_NOOP("EnumLabels", "Every day")},
    {"in_use", QT_TRANSLATE_NOOP("EnumLabels", "In use")},
    {"retired", QT_TRANSLATE_NOOP("EnumLabels", "Retired")},
    {"planned_outage", QT_TRANSLATE_NOOP("EnumLabels", "Planned (maintenance)")},
    {"unplanned_outage", QT_TRANSLATE_NOOP("EnumLabels", "Unplanned")},
    {"drill", QT_TRANSLATE_NOOP("EnumLabels", "Social-engineering drill")},
    {"custom", QT_TRANSLATE_NOOP("EnumLabels", "Custom")},
    {"committee", QT_TRANSLATE_NOOP("EnumLabels", "Committee meeting")},
    {"no_change", QT_TRANSLATE_NOOP("EnumLabels", "No change")},
    {"never_done", QT_TRANSLATE_NOOP("EnumLabels", "Never done")},
    {"scheduled", QT_TRANSLATE_NOOP("EnumLabels", "Scheduled")},
    {"due_soon", QT_TRANSLATE_NOOP("EnumLabels", "Due soon")},
    {"revise", QT_TRANSLATE_NOOP("EnumLabels", "Revise")},
    {"major", QT_TRANSLATE_NOOP("EnumLabels", "Major nonconformity")},
    {"minor", QT_TRANSLATE_NOOP("EnumLabels", "Minor nonconformity")},
    {"observation", QT_TRANSLATE_NOOP("EnumLabels", "Observation")},
    {"opportunity", QT_TRANSLATE_NOOP("EnumLabels", "Opportunity for improvement")},
    // management review agenda: the inputs of ISO/IEC 27001:2022 clause 9.3.2
    {"input_previous_actions",
     QT_TRANSLATE_NOOP("EnumLabels", "a) Status of actions from previous management reviews")},
    {"input_issue_changes",
     QT_TRANSLATE_NOOP("EnumLabels", "b) Changes in external and internal issues")},
    {"input_party_needs",
     QT_TRANSLATE_NOOP("EnumLabels",
                       "c) Changes in the needs and expectations of interested parties")},
    {"input_nonconformities",
     QT_TRANSLATE_NOOP("EnumLabels", "d) Nonconformities and corrective actions")},
    {"input_measurements",
     QT_TRANSLATE_NOOP("EnumLabels", "d) Monitoring and measurement results")},
    {"input_audit_results", QT_TRANSLATE_NOOP("EnumLabels", "d) Audit results")},
    {"input_objectives",
     QT_TRANSLATE_NOOP("EnumLabels", "d) Fulfilment of information security objectives")},
    {"input_party_feedback",
     QT_TRANSLATE_NOOP("EnumLabels", "e) Feedback from interested parties")},
    {"input_risk",
     QT_TRANSLATE_NOOP("EnumLabels", "f) Results of risk assessment and status of risk treatment")},
    {"input_improvement",
     QT_TRANSLATE_NOOP("EnumLabels", "g) Opportunities for continual improvement")},
    {"input_other", QT_TRANSLATE_NOOP("EnumLabels", "Other business")},
    // communication
    {"training", QT_TRANSLATE_NOOP("EnumLabels", "Training")},
    {"meeting", QT_TRANSLATE_NOOP("EnumLabels", "Internal meeting")},
    {"posting", QT_TRANSLATE_NOOP("EnumLabels", "Posting")},
    {"email", QT_TRANSLATE_NOOP("EnumLabels", "E-mail")},
    {"sign_in_sheet", QT_TRANSLATE_NOOP("EnumLabels", "Signed sheet")},
    {"in_person", QT_TRANSLATE_NOOP("EnumLabels", "Confirmed in person")},
    // accounts and backups
    {"administrator", QT_TRANSLATE_NOOP("EnumLabels", "Administrator")},
    {"editor", QT_TRANSLATE_NOOP("EnumLabels", "Editor")},
    {"chair", QT_TRANSLATE_NOOP("EnumLabels", "Chair")},
    {"auditor", QT_TRANSLATE_NOOP("EnumLabels", "Auditor")},
    {"viewer", QT_TRANSLATE_NOOP("EnumLabels", "Viewer")},
    {"active", QT_TRANSLATE_NOOP("EnumLabels", "Active")},
    {"disabled", QT_TRANSLATE_NOOP("EnumLabels", "Disabled")},
    {"automatic", QT_TRANSLATE_NOOP("EnumLabels", "Automatic")},
    {"passed", QT_TRANSLATE_NOOP("EnumLabels", "✔ Passed")},
    {"failed", QT_TRANSLATE_NOOP("EnumLabels", "✖ Failed")},
    {"manual", QT_TRANSLATE_NOOP("EnumLabels", "By hand")},
    // drills
    {"first_half", QT_TRANSLATE_NOOP("EnumLabels", "First half")},
    {"second_half", QT_TRANSLATE_NOOP("EnumLabels", "Second half")},
    // audit log
    {"insert", QT_TRANSLATE_NOOP("EnumLabels", "Added")},
    {"update", QT_TRANSLATE_NOOP("EnumLabels", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("EnumLabels", "Deleted")},
};

}  // namespace

QString EnumLabels::label(const QString& key) {
    for (const Entry& e : kLabels) {
        if (key == QLatin1String(e.key)) return QCoreApplication::translate("EnumLabels", e.source);
    }
    return key;
}

QStringList EnumLabels::namesOf(const QString& key) {
    for (const Entry& e : kLabels) {
        if (key != QLatin1String(e.key)) continue;
        QStringList names{key, QString::fromUtf8(e.source),
                          QCoreApplication::translate("EnumLabels", e.source),
                          Language::translated(QStringLiteral("zh_TW"), "EnumLabels", e.source)};
        names.removeDuplicates();
        return names;
    }
    return {key};
}

QString EnumLabels::keyOf(const QString& text, const QStringList& keys) {
    const QString wanted = text.trimmed();
    for (const Entry& e : kLabels) {
        const QString key = QLatin1String(e.key);
        if (!keys.isEmpty() && !keys.contains(key)) continue;
        if (wanted == key || wanted == QString::fromUtf8(e.source) ||
            wanted == QCoreApplication::translate("EnumLabels", e.source) ||
            wanted == Language::translated(QStringLiteral("zh_TW"), "EnumLabels", e.source)) {
            return key;
        }
    }
    return {};
}

}  // namespace isms::core
