#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>

namespace isms::reports {

// Which character every glyph drawn into a PDF stands for, per font face, in the order the
// glyphs were first used — the order in which Qt's PDF writer numbers them (CID 1, 2, …) in the
// font subset it embeds. PdfTextFixer rebuilds each font's ToUnicode map from it.
class GlyphJournal {
public:
    // face: the font's PostScript-style name as the PDF names it (NotoSansCJKtc-Regular).
    void record(const QString& face, quint32 glyph, char32_t character);
    QList<QString> faces() const { return m_order.keys(); }
    // The characters of a face's glyphs in first-use order (entry 0 is CID 1).
    QList<char32_t> characters(const QString& face) const;
    // A character no face has, printed as U+FFFD.
    void recordMissing(char32_t character);
    // Those characters, each once, in the order they were first met.
    const QList<char32_t>& missing() const { return m_missing; }

private:
    QHash<QString, QList<quint32>> m_order;
    QHash<QString, QHash<quint32, char32_t>> m_characters;
    QList<char32_t> m_missing;
};

}  // namespace isms::reports
