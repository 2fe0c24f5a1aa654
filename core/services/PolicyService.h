#pragma once

#include "domain/VersionStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace isms::core {

class Database;

// Document control for policy versions: a new draft from the current version, the way through
// review, approval and publication, and the document's revision history and reviews.
class PolicyService {
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    struct HistoryLine {
        qint64 versionId = 0;
        QString version;
        VersionStatus::Value status = VersionStatus::Draft;
        QDate effectiveDate;
        QString changeSummary;
        QString approver;       // name and title, empty until approved
        QDateTime approvedAt;
        QString fingerprint;    // of the approved content
    };
    struct ReviewState {
        qint64 cycleId = 0;
        QDate lastReview;
        QDate nextDue;
        bool overdue = false;
        int intervalMonths = 12;
    };

    explicit PolicyService(Database& db);

    // The two usual next numbers: 2.0 → {2.1, 3.0}.
    static QStringList nextVersionNumbers(const QString& version);
    // A draft copy of a version (text, title block, registers, objectives' indicators) under a
    // new, higher number, with the reason for the revision.
    qint64 newVersion(qint64 fromVersionId, const QString& version, const QString& changeSummary);

    // While the version is a draft or in review (after that it is locked).
    void setEffectiveDate(qint64 versionId, const QDate& date);
    void submitForReview(qint64 versionId);
    void returnToDraft(qint64 versionId, const QString& reason);
    void withdraw(qint64 versionId, const QString& reason);
    // Chair or administrator: records who approved what (the content fingerprint) and when.
    void approve(qint64 versionId, const QString& approverTitle);
    // Makes an approved version the one in force; the version it replaces becomes superseded.
    void publish(qint64 versionId);

    QList<HistoryLine> history(qint64 documentId) const;
    QString fingerprint(qint64 versionId) const;

    ReviewState reviewState(qint64 documentId, const QDate& today) const;
    // Records a review; "revise" also starts a new draft (returned), "no change" only closes it.
    qint64 recordReview(qint64 documentId, const QDate& date, const QString& reviewers, bool revise,
                        const QString& notes);
    // A review on significant change, any time: recorded with its reason, outcome revise.
    qint64 startSignificantChangeReview(qint64 documentId, const QString& reason);

private:
    void move(qint64 versionId, VersionStatus::Value to, const QString& note);
    VersionStatus::Value statusOf(qint64 versionId, int* rowVersion = nullptr) const;
    qint64 reviewCycle(qint64 documentId) const;
    qint64 currentVersionId(qint64 documentId) const;

    Database& m_db;
};

}  // namespace isms::core
