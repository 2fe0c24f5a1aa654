#include "EnumLabels.h"

#include <QHash>

namespace isms::core {

QStringList EnumLabels::personCategories() {
    return {QStringLiteral("full_time"),   QStringLiteral("contract"),    QStringLiteral("technician_driver"),
            QStringLiteral("temporary"),   QStringLiteral("onsite"),      QStringLiteral("alternative_service"),
            QStringLiteral("vendor_staff"), QStringLiteral("subcontractor_staff"), QStringLiteral("agency_staff")};
}

QString EnumLabels::label(const QString& key) {
    // Built on each call: the strings must follow the language installed at the time.
    const QHash<QString, QString> labels{
        // action items and corrective actions
        {QStringLiteral("planned"), tr("Planned")},
        {QStringLiteral("in_progress"), tr("In progress")},
        {QStringLiteral("done"), tr("Done")},
        {QStringLiteral("overdue"), tr("Overdue")},
        {QStringLiteral("cancelled"), tr("Cancelled")},
        {QStringLiteral("open"), tr("Open")},
        {QStringLiteral("closed"), tr("Closed")},
        {QStringLiteral("verified"), tr("Verified effective")},
        // policy versions
        {QStringLiteral("draft"), tr("Draft")},
        {QStringLiteral("in_review"), tr("In review")},
        {QStringLiteral("approved"), tr("Approved")},
        {QStringLiteral("published"), tr("Published")},
        {QStringLiteral("superseded"), tr("Superseded")},
        {QStringLiteral("withdrawn"), tr("Withdrawn")},
        // objectives
        {QStringLiteral("at_least"), tr("At least")},
        {QStringLiteral("at_most"), tr("At most")},
        {QStringLiteral("equal"), tr("Equal to")},
        {QStringLiteral("monthly"), tr("Monthly")},
        {QStringLiteral("quarterly"), tr("Quarterly")},
        {QStringLiteral("half_yearly"), tr("Half-yearly")},
        {QStringLiteral("yearly"), tr("Yearly")},
        // organisation and scope
        {QStringLiteral("internal"), tr("Internal unit")},
        {QStringLiteral("vendor"), tr("Vendor")},
        {QStringLiteral("agency"), tr("Connected agency")},
        {QStringLiteral("staff"), tr("Staff")},
        {QStringLiteral("full_time"), tr("Full-time staff")},
        {QStringLiteral("contract"), tr("Contract staff")},
        {QStringLiteral("technician_driver"), tr("Technicians, janitors and drivers")},
        {QStringLiteral("temporary"), tr("Temporary staff")},
        {QStringLiteral("onsite"), tr("On-site staff")},
        {QStringLiteral("alternative_service"), tr("Alternative-service conscripts")},
        {QStringLiteral("vendor_staff"), tr("Vendor staff")},
        {QStringLiteral("subcontractor_staff"), tr("Subcontractor staff")},
        {QStringLiteral("agency_staff"), tr("Connected agency staff")},
        // references
        {QStringLiteral("law"), tr("Law")},
        {QStringLiteral("regulation"), tr("Regulation")},
        {QStringLiteral("standard"), tr("Standard")},
        {QStringLiteral("other"), tr("Other")},
        // reviews, meetings, audits
        {QStringLiteral("document"), tr("Policy document")},
        {QStringLiteral("objective"), tr("Objective measurement")},
        {QStringLiteral("management_review"), tr("Management review")},
        {QStringLiteral("internal_audit"), tr("Internal audit")},
        {QStringLiteral("drill"), tr("Social-engineering drill")},
        {QStringLiteral("custom"), tr("Custom")},
        {QStringLiteral("committee"), tr("Committee meeting")},
        {QStringLiteral("no_change"), tr("No change")},
        {QStringLiteral("never_done"), tr("Never done")},
        {QStringLiteral("scheduled"), tr("Scheduled")},
        {QStringLiteral("due_soon"), tr("Due soon")},
        {QStringLiteral("revise"), tr("Revise")},
        {QStringLiteral("major"), tr("Major nonconformity")},
        {QStringLiteral("minor"), tr("Minor nonconformity")},
        {QStringLiteral("observation"), tr("Observation")},
        {QStringLiteral("opportunity"), tr("Opportunity for improvement")},
        // management review agenda: the inputs of ISO/IEC 27001:2022 clause 9.3.2
        {QStringLiteral("input_previous_actions"), tr("a) Status of actions from previous management reviews")},
        {QStringLiteral("input_issue_changes"), tr("b) Changes in external and internal issues")},
        {QStringLiteral("input_party_needs"), tr("c) Changes in the needs and expectations of interested parties")},
        {QStringLiteral("input_nonconformities"), tr("d) Nonconformities and corrective actions")},
        {QStringLiteral("input_measurements"), tr("d) Monitoring and measurement results")},
        {QStringLiteral("input_audit_results"), tr("d) Audit results")},
        {QStringLiteral("input_objectives"), tr("d) Fulfilment of information security objectives")},
        {QStringLiteral("input_party_feedback"), tr("e) Feedback from interested parties")},
        {QStringLiteral("input_risk"), tr("f) Results of risk assessment and status of risk treatment")},
        {QStringLiteral("input_improvement"), tr("g) Opportunities for continual improvement")},
        {QStringLiteral("input_other"), tr("Other business")},
        // communication
        {QStringLiteral("training"), tr("Training")},
        {QStringLiteral("meeting"), tr("Internal meeting")},
        {QStringLiteral("posting"), tr("Posting")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("sign_in_sheet"), tr("Signed sheet")},
        {QStringLiteral("in_person"), tr("Confirmed in person")},
        // accounts and backups
        {QStringLiteral("administrator"), tr("Administrator")},
        {QStringLiteral("editor"), tr("Editor")},
        {QStringLiteral("chair"), tr("Chair")},
        {QStringLiteral("auditor"), tr("Auditor")},
        {QStringLiteral("viewer"), tr("Viewer")},
        {QStringLiteral("active"), tr("Active")},
        {QStringLiteral("disabled"), tr("Disabled")},
        {QStringLiteral("automatic"), tr("Automatic")},
        {QStringLiteral("passed"), tr("✔ Passed")},
        {QStringLiteral("failed"), tr("✖ Failed")},
        {QStringLiteral("manual"), tr("By hand")},
        // audit log
        {QStringLiteral("insert"), tr("Added")},
        {QStringLiteral("update"), tr("Changed")},
        {QStringLiteral("delete"), tr("Deleted")},
    };
    return labels.value(key, key);
}

}  // namespace isms::core
