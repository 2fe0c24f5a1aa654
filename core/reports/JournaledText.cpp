#include "JournaledText.h"

#include <QGlyphRun>
#include <QPainter>

namespace isms::reports {

JournaledText::JournaledText(GlyphJournal& journal) : m_journal(journal) {}

QString JournaledText::faceName(const QRawFont& font) {
    // The PDF names an embedded font by its PostScript name: entry 6 of the font's name table
    // (NotoSansCJKtc-Regular, DejaVuSans, Symbola), which family and style do not always give.
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&](qsizetype at) {
        return at + 2 <= table.size() ? quint16(quint8(table[at]) << 8 | quint8(table[at + 1]))
                                      : quint16(0);
    };
    const quint16 count = u16(2);
    const quint16 strings = u16(4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const quint16 platform = u16(record);
        if (u16(record + 6) != 6) continue;
        const QByteArray raw = table.mid(strings + u16(record + 10), u16(record + 8));
        if (platform == 1) return QString::fromLatin1(raw).remove(QLatin1Char(' '));
        if (platform == 0 || platform == 3) {
            QString name;
            for (qsizetype at = 0; at + 1 < raw.size(); at += 2) {
                name += QChar(quint16(quint8(raw[at]) << 8 | quint8(raw[at + 1])));
            }
            return name.remove(QLatin1Char(' '));
        }
    }
    return QString(font.familyName()).remove(QLatin1Char(' ')) + QLatin1Char('-') +
           QString(font.styleName()).remove(QLatin1Char(' '));
}

namespace {

// The faces tried, in order, for a character the report's own face lacks: DejaVu Sans has the
// marks (✔ ✖) and Latin, Greek and Cyrillic with their combining accents; Symbola the emoji.
const QStringList& fallbackFamilies() {
    static const QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Symbola")};
    return families;
}

QRawFont fallbackFace(const QString& family, const QFont& like) {
    QFont f(family);
    f.setPixelSize(like.pixelSize() > 0 ? like.pixelSize() : qRound(like.pointSizeF()));
    f.setBold(like.bold());
    return QRawFont::fromFont(f);
}

// A character that has no shape of its own (a control, a joiner, a variation selector) is left
// out where no face has it, rather than printed as a replacement.
bool invisible(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

}  // namespace

QList<JournaledText::Run> JournaledText::runs(const QString& written, const QFont& font) {
    // Composed where Unicode has the composed character (e and a combining acute: é), so that
    // the face's own glyph for it is drawn.
    const QString text = written.normalized(QString::NormalizationForm_C);
    const QRawFont primary = QRawFont::fromFont(font);
    // One glyph per code point (a surrogate pair is one), 0 where the face lacks the character.
    const QList<quint32> glyphs = primary.glyphIndexesForString(text);
    const QList<QPointF> advances = primary.advancesForGlyphIndexes(glyphs);
    QList<QRawFont> fallbacks;  // loaded on first need: most text never needs them
    const auto fallback = [&](qsizetype i) -> const QRawFont& {
        while (fallbacks.size() <= i)
            fallbacks << fallbackFace(fallbackFamilies()[fallbacks.size()], font);
        return fallbacks[i];
    };
    const auto glyphOf = [](const QRawFont& face, char32_t c) {
        return face.glyphIndexesForString(QString::fromUcs4(&c, 1)).value(0);
    };
    QList<Run> out;
    const QList<uint> characters = text.toUcs4();
    for (qsizetype at = 0; at < characters.size(); ++at) {
        const char32_t c = char32_t(characters[at]);
        Run part{primary, {glyphs.value(at)}, {c}, {advances.value(at).x()}, {}};
        const bool mark = QChar::category(c) == QChar::Mark_NonSpacing ||
                          QChar::category(c) == QChar::Mark_Enclosing;
        if (mark) {
            // A combining mark left over takes no room of its own: DejaVu Sans draws its marks to
            // sit over the glyph before them.
            const QRawFont& face = fallback(0);
            if (const quint32 glyph = glyphOf(face, c)) part = Run{face, {glyph}, {c}, {0.0}, {}};
        }
        for (qsizetype f = 0; part.glyphs.first() == 0 && f < fallbackFamilies().size(); ++f) {
            const QRawFont& face = fallback(f);
            if (const quint32 glyph = glyphOf(face, c)) {
                part = Run{face,
                           {glyph},
                           {c},
                           {face.advancesForGlyphIndexes(QList<quint32>{glyph}).value(0).x()},
                           {}};
            }
        }
        if (part.glyphs.first() == 0) {
            if (invisible(c)) continue;
            // No face has it: a visible replacement character, which the text layer reads as
            // such, and the character named to the caller.
            const QRawFont& face = fallback(0);
            const quint32 glyph = glyphOf(face, U'\uFFFD');
            part = Run{face,
                       {glyph},
                       {U'\uFFFD'},
                       {face.advancesForGlyphIndexes(QList<quint32>{glyph}).value(0).x()},
                       {c}};
        }
        if (!out.isEmpty() && out.last().font == part.font) {
            out.last().glyphs << part.glyphs;
            out.last().characters << part.characters;
            out.last().advances << part.advances;
            out.last().missing << part.missing;
        } else {
            out << part;
        }
    }
    return out;
}

QString JournaledText::missingNote(const QList<char32_t>& missing) {
    if (missing.isEmpty()) return {};
    QStringList codes;
    for (char32_t c : missing)
        codes << QStringLiteral("U+") +
                     QString::number(quint32(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return tr("%n character(s) no font has, printed as \uFFFD: %1.", nullptr, int(missing.size()))
        .arg(codes.join(QStringLiteral(", ")));
}

qreal JournaledText::width(const QString& text, const QFont& font) {
    qreal total = 0;
    for (const Run& run : runs(text, font)) {
        for (qreal a : run.advances) total += a;
    }
    return total;
}

qreal JournaledText::draw(QPainter& painter, const QPointF& origin, const QString& text,
                          const QFont& font) {
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
        for (char32_t c : r.missing) m_journal.recordMissing(c);
        QGlyphRun run;
        run.setRawFont(r.font);
        run.setGlyphIndexes(r.glyphs);
        run.setPositions(positions);
        painter.drawGlyphRun(origin, run);
    }
    return x;
}

}  // namespace isms::reports
