#pragma once

#include <QList>
#include <QString>

namespace isms::core {

// A paragraph of a word-processor document as DocxReader and OdtReader hand it to
// PolicyTextParser: its text with the number the document shows before it, and the levels the
// document itself gives it. With them, two list levels that write their numbers alike ("1."
// under "1.") stay two levels, and a heading without a number is still a heading.
struct DocumentParagraph {
    QString text;
    int listLevel = -1;     // the list level (Word's ilvl, OpenDocument's list nesting), 0-based; -1: none
    int headingLevel = -1;  // the outline level (Heading 1 → 0); -1: not a heading
    // A row of the revision-history table the program's own export adds after the text (cells
    // apart by ｜): no text of the policy, but the history it goes back to.
    bool historyRow = false;
};

using DocumentText = QList<DocumentParagraph>;

}  // namespace isms::core
