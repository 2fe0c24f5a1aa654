#include "PdfTextFixer.h"

#include <QMap>
#include <QRegularExpression>

namespace isms::reports {

namespace {

QByteArray hex16(quint32 value) { return QByteArray::number(value, 16).toUpper().rightJustified(4, '0'); }

// UTF-16 code units as hex, so characters beyond the BMP come out as surrogate pairs.
QByteArray utf16Hex(char32_t c) {
    QByteArray out;
    const QString s = QString::fromUcs4(&c, 1);
    for (QChar unit : s) out += hex16(unit.unicode());
    return out;
}

}  // namespace

QByteArray PdfTextFixer::toUnicodeMap(const QList<char32_t>& characters) {
    QByteArray out =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // bfchar sections hold at most 100 entries each.
    for (qsizetype start = 0; start < characters.size(); start += 100) {
        const qsizetype count = qMin<qsizetype>(100, characters.size() - start);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = start; i < start + count; ++i) {
            out += '<' + hex16(quint32(i + 1)) + "> <" + utf16Hex(characters[i]) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

QByteArray PdfTextFixer::fix(const QByteArray& pdf, const GlyphJournal& journal) {
    // Which ToUnicode stream belongs to which face: "/BaseFont /Name … /ToUnicode N 0 R" in each
    // Type0 font dictionary.
    static const QRegularExpression font(QStringLiteral(R"(/Subtype /Type0\s*/BaseFont /([^\s/]+)[^>]*?/ToUnicode (\d+) 0 R)"));
    QMap<int, QByteArray> maps;
    const QString text = QString::fromLatin1(pdf);
    for (auto it = font.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString face = m.captured(1);
        for (const QString& known : journal.faces()) {
            if (known.compare(face, Qt::CaseInsensitive) == 0) maps.insert(m.captured(2).toInt(), toUnicodeMap(journal.characters(known)));
        }
    }
    QByteArray out = pdf;
    for (auto it = maps.cbegin(); it != maps.cend(); ++it) {
        const QByteArray head = "\n" + QByteArray::number(it.key()) + " 0 obj\n";
        const qsizetype at = out.indexOf(head);
        if (at < 0) continue;
        const qsizetype streamStart = out.indexOf("stream\n", at) + 7;
        const qsizetype streamEnd = out.indexOf("endstream", streamStart);
        const qsizetype objEnd = out.indexOf("endobj", streamEnd);
        if (streamStart < 7 || streamEnd < 0 || objEnd < 0) continue;
        const QByteArray object = head + "<< /Length " + QByteArray::number(it.value().size()) + " >>\nstream\n" +
                                  it.value() + "\nendstream\n";
        out.replace(at, objEnd - at, object);
    }
    return rebuildCrossReference(out);
}

QByteArray PdfTextFixer::rebuildCrossReference(const QByteArray& pdf) {
    // Objects moved: write the xref table anew from where each object now starts.
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    if (xref < 0) return pdf;
    QByteArray out = pdf.left(xref + 1);
    static const QRegularExpression object(QStringLiteral(R"(\n(\d+) 0 obj\n)"));
    QMap<int, qsizetype> offsets;
    const QString text = QString::fromLatin1(out);
    for (auto it = object.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        offsets.insert(m.captured(1).toInt(), m.capturedStart() + 1);
    }
    const int size = offsets.isEmpty() ? 1 : offsets.lastKey() + 1;
    const qsizetype start = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int n = 1; n < size; ++n) {
        if (offsets.contains(n)) {
            out += QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n";
        } else {
            out += "0000000000 65535 f \n";
        }
    }
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    const qsizetype startxref = pdf.indexOf("startxref", trailer);
    out += pdf.mid(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(start) + "\n%%EOF\n";
    return out;
}

}  // namespace isms::reports
