#pragma once

#include "PolicyCopyReport.h"

#include <QCoreApplication>

namespace isms::reports {

// The policy as a Word document (.docx, Office Open XML) for a clerk to go on editing in Word:
// the title block, a table of contents field, each section a heading numbered by Word in the
// version's own scheme (numbering.xml), its paragraphs, the revision history and the approval;
// a header naming the document and a footer with page N of M. East Asian text is set in Noto
// Serif/Sans CJK TC with 新細明體/微軟正黑體 named for Windows, language zh-TW. What comes back from
// Word is imported as a new draft (import policy FILE.docx); this file is not the controlled copy.
class PolicyDocxExport {
    Q_DECLARE_TR_FUNCTIONS(PolicyDocxExport)
public:
    static QByteArray build(const PolicyCopyReport::Input& input);
    static void write(const PolicyCopyReport::Input& input, const QString& file);
    // The paragraph style of what the export adds after the policy (revision history, approval):
    // an import of the file leaves those paragraphs out.
    static QString appendixStyle() { return QStringLiteral("IsmsAppendix"); }
};

}  // namespace isms::reports
