#include "IndicatorSource.h"

namespace isms::core {

QList<IndicatorSource::Kind> IndicatorSource::all() {
    return {Kind::Manual,           Kind::Drills,
            Kind::SeniorAttendance, Kind::CorrectiveOnTime,
            Kind::ComplianceFindings, Kind::Availability,
            Kind::Training,         Kind::UnauthorisedIncidents,
            Kind::IncidentsReportedInTime};
}

QString IndicatorSource::key(Kind kind) {
    switch (kind) {
    case Kind::Manual: return QString();
    case Kind::Drills: return QStringLiteral("drills");
    case Kind::SeniorAttendance: return QStringLiteral("senior_attendance");
    case Kind::CorrectiveOnTime: return QStringLiteral("corrective_on_time");
    case Kind::ComplianceFindings: return QStringLiteral("compliance_findings");
    case Kind::Availability: return QStringLiteral("availability");
    case Kind::Training: return QStringLiteral("training");
    case Kind::UnauthorisedIncidents: return QStringLiteral("unauthorised_incidents");
    case Kind::IncidentsReportedInTime: return QStringLiteral("incidents_reported_in_time");
    }
    return QString();
}

bool IndicatorSource::fromKey(const QString& key, Kind* out) {
    for (Kind kind : all()) {
        if (IndicatorSource::key(kind) == key) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString IndicatorSource::label(Kind kind) {
    switch (kind) {
    case Kind::Manual: return tr("Entered by hand");
    case Kind::Drills: return tr("Social-engineering drills");
    case Kind::SeniorAttendance: return tr("Senior management at management reviews");
    case Kind::CorrectiveOnTime: return tr("Corrective actions closed by their due date");
    case Kind::ComplianceFindings: return tr("Unresolved findings of compliance checks");
    case Kind::Availability: return tr("Availability of the core systems");
    case Kind::Training: return tr("Staff who had the training they must have");
    case Kind::UnauthorisedIncidents: return tr("Incidents of unauthorised access or alteration");
    case Kind::IncidentsReportedInTime: return tr("Incidents reported within the deadline");
    }
    return QString();
}

QString IndicatorSource::explanation(Kind kind) {
    switch (kind) {
    case Kind::Manual: return tr("Each period's value is recorded by hand, with its evidence.");
    case Kind::Drills: return tr("Each half-year is 1 when every drill of it passed, 0 otherwise; recording a drill records it.");
    case Kind::SeniorAttendance:
        return tr("The share of the people holding the chosen roles on a management review's day who attended it, over "
                  "the reviews held in the period.");
    case Kind::CorrectiveOnTime:
        return tr("The share of the corrective actions due in the period that were done by their due date; an action "
                  "counts once its due date has passed or it is done.");
    case Kind::ComplianceFindings:
        return tr("The nonconformities (major and minor) of compliance checks still unresolved at the period's end; no "
                  "value until a compliance check has been recorded.");
    case Kind::Availability:
        return tr("The share of the chosen core systems' service hours not lost to unplanned outages; with several "
                  "systems, the lowest of them.");
    case Kind::Training:
        return tr("The share of the people on the staff at the year's end (today, for the running year) who must have "
                  "security training who had the hours of each kind their requirements ask; measured yearly.");
    case Kind::UnauthorisedIncidents:
        return tr("The security incidents of unauthorised access or alteration that became known in the period.");
    case Kind::IncidentsReportedInTime:
        return tr("Of the security incidents that became known in the period, the share reported within the reporting "
                  "deadline; an incident counts once it is reported or its deadline has passed.");
    }
    return QString();
}

bool IndicatorSource::computed(Kind kind) {
    return kind == Kind::SeniorAttendance || kind == Kind::CorrectiveOnTime || kind == Kind::ComplianceFindings ||
           kind == Kind::Availability || kind == Kind::Training ||
           kind == Kind::UnauthorisedIncidents || kind == Kind::IncidentsReportedInTime;
}

QString IndicatorSource::unit(Kind kind) {
    switch (kind) {
    case Kind::SeniorAttendance:
    case Kind::CorrectiveOnTime:
    case Kind::Training:
    case Kind::IncidentsReportedInTime:
    case Kind::Availability: return QStringLiteral("%");
    case Kind::ComplianceFindings: return tr("findings");
    case Kind::UnauthorisedIncidents: return tr("incidents");
    case Kind::Drills:
    case Kind::Manual: break;
    }
    return QString();
}

QString IndicatorSource::direction(Kind kind) {
    return kind == Kind::ComplianceFindings || kind == Kind::UnauthorisedIncidents ? QStringLiteral("at_most")
                                                                                    : QStringLiteral("at_least");
}

double IndicatorSource::target(Kind kind) {
    switch (kind) {
    case Kind::SeniorAttendance:
    case Kind::Training:
    case Kind::IncidentsReportedInTime:
    case Kind::CorrectiveOnTime: return 100;
    case Kind::Drills: return 1;
    case Kind::Availability: return 99.5;
    case Kind::ComplianceFindings:
    case Kind::UnauthorisedIncidents:
    case Kind::Manual: break;
    }
    return 0;
}

QString IndicatorSource::recordList(Kind kind) {
    switch (kind) {
    case Kind::SeniorAttendance: return QStringLiteral("meetings");
    case Kind::CorrectiveOnTime: return QStringLiteral("corrective_actions");
    case Kind::ComplianceFindings: return QStringLiteral("findings");
    case Kind::Drills: return QStringLiteral("drills");
    case Kind::Availability: return QStringLiteral("outages");
    case Kind::Training: return QStringLiteral("training_standing");
    case Kind::UnauthorisedIncidents:
    case Kind::IncidentsReportedInTime: return QStringLiteral("incidents");
    case Kind::Manual: break;
    }
    return QString();
}

QString IndicatorSource::correctiveJudgedSql(const QString& parameter) {
    return QStringLiteral("(c.due_date < :%1 OR (c.done_date IS NOT NULL AND c.done_date <= :%1))").arg(parameter);
}

QString IndicatorSource::unresolvedComplianceSql(const QString& parameter) {
    return QStringLiteral("a.kind = 'compliance_check' AND a.start_date <= :%1 AND f.kind IN ('major', 'minor') AND "
                          "(f.status = 'open' OR f.closed_date > :%1)")
        .arg(parameter);
}

}  // namespace isms::core
