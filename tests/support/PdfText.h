#pragma once

#include <QString>

namespace isms::test {

// What pdftotext reads from a PDF: the judge of whether our text layer is right.
// page 0: every page; raw: content-stream order (for rotated text).
QString pdfText(const QString& file, int page = 0, bool raw = false);
QString withoutSpace(QString text);

}  // namespace isms::test
