#include "ApprovalReadiness.h"

#include <QSqlQuery>

#include "domain/NumberingScheme.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"

namespace isms::core {

QStringList ApprovalReadiness::missing(Database& db, qint64 versionId) {
    const PolicyRepository repository(db);
    const PolicyContent content = repository.load(versionId);
    const VersionSummary v = repository.version(versionId);
    QStringList out;
    if (content.orgName.trimmed().isEmpty())
        out << tr("The organisation's name is not given (title block).");
    if (content.title.trimmed().isEmpty())
        out << tr("The document's title is not given (title block).");
    if (!content.effectiveDate.isValid()) {
        out << tr("The effective date is not set.");
    } else {
        QSqlQuery q = Sql::run(
            db.connection(),
            QStringLiteral(
                "SELECT version, effective_date FROM document_versions WHERE document_id = :d "
                "AND id <> :v AND status IN ('approved', 'published', 'superseded') "
                "ORDER BY effective_date DESC LIMIT 1"),
            {{QStringLiteral("d"), v.documentId}, {QStringLiteral("v"), versionId}});
        if (q.next()) {
            const QDate previous = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (previous.isValid() && content.effectiveDate < previous) {
                out << tr("The effective date (%1) comes before that of version %2 (%3).")
                           .arg(Language::longDate(content.effectiveDate), q.value(0).toString(),
                                Language::longDate(previous));
            }
        }
    }
    if (content.sections.empty()) out << tr("The version has no sections.");
    content.numbering.forEachNumbered(content.sections, [&](const PolicySection& s, const QList<int>& path) {
        if (s.heading.trimmed().isEmpty())
            out << tr("Section %1 has no heading.").arg(content.numbering.reference(path));
    });

    // The objectives the version states are measured: each needs its indicator and target.
    QSqlQuery objectives = Sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT w.number, o.kpi_name, o.target FROM objective_wordings w JOIN objectives o "
            "ON o.id = w.objective_id WHERE w.version_id = :v ORDER BY w.number"),
        {{QStringLiteral("v"), versionId}});
    while (objectives.next()) {
        if (objectives.value(1).toString().trimmed().isEmpty() || objectives.value(2).isNull()) {
            out << tr("Objective %1 has no measurable indicator (its name and target, on the "
                      "Objectives page).")
                       .arg(objectives.value(0).toInt());
        }
    }
    return out;
}

QString ApprovalReadiness::refusal(Database& db, qint64 versionId, For who) {
    const QStringList items = missing(db, versionId);
    if (items.isEmpty()) return {};
    QString text = tr("Version %1 is not ready for approval:")
                       .arg(PolicyRepository(db).version(versionId).version);
    for (const QString& item : items) text += QStringLiteral("\n• ") + item;
    // A chair may not edit the draft: someone who may completes it, once it is back in draft.
    if (who == For::Approver) {
        text += QLatin1Char('\n') + tr("Return it to draft with the reason, so that an editor or "
                                       "administrator completes it.");
    }
    return text;
}

}  // namespace isms::core
