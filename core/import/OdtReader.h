#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// An OpenDocument text (.odt) as the text PolicyTextParser reads, as DocxReader does for Word:
// one line per paragraph or heading, headings with the numbers the outline numbering gives them
// (num-format, prefix, suffix, parents' numbers shown), list items with their list style's
// numbers or bullets, tables row by row, the program's own appendix left out.
class OdtReader {
    Q_DECLARE_TR_FUNCTIONS(OdtReader)
public:
    static QString text(const QString& file);
    static QString text(const QByteArray& content, const QByteArray& styles);
};

}  // namespace isms::core
