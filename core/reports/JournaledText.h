#pragma once

#include "GlyphJournal.h"

#include <QFont>
#include <QPointF>
#include <QRawFont>

class QPainter;

namespace isms::reports {

// Draws text for a report as glyph runs of one font face, with the glyphs taken from the face's
// own character map — one glyph per character, no substitution — and records in the journal
// which character each glyph stands for, so the PDF's text layer can be made exact.
class JournaledText {
public:
    explicit JournaledText(GlyphJournal& journal);

    // The PostScript-style name a PDF gives the face: family without spaces, '-', style.
    static QString faceName(const QRawFont& font);
    // Draws text with its baseline starting at origin; returns the advance.
    qreal draw(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font);
    static qreal width(const QString& text, const QFont& font);

private:
    GlyphJournal& m_journal;
};

}  // namespace isms::reports
