#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace isms::core {

// One node of a version's section tree. The number (壹、一、(一) …) is not stored: it follows
// from the node's depth and position (SectionNumbering).
struct PolicySection {
    qint64 id = 0;
    QString heading;
    QStringList paragraphs;
    std::vector<PolicySection> children;
};

}  // namespace isms::core
