#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <functional>

namespace isms::reports {

// Lines of text placed on A4 pages, ready to paint: a report adds blocks (a heading, a
// paragraph with a hanging indent, a table-of-contents line, a page break) and the layout breaks
// them into lines and pages. Laying out twice gives the same pages, so a table of contents can
// be laid out first and filled with page numbers after.
class PageLayout {
public:
    struct Line {
        QString text;
        QFont font;
        qreal x = 0;         // from the left margin, in points
        qreal y = 0;         // baseline from the top of the text area
        QString rightText;   // right-aligned on the same line (a page number)
        QString anchor;      // a heading's key, for the table of contents
        bool rule = false;   // a horizontal rule across the text width at y, instead of text
    };
    struct Cell {
        QString text;
        qreal x;      // from the left margin
        qreal width;
        bool right = false;  // a number: each line ends at the cell's right edge
    };
    struct Page {
        QList<Line> lines;
    };

    PageLayout(qreal width, qreal height);

    void addBlock(const QString& text, const QFont& font, qreal indent, qreal hanging = 0, qreal spaceBefore = 0,
                  const QString& anchor = {}, const QString& rightText = {});
    void addSpace(qreal points);
    // One table row: each cell wraps within its width; the row ends below its longest cell.
    void addRow(const QList<Cell>& cells, const QFont& font, qreal spaceBefore = 0);
    void addRule();
    // Starts a new page unless this much room is left, so a heading never ends a page.
    void keepSpace(qreal points);
    // Whether this much room is left on the page.
    bool fits(qreal points) const { return m_y + points <= m_height; }
    // The height a row or a block would take (with its space before, if not at a page's top),
    // so that a heading can be kept with what follows it.
    qreal rowHeight(const QList<Cell>& cells, const QFont& font, qreal spaceBefore = 0) const;
    qreal blockHeight(const QString& text, const QFont& font, qreal indent, qreal hanging = 0,
                      qreal spaceBefore = 0) const;
    // Called at the top of every page the layout starts because something did not fit (not an
    // asked-for pageBreak), so that a running table repeats its headings there; none: nothing.
    void setContinuation(std::function<void()> continuation);
    void pageBreak();
    // Room for a picture (a QR code) of this height; a line with no text and the anchor marks
    // its top-left.
    void reserve(qreal height, const QString& anchor);

    const QList<Page>& pages() const { return m_pages; }
    // The page (1-based) a block with this anchor starts on; 0 if none.
    int pageOf(const QString& anchor) const;

private:
    Page& current();
    // A page started because the next line or row did not fit.
    void overflow();
    QList<QPair<int, int>> breakLines(const QString& text, const QFont& font, qreal firstWidth, qreal width) const;

    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
    QList<Page> m_pages;
    std::function<void()> m_continuation;
    bool m_continuing = false;
};

}  // namespace isms::reports
