#include "PolicyTextParser.h"

#include "RevisionHistory.h"
#include "TextDecoding.h"
#include "TitleBlockReader.h"
#include "domain/Error.h"
#include "domain/TextSafety.h"

#include <QHash>
#include <QRegularExpression>
#include <QVersionNumber>
#include <algorithm>

namespace isms::core {

namespace {

// ASCII punctuation typed where full-width is meant, right after a Chinese character (總體目標:).
QString fullWidthPunctuation(QString text) {
    static const QString ascii = QStringLiteral(",:;!?");
    static const QString full = QStringLiteral("，：；！？");
    for (qsizetype i = 1; i < text.size(); ++i) {
        const qsizetype k = ascii.indexOf(text.at(i));
        if (k < 0 || text.at(i - 1).unicode() < 0x2E80) continue;
        // "http://" and "10:30" stay as they are: only where no Latin text follows directly.
        if (i + 1 < text.size() && text.at(i + 1).unicode() < 0x2E80 && text.at(i + 1).isLetterOrNumber()) continue;
        text[i] = full.at(k);
    }
    return text;
}

}  // namespace

PolicyContent PolicyTextParser::parse(const QByteArray& bytes) {
    if (bytes.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("The policy file is empty."));
    return parseText(TextDecoding::decode(bytes, &m_encoding));
}

PolicyContent PolicyTextParser::parseText(const QString& input, Source source) {
    m_source = source;
    m_given.clear();
    m_historyRows.clear();
    return read(input);
}

PolicyContent PolicyTextParser::parseDocument(const DocumentText& paragraphs) {
    m_source = Source::Word;
    m_given.clear();
    QStringList texts;
    int line = 1;
    m_historyRows.clear();
    for (const DocumentParagraph& p : paragraphs) {
        if (p.historyRow) {
            // Its heading (修訂紀錄) goes with it.
            if (m_historyRows.isEmpty() && !texts.isEmpty() && RevisionHistory::isHeading(texts.last())) {
                m_given.remove(--line);
                texts.removeLast();
            }
            m_historyRows << p.text;
            continue;
        }
        QString text = p.text;
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (p.listLevel >= 0 || p.headingLevel >= 0) m_given.insert(line, p);
        line += int(text.count(QLatin1Char('\n'))) + 1;
        texts << text;
    }
    return read(texts.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

NumberMarker PolicyTextParser::markerOf(const Line& line) {
    NumberMarker m = NumberMarker::read(line.text);
    if (line.headingLevel >= 0) {
        m.given = line.headingLevel;
        if (!m.isNumbered()) {
            // A heading the document numbers not: a section all the same.
            m.kind = NumberMarker::Kind::LeadIn;
            m.rest = line.text;
        }
    } else if (line.listLevel >= 0 && m.isNumbered()) {
        m.given = NumberMarker::kListLevels + line.listLevel;
    }
    return m;
}

PolicyContent PolicyTextParser::read(const QString& input) {
    m_warnings.clear();
    m_nodes.clear();
    m_roots.clear();
    m_stack.clear();
    m_lastAtDepth.clear();
    m_continuedAt.clear();
    m_restartedAt.clear();
    QList<Line> lines = readLines(input);
    if (lines.isEmpty()) throw Error(Error::Kind::Invalid, tr("The policy file is empty."));
    dropPageFurniture(lines);
    // A revision history before the text (修訂紀錄 and its table) is no title block and no body.
    QList<Line> historyRows = takeLeadingHistory(lines);
    qsizetype toc = -1;
    const qsizetype start = bodyStart(lines, &toc);
    if (start < 0) {
        throw Error(Error::Kind::Invalid,
                    tr("No numbered sections (壹、一、(一)、1.、1.1、第一條) were found: this is not a policy "
                       "in a form the program reads."));
    }
    // A revision history (修訂紀錄) is the program's to keep, from its versions: its table is
    // no title block and no section.
    QList<TitleBlockReader::Line> title;
    for (qsizetype i = 0; i < (toc >= 0 ? toc : start); ++i) {
        if (!isTocLine(lines[i].text)) title.append({lines[i].number, lines[i].text});
    }
    PolicyContent out;
    TitleBlockReader::read(title, out, m_warnings);
    qsizetype end = lines.size();
    for (qsizetype i = start; i < lines.size(); ++i) {
        if (!RevisionHistory::isHeading(lines[i].text)) continue;
        m_warnings.append({lines[i].number, tr("From “%1” on, the revision history and what follows it were not "
                                               "imported as sections.").arg(lines[i].text)});
        if (historyRows.isEmpty()) historyRows << lines.mid(i);
        end = i;
        break;
    }
    // The program's own history table, from a document it exported.
    QList<RevisionHistory::Row> rows;
    for (const Line& l : std::as_const(historyRows)) rows.append({l.number, l.text});
    for (const QString& row : std::as_const(m_historyRows)) rows.append({0, row});
    if (!rows.isEmpty()) RevisionHistory::read(rows, out, m_warnings);
    readBody(lines.mid(start, end - start));
    learnNumbering(out);
    std::stable_sort(m_warnings.begin(), m_warnings.end(),
                     [](const ImportWarning& a, const ImportWarning& b) { return a.line < b.line; });
    return out;
}

QList<PolicyTextParser::Line> PolicyTextParser::readLines(const QString& input) const {
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList raw = text.split(QLatin1Char('\n'));
    QList<Line> lines;
    int blanks = 0;
    bool pageBreak = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        // A form feed is a page break, even inside a line.
        const QStringList pages = raw[i].split(QLatin1Char('\f'));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0) pageBreak = true;
            // Invisible controls and text-direction overrides a word processor may leave are no text.
            const QString line = TextSafety::cleaned(pages[p]).trimmed();
            if (line.isEmpty()) {
                if (p == 0) ++blanks;
                continue;
            }
            // One blank line separates paragraphs; a page break leaves several.
            Line l{int(i) + 1, line, widthOf(line), pageBreak || blanks >= 2, blanks >= 1};
            if (p == 0 && m_given.contains(l.number)) {
                l.listLevel = m_given.value(l.number).listLevel;
                l.headingLevel = m_given.value(l.number).headingLevel;
            }
            lines.append(l);
            blanks = 0;
            pageBreak = false;
        }
    }
    return lines;
}

