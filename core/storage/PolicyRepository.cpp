#include "PolicyRepository.h"

#include "Database.h"
#include "Sql.h"
#include "domain/Clock.h"
#include "domain/Error.h"

#include <QHash>
#include <QSqlQuery>

namespace isms::core {

namespace {
const char* const kVersionColumns =
    "SELECT v.id, v.document_id, d.code, v.version, v.title, v.status, v.classification, "
    "v.effective_date, v.change_summary, v.row_version FROM document_versions v "
    "JOIN documents d ON d.id = v.document_id ";

struct SectionRow {
    qint64 id;
    QString heading;
    QString body;
};

PolicySection build(qint64 id, const QHash<qint64, SectionRow>& rows,
                    const QHash<qint64, QList<qint64>>& children) {
    const SectionRow& row = rows[id];
    PolicySection s;
    s.id = row.id;
    s.heading = row.heading;
    if (!row.body.isEmpty()) s.paragraphs = row.body.split(QLatin1Char('\n'));
    for (qint64 child : children.value(id)) s.children.push_back(build(child, rows, children));
    return s;
}
}  // namespace

PolicyRepository::PolicyRepository(Database& db) : m_db(db) {}

VersionSummary PolicyRepository::fromQuery(const QSqlQuery& q) {
    VersionSummary v;
    v.id = q.value(0).toLongLong();
    v.documentId = q.value(1).toLongLong();
    v.code = q.value(2).toString();
    v.version = q.value(3).toString();
    v.title = q.value(4).toString();
    VersionStatus::fromKey(q.value(5).toString(), &v.status);
    Classification::fromKey(q.value(6).toString(), &v.classification);
    v.effectiveDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    v.changeSummary = q.value(8).toString();
    v.rowVersion = q.value(9).toInt();
    return v;
}

QList<PolicyRepository::DocumentRow> PolicyRepository::documents() const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, code, title FROM documents ORDER BY code"));
    QList<DocumentRow> out;
    while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<VersionSummary> PolicyRepository::versions(qint64 documentId) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QString::fromLatin1(kVersionColumns) +
                               QStringLiteral("WHERE v.document_id = :d ORDER BY v.id DESC"),
                           {{QStringLiteral("d"), documentId}});
    QList<VersionSummary> out;
    while (q.next()) out.append(fromQuery(q));
    return out;
}

VersionSummary PolicyRepository::version(qint64 versionId) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QString::fromLatin1(kVersionColumns) + QStringLiteral("WHERE v.id = :id"),
                           {{QStringLiteral("id"), versionId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That policy version no longer exists."));
    return fromQuery(q);
}

VersionSummary PolicyRepository::find(const QString& code, const QString& version) const {
    if (version.isEmpty()) {
        const VersionSummary current = inForce(code, Clock::today());
        if (current.id != 0) return current;
        return versions(documentId(code)).constFirst();
    }
    QSqlQuery q = Sql::run(m_db.connection(),
                           QString::fromLatin1(kVersionColumns) +
                               QStringLiteral("WHERE d.code = :code AND v.version = :version"),
                           {{QStringLiteral("code"), code}, {QStringLiteral("version"), version}});
    if (q.next()) return fromQuery(q);
    throw Error(Error::Kind::NotFound, tr("Document %1 has no version %2.").arg(code, version));
}

qint64 PolicyRepository::documentId(const QString& code) const {
    const qint64 id = Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM documents WHERE code = :c"),
                                  {{QStringLiteral("c"), code}})
                          .toLongLong();
    if (id == 0 || versions(id).isEmpty()) throw Error(Error::Kind::NotFound, tr("There is no document %1.").arg(code));
    return id;
}

QList<VersionStanding> PolicyRepository::standings(qint64 documentId, const QDate& day) const {
    return VersionStanding::of(versions(documentId), day);
}

VersionSummary PolicyRepository::inForce(const QString& code, const QDate& day) const {
    return inForce(documentId(code), day);
}

VersionSummary PolicyRepository::inForce(qint64 documentId, const QDate& day) const {
    const QList<VersionStanding> all = standings(documentId, day);
    const VersionStanding* current = VersionStanding::inForce(all);
    return current ? current->version : VersionSummary{};
}

