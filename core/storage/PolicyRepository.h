#pragma once

#include "domain/PolicyContent.h"
#include "domain/VersionSummary.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace isms::core {

class Database;

// Reads documents, their versions and a version's section tree.
class PolicyRepository {
    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
public:
    struct DocumentRow {
        qint64 id = 0;
        QString code;
        QString title;
    };

    explicit PolicyRepository(Database& db);

    QList<DocumentRow> documents() const;
    QList<VersionSummary> versions(qint64 documentId) const;
    VersionSummary version(qint64 versionId) const;
    // The version named, or without a name the one in force: throws Error(NotFound) with the
    // reason.
    VersionSummary find(const QString& code, const QString& version = {}) const;
    // In force on a day: the published or superseded version with the latest effective date not
    // after it — a version published ahead of its effective date takes over on that date. With
    // none yet in force, the published one, else the newest.
    VersionSummary inForce(const QString& code, const QDate& day) const;
    PolicyContent load(qint64 versionId) const;
    int sectionCount(qint64 versionId) const;

private:
    static VersionSummary fromQuery(const QSqlQuery& q);

    Database& m_db;
};

}  // namespace isms::core
