#include "CycleRecords.h"

namespace isms::core {

QString CycleRecords::latestRecordSql(const QString& alias) {
    return QStringLiteral(
               "(CASE %1.subject_kind WHEN 'management_review' THEN (SELECT MAX(meeting_date) FROM meetings WHERE kind = "
               "'management_review' AND meeting_date <= :today) WHEN 'internal_audit' THEN (SELECT MAX(COALESCE(end_date, "
               "start_date)) FROM audits WHERE kind = 'internal_audit' AND COALESCE(end_date, start_date) <= :today) WHEN 'drill' THEN (SELECT "
               "MAX(drill_date) FROM drills WHERE drill_date <= :today) WHEN 'document' THEN (SELECT "
               "MAX(SUBSTR(ap.approved_at, 1, 10)) FROM approvals ap JOIN document_versions av ON av.id = ap.version_id "
               "WHERE av.document_id = %1.subject_id AND SUBSTR(ap.approved_at, 1, 10) <= :today) END)")
        .arg(alias);
}

QString CycleRecords::lastDoneSql(const QString& alias) {
    const QString record = latestRecordSql(alias);
    return QStringLiteral("(CASE WHEN %1 IS NOT NULL AND (%2.last_done IS NULL OR %1 > %2.last_done) THEN %1 ELSE "
                          "%2.last_done END)")
        .arg(record, alias);
}

}  // namespace isms::core
