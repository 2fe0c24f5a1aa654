#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace isms::core {

// One node of a version's section tree. The number (壹、一、(一) …) is not stored: it follows
// from the node's place in the tree and the version's NumberingScheme.
struct PolicySection {
    qint64 id = 0;
    QString heading;
    QStringList paragraphs;
    std::vector<PolicySection> children;
};

// Visits every section depth first, each with its path: its 0-based position at each level from
// the top down (what NumberingScheme::label numbers).
inline void forEachSection(const std::vector<PolicySection>& sections,
                           const std::function<void(const PolicySection&, const QList<int>&)>& visit,
                           QList<int> path = {}) {
    path << 0;
    for (const PolicySection& s : sections) {
        visit(s, path);
        forEachSection(s.children, visit, path);
        ++path.last();
    }
}

}  // namespace isms::core
