#include "DatabaseCheck.h"

#include <QDateTime>
#include <QSqlQuery>

#include "ObjectiveRegister.h"
#include "PolicyService.h"
#include "domain/ObjectiveItems.h"
#include "domain/PolicyFingerprint.h"
#include "domain/RecordKinds.h"
#include "storage/AuditState.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "storage/TrailAnchor.h"

namespace isms::core {

DatabaseCheck::DatabaseCheck(Database& db) : m_db(db) {}

DatabaseCheck::Report DatabaseCheck::run(bool thorough, const std::function<bool()>& stop) const {
    Report report;
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // The server keeps its own pages sound and enforces every link as it is written; what
        // can still be wrong is a link constraint someone created without checking old rows.
        if (thorough) {
            QSqlQuery keys = Sql::run(
                m_db.connection(),
                QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                               "WHERE contype = 'f' AND NOT convalidated"));
            while (keys.next()) {
                report.problems << tr("A %1 (row %2) links to a record that does not exist.")
                                       .arg(RecordKinds::label(keys.value(0).toString()),
                                            keys.value(1).toString());
            }
        }
        if (thorough) {
            checkApprovedText(report);
            checkDerivedRecords(report);
        }
        checkRecordsAgainstTrail(report, stop);
        checkTrailEnd(report);
        return report;
    }
    QSqlQuery integrity =
        Sql::run(m_db.connection(), thorough ? QStringLiteral("PRAGMA integrity_check")
                                             : QStringLiteral("PRAGMA quick_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok")) report.problems << tr("Integrity problem: %1").arg(line);
    }
    if (thorough) {
        QSqlQuery keys = Sql::run(m_db.connection(), QStringLiteral("PRAGMA foreign_key_check"));
        while (keys.next()) {
            report.problems << tr("A %1 (row %2) links to a record that does not exist.")
                                   .arg(RecordKinds::label(keys.value(0).toString()),
                                        keys.value(1).toString());
        }
        checkApprovedText(report);
        checkDerivedRecords(report);
    }
    checkRecordsAgainstTrail(report, stop);
    checkTrailEnd(report);
    return report;
}

void DatabaseCheck::checkRecordsAgainstTrail(Report& report,
                                             const std::function<bool()>& stop) const {
    // The chain and the records in one read of the trail.
    AuditState state(m_db);
    const QList<AuditState::Difference> found = state.differences(stop, &report.audit);
    if (!state.complete()) report.audit.complete = false;
    // A whole table rewritten would fill the screen: the first ones name the records, a count
    // says how many more.
    constexpr int kNamed = 20;
    for (int i = 0; i < found.size() && i < kNamed; ++i) report.problems << found[i].describe();
    if (found.size() > kNamed) {
        report.problems << tr("… and %n more record(s) that differ from the audit trail.", nullptr,
                              int(found.size()) - kNamed);
    }
}

void DatabaseCheck::checkTrailEnd(Report& report) const {
    // What this workstation saw of the trail, kept outside the database (TrailAnchor).
    // This connection's own, when it has one: the settings are written only every few seconds.
    const TrailAnchor seen =
        m_db.trailAnchor().isNull() ? TrailAnchor::load(m_db.path()) : m_db.trailAnchor();
    if (!seen.isNull() && !AuditLog(m_db).verifySince(seen.entry, seen.hash).held)
        report.problems << seen.lostMessage();
    // A chain proves nothing about its own end: compare it with what was recorded elsewhere.
    const qint64 last =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"))
            .toLongLong();
    if (m_db.engine() == Database::Engine::SQLite) {
        // SQLite's own counter of the ids it handed out, kept outside the table.
        const qint64 written =
            Sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"))
                .toLongLong();
        if (written > last) {
            report.problems << tr("The audit trail ends at entry %1, but entries up to %2 were "
                                  "written: the last %3 were "
                                  "removed.")
                                   .arg(last)
                                   .arg(written)
                                   .arg(written - last);
        }
    }
    // Every backup recorded the trail's head when it was taken: the trail must still hold the
    // newest one (cut below it, or rewritten, it does not). Its entry is found by its number
    // first (the ids count the entries where none was ever rolled back), else by its hash.
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT taken_at, audit_entries, audit_head FROM backups WHERE "
                                "audit_entries > 0 ORDER BY id DESC LIMIT 1"));
    if (!q.next()) return;
    const QString takenAt = q.value(0).toString();
    const qint64 entries = q.value(1).toLongLong();
    const QString head = q.value(2).toString();
    q.finish();
    const bool held =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE id = :n"),
                    {{QStringLiteral("n"), entries}})
                .toString() == head ||
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash = :h"),
                    {{QStringLiteral("h"), head}})
                .toInt() > 0;
    if (!held) {
        report.problems << tr("The backup of %1 recorded the audit trail's head after %2 entries "
                              "(%3…), which the trail no "
                              "longer holds: it was truncated or rewritten.")
                               .arg(QDateTime::fromString(takenAt, Qt::ISODate)
                                        .toLocalTime()
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(entries)
                               .arg(head.left(16));
    }
}

