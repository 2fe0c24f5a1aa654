#pragma once

#include "domain/PolicyDiff.h"

#include <QCoreApplication>
#include <QString>

namespace isms::reports {

// The comparison of two policy versions as a document: a summary, then each section that
// differs with deletions struck through and insertions underlined (so it reads in grey print
// and for colour-blind readers too, not only by colour).
class RedlineReport {
    Q_DECLARE_TR_FUNCTIONS(RedlineReport)
public:
    static QString html(const QString& beforeTitle, const QString& afterTitle,
                        const QList<core::PolicyDiff::Change>& changes);

private:
    static QString pieces(const QList<core::PolicyDiff::Piece>& list);
};

}  // namespace isms::reports
