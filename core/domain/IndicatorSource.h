#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

// Where an objective's indicator comes from: typed in by hand, the social-engineering drills, or
// computed from the records the program holds — the management reviews attended by the roles
// named as senior management (objective 2), the corrective actions closed by their due date
// (objective 5), the unresolved nonconformities of compliance checks (objective 1), the
// availability of the core systems (objective 6), the staff who had the training they must have
// (objective 3), the incidents of unauthorised access or alteration (objective 4) and the incidents
// reported within the deadline (objective 7).
class IndicatorSource {
    Q_DECLARE_TR_FUNCTIONS(IndicatorSource)
public:
    enum class Kind {
        Manual,
        Drills,
        SeniorAttendance,
        CorrectiveOnTime,
        ComplianceFindings,
        Availability,
        Training,
        UnauthorisedIncidents,
        IncidentsReportedInTime
    };

    static QList<Kind> all();
    static QString key(Kind kind);  // stored: "", "drills", "senior_attendance", …
    static bool fromKey(const QString& key, Kind* out);
    static QString label(Kind kind);        // translated
    static QString explanation(Kind kind);  // how the value is computed, translated
    // Computed by the program from its records at each period's end (not typed in, not fed by a
    // drill when it is recorded).
    static bool computed(Kind kind);
    // What the computed value is, so that an indicator switched to the source reads right.
    static QString unit(Kind kind);
    static QString direction(Kind kind);  // stored key
    static double target(Kind kind);
    // The record list (ListCatalog) that a value of the source is computed from.
    static QString recordList(Kind kind);

    // The conditions the computation and the lists of its records share, so that a drill-down
    // shows exactly what was counted. A corrective action (alias c) is judged once its due date
    // has passed by the day bound to :parameter or it was done by then; a compliance check's
    // nonconformity (finding f of audit a) is unresolved on that day while open or closed later.
    static QString correctiveJudgedSql(const QString& parameter);
    static QString unresolvedComplianceSql(const QString& parameter);
};

}  // namespace isms::core
