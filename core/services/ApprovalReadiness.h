#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace isms::core {

class Database;
struct PolicySection;

// What a version needs before it can be approved, each as a sentence naming what to complete:
// checked when the version is submitted for review (so that the approver is not the first to
// find it) and again when it is approved.
class ApprovalReadiness {
    Q_DECLARE_TR_FUNCTIONS(ApprovalReadiness)
public:
    // Empty when nothing is missing.
    static QStringList missing(Database& db, qint64 versionId);
    // The list as one message ("Version 2.1 is not ready for approval:" and one line per item),
    // empty when nothing is missing. For the approver, it says how the version gets completed.
    enum class For { Submitter, Approver };
    static QString refusal(Database& db, qint64 versionId, For who);
};

}  // namespace isms::core
