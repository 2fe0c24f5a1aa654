#include "PageLayout.h"

#include "JournaledText.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace isms::reports {

PageLayout::PageLayout(qreal width, qreal height) : m_width(width), m_height(height) { m_pages.append(Page()); }

PageLayout::Page& PageLayout::current() { return m_pages.last(); }

void PageLayout::pageBreak() {
    if (current().lines.isEmpty()) return;
    m_pages.append(Page());
    m_y = 0;
}

void PageLayout::overflow() {
    m_pages.append(Page());
    m_y = 0;
    if (!m_continuation || m_continuing) return;
    m_continuing = true;
    m_continuation();
    m_continuing = false;
}

void PageLayout::setContinuation(std::function<void()> continuation) {
    m_continuation = std::move(continuation);
}

void PageLayout::addSpace(qreal points) { m_y += points; }

void PageLayout::keepSpace(qreal points) {
    if (m_y + points > m_height && !current().lines.isEmpty()) overflow();
}

qreal PageLayout::rowHeight(const QList<Cell>& cells, const QFont& font, qreal spaceBefore) const {
    qsizetype lines = 1;
    for (const Cell& cell : cells)
        lines = qMax(lines, breakLines(cell.text, font, cell.width, cell.width).size());
    return (m_y > 0 ? spaceBefore : 0) + lines * QFontMetricsF(font).height() * 1.35;
}

qreal PageLayout::blockHeight(const QString& text, const QFont& font, qreal indent, qreal hanging,
                              qreal spaceBefore) const {
    const qsizetype lines =
        breakLines(text, font, m_width - indent, m_width - indent - hanging).size();
    return (m_y > 0 ? spaceBefore : 0) + lines * QFontMetricsF(font).height() * 1.45;
}

void PageLayout::addBlock(const QString& text, const QFont& font, qreal indent, qreal hanging, qreal spaceBefore,
                          const QString& anchor, const QString& rightText) {
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.height() * 1.45;
    const qreal rightReserve = rightText.isEmpty() ? 0 : JournaledText::width(QStringLiteral("0000"), font);
    const QList<QPair<int, int>> spans =
        breakLines(text, font, m_width - indent - rightReserve, m_width - indent - hanging - rightReserve);
    if (m_y > 0) m_y += spaceBefore;
    for (int i = 0; i < spans.size(); ++i) {
        if (m_y + lineHeight > m_height) overflow();
        Line line;
        line.text = text.mid(spans[i].first, spans[i].second).trimmed();
        line.font = font;
        line.x = indent + (i == 0 ? 0 : hanging);
        line.y = m_y + metrics.ascent();
        if (i == 0) line.anchor = anchor;
        if (i == spans.size() - 1) line.rightText = rightText;
        current().lines.append(line);
        m_y += lineHeight;
    }
}

void PageLayout::reserve(qreal height, const QString& anchor) {
    keepSpace(height);
    Line line;
    line.anchor = anchor;
    line.y = m_y;
    current().lines.append(line);
    m_y += height;
}

QList<QPair<int, int>> PageLayout::breakLines(const QString& text, const QFont& font, qreal firstWidth,
                                              qreal width) const {
    // Qt breaks the lines (CJK between any two characters, Latin between words); each line is
    // then drawn glyph by glyph, so measure with the same font.
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QPair<int, int>> spans;
    for (bool first = true;; first = false) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) break;
        line.setLineWidth(first ? firstWidth : width);
        spans.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    return spans;
}

void PageLayout::addRow(const QList<Cell>& cells, const QFont& font, qreal spaceBefore) {
    const QFontMetricsF metrics(font);
    const qreal lineHeight = metrics.height() * 1.35;
    QList<QList<QPair<int, int>>> broken;
    qsizetype lines = 1;
    for (const Cell& cell : cells) {
        broken << breakLines(cell.text, font, cell.width, cell.width);
        lines = qMax(lines, broken.last().size());
    }
    if (m_y > 0) m_y += spaceBefore;
    // A row is not split across pages.
    if (m_y + lines * lineHeight > m_height && !current().lines.isEmpty()) overflow();
    for (int c = 0; c < cells.size(); ++c) {
        for (int i = 0; i < broken[c].size(); ++i) {
            Line line;
            line.text = cells[c].text.mid(broken[c][i].first, broken[c][i].second).trimmed();
            line.font = font;
            line.x = cells[c].right
                         ? cells[c].x + cells[c].width - JournaledText::width(line.text, font)
                         : cells[c].x;
            line.y = m_y + i * lineHeight + metrics.ascent();
            current().lines.append(line);
        }
    }
    m_y += lines * lineHeight;
}

void PageLayout::addRule() {
    Line line;
    line.rule = true;
    line.y = m_y;
    current().lines.append(line);
    m_y += 4;
}

int PageLayout::pageOf(const QString& anchor) const {
    for (int p = 0; p < m_pages.size(); ++p) {
        for (const Line& line : m_pages[p].lines) {
            if (!anchor.isEmpty() && line.anchor == anchor) return p + 1;
        }
    }
    return 0;
}

}  // namespace isms::reports
