#pragma once

#include "VersionSummary.h"

#include <QCoreApplication>
#include <QList>

namespace isms::core {

// Where a version stands on a given day: the one rule for which version of a document is in
// force. The stored status says what document control did (approved, published); the day decides
// the rest. A published version takes over on its effective date, and only then is the version
// before it superseded. Every page, report, command and check asks this rule and nothing else.
struct VersionStanding {
    Q_DECLARE_TR_FUNCTIONS(VersionStanding)
public:
    enum Kind {
        Draft,
        InReview,
        Withdrawn,
        Approved,    // approved, its effective date reached, not published: in force for no one
        Scheduled,   // approved or published, effective later
        InForce,
        Superseded,  // from the day its successor took effect
    };

    VersionSummary version;
    Kind kind = Draft;
    QString successor;  // Superseded: the version that replaced it
    QDate since;        // Superseded: the day it was replaced; Scheduled: the day it takes effect

    // Translated, with the dates the reader needs: "Published, takes effect on 民國115年12月15日".
    QString label() const;
    bool published() const;

    // The standing of each of a document's versions on a day, in the order given.
    static QList<VersionStanding> of(const QList<VersionSummary>& versions, const QDate& day);
    // The one in force on the day among them (nullptr: none yet).
    static const VersionStanding* inForce(const QList<VersionStanding>& standings);
    static const VersionStanding* nextScheduled(const QList<VersionStanding>& standings);
};

}  // namespace isms::core