void PolicyTextParser::dropPageFurniture(QList<Line>& lines) {
    static const QRegularExpression pageNumber(QStringLiteral(
        R"(^(?:第\s*\d+\s*頁(?:\s*[，,/]?\s*共\s*\d+\s*頁)?|[-–—]\s*\d+\s*[-–—]|\d+\s*/\s*\d+|(?:Page|page|頁)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,3})$)"));
    QSet<qsizetype> pageNumbers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (pageNumber.match(NumberMarker::recognitionForm(lines[i].text)).hasMatch()) pageNumbers.insert(i);
    }
    QHash<QString, QList<qsizetype>> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& t = lines[i].text;
        if (lines[i].width <= 80 && !isTocLine(t) && !pageNumbers.contains(i) && !NumberMarker::read(t).isNumbered()) seen[t] << i;
    }
    QSet<qsizetype> drop;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QList<qsizetype>& at = it.value();
        // A running heading: on most pages, or above the title and again after a page break.
        const bool running = at.size() >= 3 || (at.size() == 2 && at[0] <= 1 && lines[at[1]].afterBreak);
        if (!running) continue;
        for (qsizetype i : at) drop.insert(i);
        m_warnings.append({lines[at[0]].number,
                           tr("“%1” repeats at the top or foot of the pages; it was left out as a page heading.").arg(it.key())});
    }
    QList<Line> kept;
    bool boundary = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (drop.contains(i) || pageNumbers.contains(i)) {
            // A page number stands between two pages; a page break before what is left out
            // stays before the next line. A repeated line in mid-page (a watermark) is no break.
            boundary = boundary || pageNumbers.contains(i) || lines[i].afterBreak;
            continue;
        }
        Line line = lines[i];
        if (boundary && !kept.isEmpty()) line.afterBreak = line.afterBlank = true;
        boundary = false;
        kept << line;
    }
    lines = kept;
}

