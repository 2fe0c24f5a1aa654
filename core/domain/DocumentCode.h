#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::core {

// A document's code (ISMS-01-01, KH-D-ISMS-01): letters, digits, "-", "_" and "." only, so that
// it is safe wherever it is shown or becomes part of a file's name.
class DocumentCode {
    Q_DECLARE_TR_FUNCTIONS(DocumentCode)
public:
    // Why text is no document code, as a sentence; empty when it is one.
    static QString refusal(const QString& text);
};

}  // namespace isms::core
