#include "VersionLock.h"

#include "Database.h"
#include "Sql.h"
#include "domain/Error.h"
#include "domain/VersionStatus.h"

namespace isms::core {

namespace {
// Tables whose rows belong to one version through version_id.
const QStringList kVersionContent{QStringLiteral("sections"),          QStringLiteral("version_references"),
                                  QStringLiteral("scope_items"),       QStringLiteral("policy_statements"),
                                  QStringLiteral("responsibilities"),  QStringLiteral("approvals")};
const QStringList kStatusColumns{QStringLiteral("status"), QStringLiteral("status_changed_at"),
                                 QStringLiteral("status_note")};
}  // namespace

VersionLock::VersionLock(Database& db) : m_db(db) {}

bool VersionLock::locked(const QVariant& versionId) const {
    if (versionId.isNull() || !versionId.isValid()) return false;
    VersionStatus::Value status;
    const QString key = Sql::scalar(m_db.connection(), QStringLiteral("SELECT status FROM document_versions WHERE id = :id"),
                                    {{QStringLiteral("id"), versionId}})
                            .toString();
    return VersionStatus::fromKey(key, &status) && VersionStatus::isReadOnly(status);
}

void VersionLock::check(const QString& table, const QVariantMap& before, const QVariantMap& values) const {
    const QString refusal = tr("This policy version is approved, published or superseded and can no longer be "
                               "changed. Make a new version instead.");
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
    if (locked(version)) throw Error(Error::Kind::Refused, refusal);
    if (values.contains(QStringLiteral("version_id")) && locked(values.value(QStringLiteral("version_id")))) {
        throw Error(Error::Kind::Refused, refusal);
    }
}

}  // namespace isms::core
