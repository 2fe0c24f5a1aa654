#pragma once

#include <QString>

namespace isms::core {

// The numbering of Taiwanese government documents, derived from depth and position so it can
// never drift from the tree: 壹、 → 一、 → (一) → 1. → (1), then 1) for anything deeper.
class SectionNumbering {
public:
    // depth 0 is the top level; index is 0-based among siblings.
    static QString label(int depth, int index);
    // Chinese numeral for 1..99: formal (壹貳參) or plain (一二三).
    static QString chineseNumeral(int value, bool formal);
};

}  // namespace isms::core
