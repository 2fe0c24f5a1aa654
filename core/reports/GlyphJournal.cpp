#include "GlyphJournal.h"

namespace isms::reports {

void GlyphJournal::record(const QString& face, quint32 glyph, char32_t character) {
    if (glyph == 0) return;  // .notdef: the PDF numbers it CID 0 itself
    auto& characters = m_characters[face];
    if (characters.contains(glyph)) return;
    characters.insert(glyph, character);
    m_order[face].append(glyph);
}

void GlyphJournal::recordMissing(char32_t character) {
    if (!m_missing.contains(character)) m_missing << character;
}

QList<char32_t> GlyphJournal::characters(const QString& face) const {
    QList<char32_t> out;
    const auto& characters = m_characters[face];
    for (quint32 glyph : m_order.value(face)) out << characters.value(glyph);
    return out;
}

}  // namespace isms::reports
