#include "TableReport.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

#include "JournaledText.h"
#include "PdfTextFixer.h"
#include "domain/Error.h"
#include "storage/SafeFile.h"

namespace isms::reports {

namespace {
// A4 landscape, in points.
constexpr qreal kWidth = 841.89;
constexpr qreal kHeight = 595.28;
constexpr qreal kMargin = 40;
constexpr qreal kTop = 70;

QFont font(int pixels, bool bold = false) {
    QFont f(QStringLiteral("Noto Sans CJK TC"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}
}  // namespace

TableReport::TableReport(QString title, QString subtitle, QStringList headers, QList<qreal> widths,
                         QList<Section> sections, core::AuditLog::Head trail)
    : TableReport(
          std::move(title), std::move(subtitle),
          QList<Part>{{QString(), {}, std::move(headers), std::move(widths), std::move(sections)}},
          std::move(trail)) {}

TableReport::TableReport(QString title, QString subtitle, QList<Part> parts,
                         core::AuditLog::Head trail)
    : m_title(std::move(title)),
      m_subtitle(std::move(subtitle)),
      m_parts(std::move(parts)),
      m_trail(std::move(trail)),
      m_layout(build()) {}

QList<PageLayout::Cell> TableReport::cells(const QStringList& texts, const QList<qreal>& widths,
                                           const QList<int>& numeric) {
    qreal total = 0;
    for (qreal w : widths) total += w;
    const qreal usable = kWidth - 2 * kMargin;
    QList<PageLayout::Cell> out;
    qreal x = 0;
    for (int i = 0; i < texts.size() && i < widths.size(); ++i) {
        const qreal w = usable * widths[i] / total;
        out.append({texts[i], x, w - 6, numeric.contains(i)});
        x += w;
    }
    return out;
}

namespace {

bool hasRows(const TableReport::Part& part) {
    if (part.headers.isEmpty()) return false;
    for (const TableReport::Section& section : part.sections) {
        if (!section.rows.isEmpty()) return true;
    }
    return false;
}

qreal rowSpace(const TableReport::Part& part) { return part.signatures ? 22 : 3; }

}  // namespace

qreal TableReport::tableStart(const PageLayout& layout, const Part& part) {
    if (!hasRows(part)) return 0;
    int first = 0;
    while (part.sections[first].rows.isEmpty()) ++first;
    const Section& section = part.sections[first];
    qreal height = layout.rowHeight(cells(part.headers, part.widths, part.numeric), font(9, true), 8) + 4;
    if (!section.heading.isEmpty()) height += layout.blockHeight(section.heading, font(11, true), 0, 0, 8);
    // Its first two rows (a lone row under a heading reads as an orphan).
    for (int r = 0; r < 2 && r < section.rows.size(); ++r)
        height += layout.rowHeight(cells(section.rows[r], part.widths), font(9), rowSpace(part));
    return height;
}

void TableReport::addTable(PageLayout& layout, const Part& part) {
    // An empty table says so in the part's paragraphs: no headings above nothing.
    if (!hasRows(part)) return;
    const QFont headerFont = font(9, true);
    const QFont rowFont = font(9);
    const QFont groupFont = font(11, true);
    const qreal space = rowSpace(part);
    const QList<PageLayout::Cell> headings = cells(part.headers, part.widths, part.numeric);
    // What must stand together: a group's heading and its first rows.
    const auto groupStart = [&](const Section& section) {
        qreal height = 0;
        if (!section.heading.isEmpty())
            height += layout.blockHeight(section.heading, groupFont, 0, 0, 8);
        for (int r = 0; r < 2 && r < section.rows.size(); ++r)
            height += layout.rowHeight(cells(section.rows[r], part.widths), rowFont, space);
        return height;
    };
    const Section* running = nullptr;
    // On a page of its own, a table says what it is: its group's heading, or its part's.
    const auto sayContinued = [&] {
        const QString& heading = running && !running->heading.isEmpty() ? running->heading : part.heading;
        if (!heading.isEmpty())
            layout.addBlock(tr("%1 (continued)").arg(heading), groupFont, 0, 0, 4);
    };
    const auto addHeadings = [&] {
        layout.addRow(headings, headerFont, 8);
        layout.addRule();
    };
    if (!layout.fits(tableStart(layout, part))) {
        layout.keepSpace(tableStart(layout, part));
        sayContinued();
    }
    addHeadings();
    layout.setContinuation([&] {
        if (!running || running->heading.isEmpty()) sayContinued();
        addHeadings();
        if (running && !running->heading.isEmpty()) sayContinued();
    });
    for (const Section& section : part.sections) {
        if (section.rows.isEmpty() && section.heading.isEmpty()) continue;
        running = nullptr;
        layout.keepSpace(groupStart(section));
        if (!section.heading.isEmpty()) layout.addBlock(section.heading, groupFont, 0, 0, 8);
        running = &section;
        for (const QStringList& row : section.rows) {
            layout.addRow(cells(row, part.widths, part.numeric), rowFont, space);
            if (part.signatures) layout.addRule();
        }
    }
    layout.setContinuation({});
}

PageLayout TableReport::build() const {
    PageLayout layout(kWidth - 2 * kMargin, kHeight - kTop - 50);
    layout.addBlock(m_title, font(16, true), 0);
    if (!m_subtitle.isEmpty()) layout.addBlock(m_subtitle, font(10), 0, 0, 2);
    for (int i = 0; i < m_parts.size(); ++i) {
        const Part& part = m_parts[i];
        if (part.newPage && i > 0) layout.pageBreak();
        if (!part.heading.isEmpty()) {
            // A heading never ends a page: it stands with what follows it, its table's start
            // when nothing comes between.
            const bool tableFollows = part.paragraphs.isEmpty() && part.items.isEmpty();
            const qreal start = tableFollows ? tableStart(layout, part) : 0;
            layout.keepSpace(qMax<qreal>(80, layout.blockHeight(part.heading, font(13, true), 0, 0, 14) + start));
            layout.addBlock(part.heading, font(13, true), 0, 0, 14);
        }
        auto addText = [&layout](const QString& paragraph) {
            for (const QString& line : paragraph.split(QLatin1Char('\n'))) {
                const bool item = line.startsWith(QStringLiteral("• "));
                layout.addBlock(line, font(10), item ? 8 : 0, item ? 9 : 0, item ? 1 : 5);
            }
        };
        for (const QString& paragraph : part.paragraphs) addText(paragraph);
        for (const auto& [title, text] : part.items) {
            layout.keepSpace(40);
            layout.addBlock(title, font(11, true), 0, 0, 10);
            if (!text.isEmpty()) addText(text);
        }
        addTable(layout, part);
    }
    return layout;
}

void TableReport::paint(QPagedPaintDevice& device, GlyphJournal& journal) const {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    JournaledText text(journal);
    const QFont small = font(8);
    for (int page = 1; page <= pageCount(); ++page) {
        if (page > 1) device.newPage();
        text.draw(painter, QPointF(kMargin, 34), m_title, small);
        const QString footer = tr("Page %1 of %2").arg(page).arg(pageCount());
        text.draw(painter,
                  QPointF((kWidth - JournaledText::width(footer, small)) / 2, kHeight - 22), footer,
                  small);
        if (m_trail.entry > 0) {
            const QString trail = tr("Audit trail when printed: entry %1, %2")
                                      .arg(m_trail.entry)
                                      .arg(m_trail.shortHash());
            text.draw(painter,
                      QPointF(kWidth - kMargin - JournaledText::width(trail, small), kHeight - 22),
                      trail, small);
        }
        for (const PageLayout::Line& line : m_layout.pages()[page - 1].lines) {
            if (line.rule) {
                painter.drawLine(QPointF(kMargin, kTop + line.y),
                                 QPointF(kWidth - kMargin, kTop + line.y));
            } else {
                text.draw(painter, QPointF(kMargin + line.x, kTop + line.y), line.text, line.font);
            }
        }
    }
}

QByteArray TableReport::pdf(QList<char32_t>* missing) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GlyphJournal journal;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("ISMS Desk"));
        paint(writer, journal);
    }
    if (missing) *missing = journal.missing();
    return PdfTextFixer::fix(buffer.data(), journal);
}

QList<char32_t> TableReport::writePdf(const QString& file) const {
    QList<char32_t> missing;
    const QByteArray bytes = pdf(&missing);
    core::SafeFile::write(file, [&](QIODevice& out) { out.write(bytes); });
    return missing;
}

}  // namespace isms::reports
