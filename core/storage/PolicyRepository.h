#pragma once

#include "domain/PolicyContent.h"
#include "domain/VersionStanding.h"
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
    // The numbering schemes the document came in with and its versions have, oldest first.
    QList<NumberingScheme> numberings(qint64 documentId) const;
    VersionSummary version(qint64 versionId) const;
    // The version named, or without a name the one in force today (none in force yet: the
    // newest): throws Error(NotFound) with the reason.
    VersionSummary find(const QString& code, const QString& version = {}) const;
    // Where each version of the document stands on the day (VersionStanding: the one rule).
    QList<VersionStanding> standings(qint64 documentId, const QDate& day) const;
    // The version in force on the day; id 0 when none is yet. Throws NotFound for no document.
    VersionSummary inForce(const QString& code, const QDate& day) const;
    VersionSummary inForce(qint64 documentId, const QDate& day) const;
    // The same rule as VersionStanding in SQL, for statements that pick the version in force per
    // row: the id of the document's version in force on :today (an ISO date bound by the
    // caller), NULL when none is yet. A test holds the two to the same answers.
    static QString inForceVersionSql(const QString& documentIdExpression);
    // The wording an objective is shown with on :today: that of the newest version in effect
    // that holds it (the one in force, or for an objective it no longer holds, the last); for
    // one that only a version still to take effect holds, that version's.
    static QString shownWordingSql(const QString& objectiveIdExpression);
    PolicyContent load(qint64 versionId) const;
    int sectionCount(qint64 versionId) const;

private:
    qint64 documentId(const QString& code) const;
    static VersionSummary fromQuery(const QSqlQuery& q);

    Database& m_db;
};

}  // namespace isms::core
