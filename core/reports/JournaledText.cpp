#include "JournaledText.h"

#include <QGlyphRun>
#include <QPainter>

namespace isms::reports {

JournaledText::JournaledText(GlyphJournal& journal) : m_journal(journal) {}

QString JournaledText::faceName(const QRawFont& font) {
    return QString(font.familyName()).remove(QLatin1Char(' ')) + QLatin1Char('-') +
           QString(font.styleName()).remove(QLatin1Char(' '));
}

QList<JournaledText::Run> JournaledText::runs(const QString& text, const QFont& font) {
    const QRawFont primary = QRawFont::fromFont(font);
    // glyphIndexesForString gives one glyph per UTF-16 unit, 0 where the face lacks the character.
    const QList<quint32> glyphs = primary.glyphIndexesForString(text);
    const QList<QPointF> advances = primary.advancesForGlyphIndexes(glyphs);
    QRawFont fallback;  // loaded on first need: most text never needs it
    QList<Run> out;
    qsizetype unit = 0;
    for (const char32_t c : text.toUcs4()) {
        const qsizetype at = unit;
        unit += QChar::requiresSurrogates(c) ? 2 : 1;
        Run part{primary, {glyphs.value(at)}, {c}, {advances.value(at).x()}};
        if (part.glyphs.first() == 0) {
            if (!fallback.isValid()) {
                QFont f(QStringLiteral("DejaVu Sans"));
                f.setPixelSize(font.pixelSize() > 0 ? font.pixelSize() : qRound(font.pointSizeF()));
                f.setBold(font.bold());
                fallback = QRawFont::fromFont(f);
            }
            const QString one = QString::fromUcs4(&c, 1);
            const quint32 glyph = fallback.glyphIndexesForString(one).value(0);
            if (glyph == 0) continue;
            part = Run{fallback, {glyph}, {c}, {fallback.advancesForGlyphIndexes(QList<quint32>{glyph}).value(0).x()}};
        }
        if (!out.isEmpty() && out.last().font == part.font) {
            out.last().glyphs << part.glyphs;
            out.last().characters << part.characters;
            out.last().advances << part.advances;
        } else {
            out << part;
        }
    }
    return out;
}

qreal JournaledText::width(const QString& text, const QFont& font) {
    qreal total = 0;
    for (const Run& run : runs(text, font)) {
        for (qreal a : run.advances) total += a;
    }
    return total;
}

qreal JournaledText::draw(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font) {
    if (text.isEmpty()) return 0;
    qreal x = 0;
    for (const Run& r : runs(text, font)) {
        const QString face = faceName(r.font);
        QList<QPointF> positions;
        for (int i = 0; i < r.glyphs.size(); ++i) {
            positions << QPointF(x, 0);
            x += r.advances[i];
            m_journal.record(face, r.glyphs[i], r.characters[i]);
        }
        QGlyphRun run;
        run.setRawFont(r.font);
        run.setGlyphIndexes(r.glyphs);
        run.setPositions(positions);
        painter.drawGlyphRun(origin, run);
    }
    return x;
}

}  // namespace isms::reports
