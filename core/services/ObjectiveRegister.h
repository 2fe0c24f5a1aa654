#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

class Database;
class Grant;

// Lasting objectives and each policy version's wording of them. An objective keeps its identity
// (and so its measurements, action items and review cycle) from version to version: a new
// version's items carry the identity of the items they were copied from, rewording keeps it, an
// item added to the objectives section becomes a new objective when its version is published, and
// an item removed leaves the objective out of that version on, with its history kept.
// Every method writes inside the caller's transaction.
class ObjectiveRegister {
    Q_DECLARE_TR_FUNCTIONS(ObjectiveRegister)
public:
    struct Wording {
        qint64 objectiveId = 0;
        int number = 0;
        QString text;
    };

    explicit ObjectiveRegister(Database& db);

    // Gives the objective items of versionId the identity of the items with the same number in
    // fromVersionId (a new version copied from it, a revision imported after it).
    void carryForward(const Grant& grant, qint64 fromVersionId, qint64 versionId);
    // The version's wordings follow its text: on publication, and for a version imported as
    // already published. Items without an objective create one (its indicator still to be set).
    void settle(const Grant& grant, qint64 versionId);
    QList<Wording> wordings(qint64 versionId) const;

private:
    Database& m_db;
};

}  // namespace isms::core
