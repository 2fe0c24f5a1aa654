#pragma once

#include <QString>

namespace isms::core {

// Characters no record keeps: C0 controls other than tab and line breaks, DEL, and the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make
// a text read differently from what it holds (U+202E before "fdp.exe" shows it as "exe.pdf").
class TextSafety {
public:
    static bool isUnsafe(QChar c);
    // -1 when the text holds none.
    static qsizetype firstUnsafe(const QString& text);
    // The text without them.
    static QString cleaned(const QString& text);
};

}  // namespace isms::core
