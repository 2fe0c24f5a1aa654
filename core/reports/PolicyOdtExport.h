#pragma once

#include "domain/PolicyContent.h"

#include <QCoreApplication>

class QTextDocument;

namespace isms::reports {

// The policy as an OpenDocument text, for people who must edit it in a word processor: the
// title block, then every section with its number as a heading and its paragraphs. What comes
// back from a word processor is imported as a new draft; this file is not the controlled copy.
class PolicyOdtExport {
    Q_DECLARE_TR_FUNCTIONS(PolicyOdtExport)
public:
    static void build(const core::PolicyContent& content, QTextDocument& document);
    static void write(const core::PolicyContent& content, const QString& file);
};

}  // namespace isms::reports
