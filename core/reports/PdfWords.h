#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::reports {

// The text of a PDF with Poppler's Qt 6 binding, page by page in reading order, pages apart by
// a form feed: what core::PdfTextReader gives the policy importer once install() has run.
class PdfWords {
    Q_DECLARE_TR_FUNCTIONS(PdfWords)
public:
    static QString read(const QString& file);
    static void install();
};

}  // namespace isms::reports
