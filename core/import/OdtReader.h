#pragma once

#include "DocumentParagraph.h"

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// An OpenDocument text (.odt) as the paragraphs PolicyTextParser reads, as DocxReader does for
// Word: one per paragraph or heading. Headings carry the numbers the outline numbering gives
// them (num-format, prefix, suffix, parents' numbers shown) and their outline level; list items
// their list style's numbers or bullets and their nesting; tables row by row; the program's own
// appendix is left out.
class OdtReader {
    Q_DECLARE_TR_FUNCTIONS(OdtReader)
public:
    static DocumentText paragraphs(const QString& file);
    static DocumentText paragraphs(const QByteArray& content, const QByteArray& styles);
};

}  // namespace isms::core
