#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRawFont>

#include "GlyphJournal.h"

class QPainter;

namespace isms::reports {

// Draws text for a report as glyph runs of one font face, with the glyphs taken from the face's
// own character map — one glyph per character (a character beyond the BMP is one), no
// substitution — and records in the journal which character each glyph stands for, so the PDF's
// text layer can be made exact. A character the face lacks (✔, ✖, é as e and a combining accent,
// emoji) is drawn from a fallback face, journaled under that face; a character no face has draws
// as the replacement character �, never as glyph 0 (which the PDF keeps for itself), and the
// journal names it.
class JournaledText {
    Q_DECLARE_TR_FUNCTIONS(JournaledText)
public:
    explicit JournaledText(GlyphJournal& journal);

    // The PostScript-style name a PDF gives the face: family without spaces, '-', style.
    static QString faceName(const QRawFont& font);
    // Draws text with its baseline starting at origin; returns the advance.
    qreal draw(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font);
    static qreal width(const QString& text, const QFont& font);
    // What to tell whoever asked for the document about the characters no face had (printed as
    // �): "1 character has no font and is printed as �: U+F0001."; empty when there were none.
    static QString missingNote(const QList<char32_t>& missing);

private:
    struct Run {
        QRawFont font;
        QList<quint32> glyphs;
        QList<char32_t> characters;
        QList<qreal> advances;
        QList<char32_t> missing;  // characters no face has, drawn as U+FFFD
    };
    static QList<Run> runs(const QString& text, const QFont& font);

    GlyphJournal& m_journal;
};

}  // namespace isms::reports
