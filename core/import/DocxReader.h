#pragma once

#include "DocumentParagraph.h"

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// A Word document (.docx) as the paragraphs PolicyTextParser reads: one per paragraph, with the
// numbers Word puts before list paragraphs written out as the document shows them (Word's
// numbering definitions: numFmt such as taiwaneseCountingThousand, ideographLegalTraditional,
// decimal, and lvlText such as "%1、" or "%1.%2"), a page break as a form feed, a title block
// kept in a table as "field：value" lines, other tables row by row. What the program's own
// export adds after the policy (revision history, approval) is left out, so that an exported
// document reads back as the same sections. A paragraph keeps its list level (ilvl) and its
// heading level (outlineLvl, its own or its style's, or a built-in "heading N").
class DocxReader {
    Q_DECLARE_TR_FUNCTIONS(DocxReader)
public:
    // Throws Error(Invalid) with the reason for a file that is no Word document.
    static DocumentText paragraphs(const QString& file);
    // The same from the package's parts (document.xml, numbering.xml, styles.xml).
    static DocumentText paragraphs(const QByteArray& document, const QByteArray& numbering, const QByteArray& styles);
};

}  // namespace isms::core
