#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include "domain/VersionStatus.h"

namespace isms::core {

class Database;
class Grant;

// Document control for policy versions: a new draft from the current version, the way through
// review, approval and publication, and the document's revision history and reviews.
class PolicyService {
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    struct HistoryLine {
        qint64 versionId = 0;
        QString version;
        VersionStatus::Value status = VersionStatus::Draft;
        QString standing;  // VersionStanding's label today: what the version is now
        QDate effectiveDate;
        QString changeSummary;
        QString approver;  // name and title, empty until approved
        QDateTime approvedAt;
        QString fingerprint;  // of the approved content
        // A version from before the program, from the document's own revision history
        // (EarlierVersion): no id, no text, no approval recorded here; status Superseded.
        bool earlier = false;
    };
    struct ReviewState {
        qint64 cycleId = 0;
        QDate lastReview;
        QDate nextDue;
        bool overdue = false;
        int intervalMonths = 12;
        int cycleRowVersion = 0;  // as read, for recording a review (0: no cycle yet)
    };

    explicit PolicyService(Database& db);

    // The two usual next numbers: 2.0 → {2.1, 3.0}.
    static QStringList nextVersionNumbers(const QString& version);
    // A draft copy of a version (text, title block, registers; its objective items continue the
    // lasting objectives, with their indicators and history) under a
    // new, higher number, with the reason for the revision.
    qint64 newVersion(qint64 fromVersionId, const QString& version, const QString& changeSummary);

    // Every change of a version takes the row_version of the version as the user saw it: one
    // someone changed meanwhile is refused, naming who, never overwritten.
    // While the version is a draft or in review (after that it is locked).
    void setEffectiveDate(qint64 versionId, int expectedRowVersion, const QDate& date);
    // Refused, listing what is missing, unless the version has all that approval needs.
    void submitForReview(qint64 versionId, int expectedRowVersion);
    void returnToDraft(qint64 versionId, int expectedRowVersion, const QString& reason);
    void withdraw(qint64 versionId, int expectedRowVersion, const QString& reason);
    // Chair or administrator: records who approved what (the content fingerprint) and when, as a
    // signature: the approver's password is asked again (UserService::confirmPassword) and their
    // title is required. The fingerprint is the one shown to the approver: text changed since is
    // refused; so is a version that lacks what approval needs (ApprovalReadiness).
    void approve(qint64 versionId, int expectedRowVersion, const QString& expectedFingerprint,
                 const QString& approverTitle, const QString& password);
    // Makes an approved version the one in force; the version it replaces becomes superseded.
    void publish(qint64 versionId, int expectedRowVersion);

    QList<HistoryLine> history(qint64 documentId) const;
    // Of the text as it is in the database now.
    QString fingerprint(qint64 versionId) const;
    // Of the text as it was approved (the latest approval, as its audit trail recorded it), empty
    // when it has none.
    QString approvedFingerprint(qint64 versionId) const;
    // An approved, published or superseded version's text is what was approved: text changed
    // since (outside the program, which locks it) is refused loudly, never printed or exported.
    void requireTextAsApproved(qint64 versionId) const;

    ReviewState reviewState(qint64 documentId, const QDate& today) const;
    // Records a review; "revise" also starts a new draft (returned), "no change" only closes it.
    // expectedCycleRowVersion: ReviewState::cycleRowVersion as the user saw it.
    qint64 recordReview(qint64 documentId, int expectedCycleRowVersion, const QDate& date,
                        const QString& reviewers, bool revise, const QString& notes);
    // A review on significant change, any time: recorded with its reason, outcome revise.
    qint64 startSignificantChangeReview(qint64 documentId, int expectedCycleRowVersion,
                                        const QString& reason);

private:
    void move(const Grant& grant, qint64 versionId, int rowVersion, VersionStatus::Value to,
              const QString& note);
    VersionStatus::Value statusOf(qint64 versionId, int* rowVersion = nullptr) const;
    // A step on a version someone changed since the user saw it is refused first, naming who:
    // the version it judges is then the one the user saw.
    void refuseIfChanged(const Grant& grant, qint64 versionId, int expectedRowVersion) const;
    qint64 reviewCycle(qint64 documentId) const;
    qint64 currentVersionId(qint64 documentId) const;

    Database& m_db;
};

}  // namespace isms::core