void DatabaseCheck::checkApprovedText(Report& report) const {
    // The audit chain proves its entries, not the text: an approved version's text must still be
    // the text its approval fingerprinted.
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT DISTINCT v.id FROM document_versions v JOIN approvals a ON a.version_id = "
            "v.id WHERE v.status IN ('approved', 'published', 'superseded') ORDER BY v.id"));
    QList<qint64> versions;
    while (q.next()) versions << q.value(0).toLongLong();
    q.finish();
    const PolicyService policies(m_db);
    const PolicyRepository repository(m_db);
    for (const qint64 id : versions) {
        const QString approved = policies.approvedFingerprint(id);
        const QString now = policies.fingerprint(id);
        if (approved == now) continue;
        const VersionSummary v = repository.version(id);
        report.problems << tr("%1 version %2: its text is not the text that was approved (approved "
                              "%3, now %4); it was "
                              "changed outside the program.")
                               .arg(v.code, v.version, PolicyFingerprint::shortForm(approved),
                                    PolicyFingerprint::shortForm(now));
    }
}

void DatabaseCheck::checkDerivedRecords(Report& report) const {
    const PolicyRepository repository(m_db);
    const ObjectiveRegister objectives(m_db);
    QSqlQuery q =
        Sql::run(m_db.connection(), QStringLiteral("SELECT id FROM document_versions WHERE status "
                                                   "IN ('published', 'superseded') ORDER BY id"));
    QList<qint64> versions;
    while (q.next()) versions << q.value(0).toLongLong();
    q.finish();
    for (const qint64 id : versions) {
        // Publication wrote one objective wording per objective item, in the text's order.
        const PolicyContent content = repository.load(id);
        const auto items = ObjectiveItems::of(content);
        const auto wordings = objectives.wordings(id);
        bool same = int(items.size()) == wordings.size();
        for (int i = 0; same && i < wordings.size(); ++i) {
            same = wordings[i].number == i + 1 && wordings[i].text == items[size_t(i)]->heading;
        }
        if (same) continue;
        const VersionSummary v = repository.version(id);
        report.problems << tr("%1 version %2: its objectives (%3) are not its objective items "
                              "(%4); they were changed "
                              "outside the program.")
                               .arg(v.code, v.version)
                               .arg(wordings.size())
                               .arg(items.size());
    }
    const int overdue =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM action_items WHERE status = 'overdue'"))
            .toInt();
    if (overdue > 0) {
        report.problems << tr(
            "%n action item(s) carry the status “overdue”, which the program never stores (overdue "
            "follows "
            "from the due date): they were changed outside the program.",
            nullptr, overdue);
    }
}

QStringList DatabaseCheck::Report::lines() const {
    QStringList out = problems;
    // Of the chain alone: whether the trail still holds what was seen of it is among problems.
    out << (audit.intact ? tr("Audit trail: its %n entries chain on one from another.", nullptr,
                              int(audit.entries))
                         : tr("Audit trail broken at entry %1.").arg(audit.firstBrokenId));
    out << tr("Audit trail head: entry %1, %2").arg(audit.headId).arg(audit.headHash);
    out << (sound() ? tr("Database is sound.") : tr("Database has problems."));
    return out;
}

}  // namespace isms::core
