#pragma once

#include "PolicyContent.h"

#include <QList>
#include <QString>

namespace isms::core {

// What differs between two versions of a policy: sections added, removed and changed, and inside
// a changed section the words (for Chinese: the characters) inserted and deleted.
class PolicyDiff {
public:
    struct Piece {
        enum Kind { Same, Inserted, Deleted } kind;
        QString text;
    };
    struct Change {
        enum Kind { Unchanged, Added, Removed, Changed } kind;
        int depth = 0;
        QString oldNumber;  // derived numbers (壹、…) in each version; empty where absent
        QString newNumber;
        QList<Piece> heading;
        QList<QList<Piece>> paragraphs;
    };

    static QList<Change> compare(const PolicyContent& before, const PolicyContent& after);
    // A redline of two texts, by word (Latin) or by character (CJK).
    static QList<Piece> redline(const QString& before, const QString& after);
    static int countOf(const QList<Change>& changes, Change::Kind kind);
};

}  // namespace isms::core
