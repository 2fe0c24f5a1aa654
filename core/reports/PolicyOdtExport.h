#pragma once

#include "PolicyCopyReport.h"

#include <QCoreApplication>

namespace isms::reports {

// The policy as an OpenDocument text, for people who edit in LibreOffice: as the Word export
// (PolicyDocxExport) — the title block, a table of contents, each section a heading numbered by
// the word processor in the version's own scheme (the outline numbering: a format, a prefix and
// suffix, the parents' numbers shown), its paragraphs, revision history and approval, a header
// and a footer with page N of M; East Asian text in Noto CJK TC, language zh-TW. What comes back
// from a word processor is imported as a new draft; this file is not the controlled copy.
class PolicyOdtExport {
    Q_DECLARE_TR_FUNCTIONS(PolicyOdtExport)
public:
    static QByteArray build(const PolicyCopyReport::Input& input);
    static void write(const PolicyCopyReport::Input& input, const QString& file);
};

}  // namespace isms::reports
