#include "VersionLock.h"

#include "Database.h"
#include "Sql.h"
#include "domain/Error.h"
#include "domain/VersionStatus.h"

namespace isms::core {

namespace {
// Tables whose rows belong to one version through version_id.
const QStringList kVersionContent{
    QStringLiteral("sections"),         QStringLiteral("version_references"),
    QStringLiteral("scope_items"),      QStringLiteral("policy_statements"),
    QStringLiteral("responsibilities"), QStringLiteral("approvals")};
const QStringList kStatusColumns{QStringLiteral("status"), QStringLiteral("status_changed_at"),
                                 QStringLiteral("status_note")};
}  // namespace

VersionLock::VersionLock(Database& db) : m_db(db) {}

QString VersionLock::readOnlyRefusal() {
    return tr(
        "This policy version is approved, published or superseded and can no longer be changed. "
        "Make a new "
        "version instead.");
}

QString VersionLock::contentRefusal(const QVariant& versionId) const {
    if (versionId.isNull() || !versionId.isValid()) return {};
    VersionStatus::Value status;
    const QString key =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT status FROM document_versions WHERE id = :id"),
                    {{QStringLiteral("id"), versionId}})
            .toString();
    if (!VersionStatus::fromKey(key, &status)) return {};
    if (VersionStatus::isReadOnly(status)) return readOnlyRefusal();
    if (status == VersionStatus::InReview) {
        return tr(
            "This policy version is in review: its text changes only after it is returned to "
            "draft, so that "
            "what its approver reads is what is approved.");
    }
    return {};
}

void VersionLock::check(const QString& table, const QVariantMap& before,
                        const QVariantMap& values) const {
    const QString refusal = readOnlyRefusal();
    if (table == QStringLiteral("document_versions")) {
        if (before.isEmpty()) return;
        VersionStatus::Value status;
        if (!VersionStatus::fromKey(before.value(QStringLiteral("status")).toString(), &status) ||
            !VersionStatus::isReadOnly(status)) {
            return;
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!kStatusColumns.contains(it.key())) throw Error(Error::Kind::Refused, refusal);
        }
        return;
    }
    if (!kVersionContent.contains(table)) return;
    // An approval is written as the version becomes approved: it is the one thing added then.
    if (table == QStringLiteral("approvals") && before.isEmpty()) return;
    const QVariant version = before.isEmpty() ? values.value(QStringLiteral("version_id"))
                                              : before.value(QStringLiteral("version_id"));
    QString why = contentRefusal(version);
    if (why.isEmpty() && values.contains(QStringLiteral("version_id"))) {
        why = contentRefusal(values.value(QStringLiteral("version_id")));
    }
    if (!why.isEmpty()) throw Error(Error::Kind::Refused, why);
}

}  // namespace isms::core
