#pragma once

#include "GlyphJournal.h"

#include <QFont>
#include <QPointF>
#include <QRawFont>

class QPainter;

namespace isms::reports {

// Draws text for a report as glyph runs of one font face, with the glyphs taken from the face's
// own character map — one glyph per character, no substitution — and records in the journal
// which character each glyph stands for, so the PDF's text layer can be made exact. A character
// the face lacks (✔, ✖ are not in Noto Sans CJK) is drawn from a fallback face, DejaVu Sans,
// journaled under that face; a character no face has draws as nothing, never as glyph 0, which
// the PDF keeps for itself.
class JournaledText {
public:
    explicit JournaledText(GlyphJournal& journal);

    // The PostScript-style name a PDF gives the face: family without spaces, '-', style.
    static QString faceName(const QRawFont& font);
    // Draws text with its baseline starting at origin; returns the advance.
    qreal draw(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font);
    static qreal width(const QString& text, const QFont& font);

private:
    struct Run {
        QRawFont font;
        QList<quint32> glyphs;
        QList<char32_t> characters;
        QList<qreal> advances;
    };
    static QList<Run> runs(const QString& text, const QFont& font);

    GlyphJournal& m_journal;
};

}  // namespace isms::reports
