#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace isms::core {

// A PDF's text, page by page (pages apart by a form feed), in reading order, for the text
// importer. Core reads no PDF itself (it has no GUI library, and the PDF library needs one): the
// reports library installs the reader (reports::PdfWords::install, with Poppler), as the program
// and the tests do at start.
class PdfTextReader {
    Q_DECLARE_TR_FUNCTIONS(PdfTextReader)
public:
    using Reader = std::function<QString(const QString& file)>;
    static void install(Reader reader);
    // Throws Error(Invalid) with the reason: no text (a scanned image), encrypted, damaged.
    static QString text(const QString& file);
};

}  // namespace isms::core