qsizetype PolicyTextParser::bodyStart(const QList<Line>& lines, qsizetype* tocHeading) const {
    static const QStringList tocNames{QStringLiteral("目錄"), QStringLiteral("目次"), QStringLiteral("頁面索引"),
                                      QStringLiteral("索引"), QStringLiteral("contents"),
                                      QStringLiteral("tableofcontents")};
    *tocHeading = -1;
    // A body begins with a number; a bullet begins one only where nothing is numbered.
    bool bullets = false;
    auto numbered = [&](qsizetype i) {
        const NumberMarker m = NumberMarker::read(lines[i].text);
        return m.isNumbered() && (bullets || m.kind != NumberMarker::Kind::Bullet);
    };
    bullets = std::none_of(lines.cbegin(), lines.cend(), [](const Line& l) {
        const NumberMarker m = NumberMarker::read(l.text);
        return m.isNumbered() && m.kind != NumberMarker::Kind::Bullet;
    });
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (numbered(i) && !isTocLine(lines[i].text)) break;
        const QString compact = NumberMarker::recognitionForm(lines[i].text).remove(QRegularExpression(QStringLiteral("\\s"))).toLower();
        if (tocNames.contains(compact)) {
            *tocHeading = i;
            break;
        }
    }
    qsizetype start = -1;
    const qsizetype from = *tocHeading + 1;
    if (*tocHeading >= 0) {
        // A table of contents without page numbers looks like the body: the body begins where its
        // first entry comes again.
        qsizetype first = from;
        while (first < lines.size() && !numbered(first)) ++first;
        for (qsizetype k = first + 1; k < lines.size() && start < 0; ++k) {
            if (!isTocLine(lines[k].text) && tocKey(lines[k].text) == tocKey(lines[first].text)) start = k;
        }
    }
    for (qsizetype i = from; i < lines.size() && start < 0; ++i) {
        if (numbered(i) && !isTocLine(lines[i].text)) start = i;
    }
    // A word processor's heading without a number begins the body too (總則 above 1. …): the first
    // one past the title and its fields at a level the body's headings have.
    qsizetype after = qMax<qsizetype>(1, from);
    for (qsizetype i = 0; i < (start < 0 ? lines.size() : start); ++i) {
        if (TitleBlockReader::hasField(lines[i].text)) after = qMax(after, i + 1);
    }
    QHash<int, int> headings;  // level → how many from after on
    for (qsizetype i = after; i < lines.size(); ++i) {
        if (lines[i].headingLevel >= 0) ++headings[lines[i].headingLevel];
    }
    for (qsizetype i = after; i < (start < 0 ? lines.size() : start); ++i) {
        const int level = lines[i].headingLevel;
        if (level < 0 || isTocLine(lines[i].text)) continue;
        bool bodyHas = headings.value(level) >= 2;
        for (qsizetype k = qMax<qsizetype>(start, 0); start >= 0 && k < lines.size() && !bodyHas; ++k) bodyHas = lines[k].headingLevel == level;
        if (bodyHas) return i;
    }
    if (start < 0) return -1;
    // A line that introduces the first list ("本局資通安全政策如下：") is the body's.
    if (start - 1 > *tocHeading && start > 0 && endsLeadIn(lines[start - 1].text) && lines[start - 1].width >= 10 &&
        !TitleBlockReader::hasField(lines[start - 1].text) &&
        !isTocLine(lines[start - 1].text) && !lines[start - 1].text.chopped(1).contains(QRegularExpression(QStringLiteral("[：:]")))) {
        --start;
    }
    return start;
}

