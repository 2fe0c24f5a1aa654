#pragma once

#include "GlyphJournal.h"

#include <QByteArray>
#include <QCoreApplication>

namespace isms::reports {

// Qt 6.4's PDF writer builds each font's ToUnicode map by looking up, for every glyph, the
// lowest code point the font maps to it — so 高 comes out as the Kangxi radical ⾼, 民 as ⺠ and
// a space as a tab — and drops glyphs it cannot look up, such as the digits of some CJK fonts.
// Text then searches, copies and reads aloud wrongly. This rewrites every such map from the
// journal of what was really drawn, and the cross-reference table to match.
class PdfTextFixer {
    Q_DECLARE_TR_FUNCTIONS(PdfTextFixer)
public:
    static QByteArray fix(const QByteArray& pdf, const GlyphJournal& journal);
    static QByteArray toUnicodeMap(const QList<char32_t>& characters);

private:
    static QByteArray rebuildCrossReference(const QByteArray& pdf);
};

}  // namespace isms::reports
