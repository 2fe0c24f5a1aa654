#include "PolicyDiff.h"

#include "NumberingScheme.h"

#include <functional>
#include <vector>

namespace isms::core {

namespace {

struct Item {
    int depth;
    QString number;
    QString heading;
    QStringList paragraphs;
    QString key() const { return QString::number(depth) + QLatin1Char('|') + heading; }
};

std::vector<Item> flatten(const PolicyContent& c) {
    std::vector<Item> out;
    c.numbering.forEachNumbered(c.sections, [&](const PolicySection& s, const QList<int>& path) {
        out.push_back({int(path.size()) - 1, c.numbering.label(path).trimmed(), s.heading, s.paragraphs});
    });
    return out;
}

// Longest common subsequence over two token lists: the pairs of indexes that match, in order.
template <typename T>
std::vector<std::pair<int, int>> matches(const std::vector<T>& a, const std::vector<T>& b) {
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> table(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
        }
    }
    std::vector<std::pair<int, int>> out;
    for (int i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            out.emplace_back(i++, j++);
        } else if (table[i + 1][j] >= table[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

std::vector<QString> tokens(const QString& text) {
    std::vector<QString> out;
    QString word;
    for (QChar c : text) {
        const bool latinWord = c.isLetterOrNumber() && c.unicode() < 0x2E80;
        if (latinWord) {
            word += c;
            continue;
        }
        if (!word.isEmpty()) out.push_back(std::exchange(word, QString()));
        out.push_back(QString(c));
    }
    if (!word.isEmpty()) out.push_back(word);
    return out;
}

void append(QList<PolicyDiff::Piece>& pieces, PolicyDiff::Piece::Kind kind, const QString& text) {
    if (text.isEmpty()) return;
    if (!pieces.isEmpty() && pieces.last().kind == kind) {
        pieces.last().text += text;
    } else {
        pieces.append({kind, text});
    }
}

QList<QList<PolicyDiff::Piece>> paragraphRedline(const QStringList& before, const QStringList& after) {
    // Paragraphs matched as a whole first; the unmatched ones in between are redlined pairwise.
    const std::vector<QString> a(before.cbegin(), before.cend());
    const std::vector<QString> b(after.cbegin(), after.cend());
    QList<QList<PolicyDiff::Piece>> out;
    int i = 0;
    int j = 0;
    auto flushGap = [&](int untilI, int untilJ) {
        while (i < untilI || j < untilJ) {
            const QString left = i < untilI ? a[i++] : QString();
            const QString right = j < untilJ ? b[j++] : QString();
            out.append(PolicyDiff::redline(left, right));
        }
    };
    for (const auto& [mi, mj] : matches(a, b)) {
        flushGap(mi, mj);
        out.append({{PolicyDiff::Piece::Same, a[i]}});
        ++i;
        ++j;
    }
    flushGap(int(a.size()), int(b.size()));
    return out;
}

}  // namespace

QList<PolicyDiff::Piece> PolicyDiff::redline(const QString& before, const QString& after) {
    const auto a = tokens(before);
    const auto b = tokens(after);
    QList<Piece> out;
    int i = 0;
    int j = 0;
    for (const auto& [mi, mj] : matches(a, b)) {
        while (i < mi) append(out, Piece::Deleted, a[i++]);
        while (j < mj) append(out, Piece::Inserted, b[j++]);
        append(out, Piece::Same, a[i]);
        ++i;
        ++j;
    }
    while (i < int(a.size())) append(out, Piece::Deleted, a[i++]);
    while (j < int(b.size())) append(out, Piece::Inserted, b[j++]);
    return out;
}

QList<PolicyDiff::Change> PolicyDiff::compare(const PolicyContent& before, const PolicyContent& after) {
    const auto a = flatten(before);
    const auto b = flatten(after);
    std::vector<QString> ka;
    std::vector<QString> kb;
    for (const Item& x : a) ka.push_back(x.key());
    for (const Item& x : b) kb.push_back(x.key());

    QList<Change> out;
    auto unchangedOrChanged = [&](const Item& x, const Item& y) {
        Change c{Change::Unchanged, x.depth, x.number, y.number, {{Piece::Same, y.heading}}, {}};
        c.paragraphs = paragraphRedline(x.paragraphs, y.paragraphs);
        for (const auto& p : c.paragraphs) {
            for (const Piece& piece : p) {
                if (piece.kind != Piece::Same) c.kind = Change::Changed;
            }
        }
        return c;
    };
    auto gap = [&](int fromI, int toI, int fromJ, int toJ) {
        // Sections between two matches: paired up as changed (heading edited) where they sit at
        // the same depth, otherwise removed and added.
        int i = fromI;
        int j = fromJ;
        while (i < toI && j < toJ && a[i].depth == b[j].depth) {
            Change c = unchangedOrChanged(a[i], b[j]);
            c.kind = Change::Changed;
            c.heading = redline(a[i].heading, b[j].heading);
            out.append(c);
            ++i;
            ++j;
        }
        for (; i < toI; ++i) {
            Change c{Change::Removed, a[i].depth, a[i].number, QString(), {{Piece::Deleted, a[i].heading}}, {}};
            for (const QString& p : a[i].paragraphs) c.paragraphs.append({{Piece::Deleted, p}});
            out.append(c);
        }
        for (; j < toJ; ++j) {
            Change c{Change::Added, b[j].depth, QString(), b[j].number, {{Piece::Inserted, b[j].heading}}, {}};
            for (const QString& p : b[j].paragraphs) c.paragraphs.append({{Piece::Inserted, p}});
            out.append(c);
        }
    };
    int i = 0;
    int j = 0;
    for (const auto& [mi, mj] : matches(ka, kb)) {
        gap(i, mi, j, mj);
        out.append(unchangedOrChanged(a[mi], b[mj]));
        i = mi + 1;
        j = mj + 1;
    }
    gap(i, int(a.size()), j, int(b.size()));
    return out;
}

int PolicyDiff::countOf(const QList<Change>& changes, Change::Kind kind) {
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const Change& c) { return c.kind == kind; }));
}

}  // namespace isms::core
