#include "JournaledText.h"

#include <QGlyphRun>
#include <QPainter>

namespace isms::reports {

JournaledText::JournaledText(GlyphJournal& journal) : m_journal(journal) {}

QString JournaledText::faceName(const QRawFont& font) {
    return QString(font.familyName()).remove(QLatin1Char(' ')) + QLatin1Char('-') +
           QString(font.styleName()).remove(QLatin1Char(' '));
}

qreal JournaledText::width(const QString& text, const QFont& font) {
    const QRawFont raw = QRawFont::fromFont(font);
    qreal total = 0;
    for (const QPointF& a : raw.advancesForGlyphIndexes(raw.glyphIndexesForString(text))) total += a.x();
    return total;
}

qreal JournaledText::draw(QPainter& painter, const QPointF& origin, const QString& text, const QFont& font) {
    if (text.isEmpty()) return 0;
    const QRawFont raw = QRawFont::fromFont(font);
    const QList<quint32> glyphs = raw.glyphIndexesForString(text);
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
    const QString face = faceName(raw);
    QList<QPointF> positions;
    qreal x = 0;
    // glyphIndexesForString gives one glyph per UTF-16 unit; walk the string by code point.
    qsizetype unit = 0;
    QList<quint32> drawn;
    for (const char32_t c : text.toUcs4()) {
        const quint32 glyph = glyphs.value(unit);
        drawn << glyph;
        positions << QPointF(x, 0);
        x += advances.value(unit).x();
        m_journal.record(face, glyph, c);
        unit += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes(drawn);
    run.setPositions(positions);
    painter.drawGlyphRun(origin, run);
    return x;
}

}  // namespace isms::reports