QString PolicyRepository::inForceVersionSql(const QString& documentIdExpression) {
    return QStringLiteral("(SELECT fv.id FROM document_versions fv WHERE fv.document_id = %1 AND fv.status IN "
                          "('published', 'superseded') AND fv.effective_date <= :today ORDER BY fv.effective_date DESC, "
                          "fv.id DESC LIMIT 1)")
        .arg(documentIdExpression);
}

QString PolicyRepository::shownWordingSql(const QString& objectiveIdExpression) {
    // In effect first, the newest of them; an objective only a scheduled version holds yet is
    // shown as that version words it.
    return QStringLiteral("(SELECT sw.id FROM objective_wordings sw JOIN document_versions sv ON sv.id = sw.version_id "
                          "WHERE sw.objective_id = %1 AND sv.status IN ('published', 'superseded') ORDER BY CASE WHEN "
                          "sv.effective_date <= :today THEN 0 ELSE 1 END, CASE WHEN sv.effective_date <= :today THEN "
                          "sv.effective_date END DESC, sv.effective_date, sv.id DESC LIMIT 1)")
        .arg(objectiveIdExpression);
}

QList<NumberingScheme> PolicyRepository::numberings(qint64 documentId) const {
    // The scheme the document came in with first, then its versions'.
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT numbering, 0 FROM documents WHERE id = :d UNION ALL "
                                          "SELECT numbering, id FROM document_versions WHERE document_id = :d ORDER BY 2"),
                           {{QStringLiteral("d"), documentId}});
    QList<NumberingScheme> out;
    while (q.next()) {
        NumberingScheme scheme;
        if (NumberingScheme::fromStored(q.value(0).toString(), &scheme) && !out.contains(scheme)) out << scheme;
    }
    return out;
}

PolicyContent PolicyRepository::load(qint64 versionId) const {
    const QSqlDatabase db = m_db.connection();
    QSqlQuery v = Sql::run(db,
                           QStringLiteral("SELECT d.code, v.version, v.org_name, v.org_name_en, v.title, "
                                          "v.effective_date, v.classification, v.notice, v.numbering, v.earlier_versions FROM "
                                          "document_versions v JOIN documents d ON d.id = v.document_id "
                                          "WHERE v.id = :id"),
                           {{QStringLiteral("id"), versionId}});
    if (!v.next()) throw Error(Error::Kind::NotFound, tr("That policy version no longer exists."));
    PolicyContent content;
    content.code = v.value(0).toString();
    content.version = v.value(1).toString();
    content.orgName = v.value(2).toString();
    content.orgNameEn = v.value(3).toString();
    content.title = v.value(4).toString();
    content.effectiveDate = QDate::fromString(v.value(5).toString(), Qt::ISODate);
    Classification::fromKey(v.value(6).toString(), &content.classification);
    content.notice = v.value(7).toString();
    // A scheme that is not ours to read leaves the government one; the database check still
    // finds the row changed outside the program (AuditState).
    NumberingScheme::fromStored(v.value(8).toString(), &content.numbering);
    EarlierVersion::fromStored(v.value(9).toString(), &content.earlierVersions);
    v.finish();

    QSqlQuery q = Sql::run(db,
                           QStringLiteral("SELECT id, parent_id, heading, body FROM sections WHERE "
                                          "version_id = :id ORDER BY parent_id, position"),
                           {{QStringLiteral("id"), versionId}});
    QHash<qint64, SectionRow> rows;
    QHash<qint64, QList<qint64>> children;  // parent 0: the top level
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        rows.insert(id, {id, q.value(2).toString(), q.value(3).toString()});
        children[q.value(1).isNull() ? 0 : q.value(1).toLongLong()].append(id);
    }
    for (qint64 root : children.value(0)) content.sections.push_back(build(root, rows, children));
    return content;
}

int PolicyRepository::sectionCount(qint64 versionId) const {
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM sections WHERE version_id = :id"),
                       {{QStringLiteral("id"), versionId}})
        .toInt();
}

}  // namespace isms::core
