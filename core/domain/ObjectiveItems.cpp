#include "ObjectiveItems.h"

namespace isms::core {

namespace {
bool allLeaves(const PolicySection& s) {
    if (s.children.empty()) return false;
    for (const PolicySection& c : s.children) {
        if (!c.children.empty()) return false;
    }
    return true;
}

const PolicySection* find(const std::vector<PolicySection>& sections) {
    for (const PolicySection& s : sections) {
        if (s.heading.contains(QStringLiteral("目標")) && allLeaves(s)) return &s;
        if (const PolicySection* inside = find(s.children)) return inside;
    }
    return nullptr;
}
}  // namespace

std::vector<const PolicySection*> ObjectiveItems::of(const PolicyContent& content) {
    std::vector<const PolicySection*> out;
    if (const PolicySection* goals = find(content.sections)) {
        for (const PolicySection& item : goals->children) out.push_back(&item);
    }
    return out;
}

bool ObjectiveItems::measuredByDrills(const QString& text) { return text.contains(QStringLiteral("社交工程")); }

}  // namespace isms::core