void PolicyTextParser::readBody(const QList<Line>& lines) {
    // A document hard-wrapped at a width has most of its lines at that width.
    QList<int> widths;
    for (const Line& l : lines) {
        if (l.width >= 20) widths << l.width;
    }
    std::sort(widths.begin(), widths.end());
    m_fullFrom = 0;
    if (m_source == Source::Pdf && widths.size() >= 3) {
        // A PDF's lines are wrapped at the width of the page's text, less any indent.
        const int column = widths.at(widths.size() * 19 / 20);
        if (column >= 30) m_fullFrom = column * 3 / 4;
    } else if (m_source == Source::Text && widths.size() >= 6) {
        const int p90 = widths.at(widths.size() * 9 / 10);
        const auto full = std::count_if(widths.cbegin(), widths.cend(), [p90](int w) { return w >= p90 - 4 && w <= p90 + 2; });
        if (p90 >= 30 && full * 10 >= widths.size() * 4) m_fullFrom = p90 - 4;
    }

    int lastNode = -1;       // where the previous line's text went
    int lastParagraph = -1;  // its paragraph there, or -1 for the heading
    const Line* previous = nullptr;
    for (const Line& line : lines) {
        if (isTocLine(line.text)) continue;
        const NumberMarker marker = markerOf(line);
        if (!marker.isNumbered() && line.headingLevel < 0 && lastNode >= 0 && previous && continues(*previous, line)) {
            Node& n = m_nodes[size_t(lastNode)];
            QString& text = lastParagraph < 0 ? n.heading : n.paragraphs[lastParagraph];
            text = joinAcrossBreak(text, line.text);
            previous = &line;
            continue;
        }
        if (marker.isNumbered()) {
            // A list that starts again at 1 right after a line that introduces it ("…如下：") is
            // a list of its own under that line, not the list above going on.
            const bool bullet = marker.kind == NumberMarker::Kind::Bullet;
            const bool leadIn = lastNode >= 0 && lastParagraph >= 0 && (marker.value == 1 || bullet) &&
                                endsLeadIn(m_nodes[size_t(lastNode)].paragraphs.at(lastParagraph)) &&
                                lastParagraph == m_nodes[size_t(lastNode)].paragraphs.size() - 1;
            if (leadIn) {
                // Where the marker would go, and whether that is a list starting again.
                int parent = -1;
                int sibling = -1;
                for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
                    if (m_nodes[size_t(m_stack[size_t(i)])].marker.sameKind(marker)) {
                        sibling = m_stack[size_t(i)];
                        parent = i > 0 ? m_stack[size_t(i) - 1] : -1;
                        break;
                    }
                }
                if (sibling >= 0 && (bullet || m_nodes[size_t(sibling)].marker.value >= 1)) {
                    const QString heading = m_nodes[size_t(lastNode)].paragraphs.takeAt(lastParagraph);
                    NumberMarker lead;
                    lead.kind = NumberMarker::Kind::LeadIn;
                    lead.rest = heading;
                    if (parent >= 0 && m_nodes[size_t(parent)].marker.kind == NumberMarker::Kind::LeadIn) {
                        // The list above has its own lead-in: this one stands beside it.
                        while (!m_stack.empty() && m_stack.back() != parent) m_stack.pop_back();
                        m_stack.pop_back();
                    } else {
                        // The list above was introduced the same way: it gets its lead-in too.
                        std::vector<int>& list = parent >= 0 ? m_nodes[size_t(parent)].children : m_roots;
                        QStringList* paragraphs = parent >= 0 ? &m_nodes[size_t(parent)].paragraphs : nullptr;
                        if (paragraphs && !paragraphs->isEmpty() && endsLeadIn(paragraphs->last())) {
                            Node first;
                            first.marker.kind = NumberMarker::Kind::LeadIn;
                            first.parent = parent;
                            first.line = m_nodes[size_t(list.front())].line;
                            first.heading = paragraphs->takeLast();
                            const int wrapper = int(m_nodes.size());
                            auto from = std::find_if(list.begin(), list.end(), [&](int c) { return m_nodes[size_t(c)].marker.sameKind(marker); });
                            first.children.assign(from, list.end());
                            list.erase(from, list.end());
                            for (int c : first.children) m_nodes[size_t(c)].parent = wrapper;
                            m_nodes.push_back(first);
                            (parent >= 0 ? m_nodes[size_t(parent)].children : m_roots).push_back(wrapper);
                        }
                        while (!m_stack.empty() && m_stack.back() != parent) m_stack.pop_back();
                    }
                    placeNode(lead, previous ? previous->number : line.number);
                }
            }
            placeNode(marker, line.number);
            lastNode = m_stack.back();
            lastParagraph = -1;
        } else if (marker.kind == NumberMarker::Kind::LeadIn) {
            placeNode(marker, line.number);
            lastNode = m_stack.back();
            lastParagraph = -1;
        } else if (m_nodes.empty()) {
            // The body's first line introduces its first list.
            NumberMarker lead;
            lead.kind = NumberMarker::Kind::LeadIn;
            lead.rest = line.text;
            placeNode(lead, line.number);
            lastNode = m_stack.back();
            lastParagraph = -1;
        } else {
            Node& top = m_nodes[size_t(m_stack.back())];
            if (top.heading.isEmpty()) {
                // 第一條 alone on its line: the next line is what it says.
                top.heading = line.text;
                lastParagraph = -1;
            } else {
                top.paragraphs << line.text;
                lastParagraph = int(top.paragraphs.size()) - 1;
            }
            lastNode = m_stack.back();
        }
        previous = &line;
    }
}

void PolicyTextParser::placeNode(NumberMarker marker, int line) {
    // A list never goes on above a heading the document gives a level to: it is that heading's.
    const auto isHeading = [](const NumberMarker& m) { return m.given >= 0 && m.given < NumberMarker::kListLevels; };
    int floor = 0;
    if (!isHeading(marker)) {
        for (int i = int(m_stack.size()) - 1; i >= 0 && floor == 0; --i) {
            if (isHeading(m_nodes[size_t(m_stack[size_t(i)])].marker)) floor = i + 1;
        }
    }
    // The list this number continues: open above it, or at the depth its kind was first seen.
    int depth = -1;
    for (int i = int(m_stack.size()) - 1; i >= floor; --i) {
        if (m_nodes[size_t(m_stack[size_t(i)])].marker.sameKind(marker)) {
            depth = i;
            break;
        }
    }
    if (depth < 0 && marker.given >= NumberMarker::kListLevels) {
        // A list level the document gives goes under the nearest item of a level above it.
        for (int i = int(m_stack.size()) - 1; i >= floor && depth < 0; --i) {
            const NumberMarker& above = m_nodes[size_t(m_stack[size_t(i)])].marker;
            if (above.given >= NumberMarker::kListLevels && above.given < marker.given) depth = i + 1;
        }
    } else if (depth < 0) {
        for (const Node& n : m_nodes) {
            if (!n.marker.sameKind(marker)) continue;
            int d = 0;
            for (int p = n.parent; p >= 0; p = m_nodes[size_t(p)].parent) ++d;
            if (d < int(m_stack.size()) && d >= floor) depth = d;
            break;
        }
    }
    if (depth < 0 && isHeading(marker)) {
        // A heading of a new level goes under the nearest heading of a level above it.
        depth = 0;
        for (int i = int(m_stack.size()) - 1; i >= 0 && depth == 0; --i) {
            const NumberMarker& above = m_nodes[size_t(m_stack[size_t(i)])].marker;
            if (isHeading(above) && above.given < marker.given) depth = i + 1;
        }
    }
    if (depth >= 0) m_stack.resize(size_t(depth));
    const int parent = m_stack.empty() ? -1 : m_stack.back();
    std::vector<int>& siblings = parent >= 0 ? m_nodes[size_t(parent)].children : m_roots;
    const int before = siblings.empty() ? -1 : siblings.back();
    int expected =
        before >= 0 && m_nodes[size_t(before)].marker.sameKind(marker) ? m_nodes[size_t(before)].marker.value + 1 : 1;
    const size_t at = m_stack.size();
    if (m_lastAtDepth.size() <= at) {
        m_lastAtDepth.resize(at + 1, -1);
        m_continuedAt.resize(at + 1);
        m_restartedAt.resize(at + 1);
    }
    const int last = m_lastAtDepth[at];
    if (before < 0 && last >= 0 && m_nodes[size_t(last)].parent != parent && m_nodes[size_t(last)].marker.sameKind(marker) &&
        marker.kind != NumberMarker::Kind::Bullet && marker.kind != NumberMarker::Kind::LeadIn) {
        // The first of a parent's list, after another parent's list of the same kind.
        if (marker.value > 1 && marker.value == m_nodes[size_t(last)].marker.value + 1) {
            expected = marker.value;
            m_continuedAt[at] << line;
        } else if (marker.value == 1) {
            m_restartedAt[at] << line;
        }
    }
    if (marker.kind != NumberMarker::Kind::Bullet && marker.kind != NumberMarker::Kind::LeadIn && marker.value != expected) {
        m_warnings.append({line, tr("“%1” is numbered %2 where %3 was expected: sections are numbered by their order, "
                                    "so it is numbered %3.")
                                     .arg(marker.rest.left(20))
                                     .arg(marker.value)
                                     .arg(expected)});
    }
    Node node;
    node.marker = marker;
    node.parent = parent;
    node.line = line;
    node.heading = marker.rest;
    const int index = int(m_nodes.size());
    m_nodes.push_back(node);
    (parent >= 0 ? m_nodes[size_t(parent)].children : m_roots).push_back(index);
    m_stack.push_back(index);
    m_lastAtDepth[at] = index;
}

bool PolicyTextParser::continues(const Line& previous, const Line& line) const {
    if (endsSentence(previous.text)) return false;
    // Split by a page break, or hard-wrapped at the document's width.
    if (line.afterBreak) return true;
    if (m_fullFrom > 0 && previous.width >= m_fullFrom) return true;
    // A few characters that finish the sentence the long line before began (量測結 / 果。).
    return previous.width >= 20 && line.width <= 12 && endsSentence(line.text);
}

void PolicyTextParser::learnNumbering(PolicyContent& out) {
    // （一） and (一) are one way of numbering, written wide or narrow.
    const auto narrow = [](QString text) { return text.replace(u'（', u'(').replace(u'）', u')'); };
    // Each level is numbered as its first section is; a section numbered otherwise is said.
    QList<NumberingScheme::Level> levels;
    QList<NumberMarker> firsts;
    std::function<void(const std::vector<int>&, int)> walk = [&](const std::vector<int>& list, int depth) {
        for (int i : list) {
            const Node& n = m_nodes[size_t(i)];
            if (levels.size() <= depth) {
                levels << n.marker.level(depth);
                firsts << n.marker;
            } else if (n.marker.level(depth).format != levels.at(depth).format ||
                       narrow(n.marker.level(depth).text) != narrow(levels.at(depth).text)) {
                const QString own = n.marker.kind == NumberMarker::Kind::LeadIn ? tr("not numbered") : n.marker.shown();
                const QString level = firsts.at(depth).kind == NumberMarker::Kind::LeadIn ? tr("not numbered") : firsts.at(depth).shown();
                m_warnings.append({n.line, tr("“%1” is %2 at a level the document numbers like “%3” elsewhere; it is "
                                              "numbered like the rest of its level.")
                                               .arg(n.heading.left(20), own, level)});
            }
            walk(n.children, depth + 1);
        }
    };
    walk(m_roots, 0);
    for (int d = 0; d < int(levels.size()) && d < int(m_continuedAt.size()); ++d) {
        if (m_continuedAt[d].isEmpty()) continue;
        if (m_restartedAt[d].isEmpty()) {
            levels[d].continues = true;
            continue;
        }
        // Numbered on under some parents and again from 1 under others: again from 1, said.
        for (int line : m_continuedAt[d]) {
            m_warnings.append({line, tr("This list goes on from the number the list before it ended with, where other "
                                        "lists of its level begin again at 1; it is numbered from 1.")});
        }
    }
    const NumberingScheme government = NumberingScheme::government();
    bool usual = true;
    for (int d = 0; d < levels.size(); ++d) usual = usual && levels.at(d) == government.level(d) && d < 6;
    out.numbering = usual ? government : NumberingScheme(levels);
    for (int root : m_roots) out.sections.push_back(assemble(root));
}

PolicySection PolicyTextParser::assemble(int index) const {
    const Node& n = m_nodes[size_t(index)];
    PolicySection s;
    s.heading = fullWidthPunctuation(n.heading);
    for (const QString& p : n.paragraphs) s.paragraphs << fullWidthPunctuation(p);
    for (int child : n.children) s.children.push_back(assemble(child));
    return s;
}

QList<PolicyTextParser::Line> PolicyTextParser::takeLeadingHistory(QList<Line>& lines) {
    qsizetype heading = -1;
    for (qsizetype i = 0; i < lines.size() && heading < 0; ++i) {
        if (RevisionHistory::isHeading(lines[i].text)) heading = i;
    }
    if (heading < 0) return {};
    // Its rows: lines of cells, up to a title-block field, a table of contents or a line that is
    // no row after a blank line.
    static const QRegularExpression cells(QStringLiteral("[｜|\\t]|\\S\\s{2,}\\S"));
    // A PDF's table comes as words: a row begins with its version (1.1 112/08/01 …), and the
    // header's words (版次 日期 修訂內容 修訂人) may stand on lines of their own.
    static const QRegularExpression rowLike(QStringLiteral("^[vV]?\\d{1,3}\\.\\d{1,3}\\s+\\S|版次|版本|日期|修訂|修正|內容|說明|核定"));
    qsizetype end = heading + 1;
    while (end < lines.size()) {
        const Line& l = lines[end];
        if (TitleBlockReader::hasField(l.text)) break;
        const bool row = cells.match(l.text).hasMatch() || rowLike.match(NumberMarker::recognitionForm(l.text)).hasMatch();
        if (l.afterBlank && !row) break;
        const NumberMarker m = NumberMarker::read(l.text);
        if (!row && m.isNumbered() && m.kind != NumberMarker::Kind::Bullet) break;
        ++end;
    }
    // A history at the end of the document is left to the body's reading (it ends the body).
    bool textFollows = false;
    for (qsizetype i = end; i < lines.size() && !textFollows; ++i) {
        const NumberMarker m = NumberMarker::read(lines[i].text);
        textFollows = m.isNumbered() && m.kind != NumberMarker::Kind::Bullet && !isTocLine(lines[i].text);
    }
    if (!textFollows) return {};
    const QList<Line> rows = lines.mid(heading, end - heading);
    lines.remove(heading, end - heading);
    return rows;
}

bool PolicyTextParser::isTocLine(const QString& line) {
    // A table-of-contents entry: leader dots (or an ellipsis) and a page number at the end.
    static const QRegularExpression toc(QStringLiteral(R"((\.{3,}|…+|·{3,}|．{3,})\s*\d+\s*$)"));
    return toc.match(line).hasMatch();
}

QString PolicyTextParser::tocKey(const QString& line) {
    QString key = NumberMarker::recognitionForm(line);
    key.remove(QRegularExpression(QStringLiteral(R"((\.{2,}|…+|·{2,})?\s*\d*\s*$)")));
    return key.remove(QRegularExpression(QStringLiteral("\\s")));
}

bool PolicyTextParser::endsSentence(const QString& text) {
    static const QString enders = QStringLiteral("。．.！!？?；;：:」』）)");
    return !text.isEmpty() && enders.contains(text.back());
}

bool PolicyTextParser::endsLeadIn(const QString& text) {
    return text.endsWith(QStringLiteral("：")) || text.endsWith(QLatin1Char(':')) || text.endsWith(QStringLiteral("如下"));
}

QString PolicyTextParser::joinAcrossBreak(const QString& before, const QString& after) {
    // Chinese needs no space where a line was cut; Latin words do.
    const bool latinSeam = !before.isEmpty() && !after.isEmpty() && before.back().isLetterOrNumber() &&
                           before.back().unicode() < 0x2E80 && after.front().unicode() < 0x2E80 &&
                           after.front().isLetterOrNumber();
    return before + (latinSeam ? QStringLiteral(" ") : QString()) + after;
}

int PolicyTextParser::widthOf(const QString& text) {
    int width = 0;
    for (QChar c : text) width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

}  // namespace isms::core
