#pragma once

#include "domain/NumberingScheme.h"

#include <QString>

namespace isms::core {

// The number a line of a policy starts with, as the document writes it: 壹、 一、 (一) 甲、 1. 1、
// (1) 1) 1.1 第一條 第一章 A. a. (a), or a bullet. Recognised in ASCII and full-width forms, with
// variant numerals (貮 for 貳) and a list dash before the number ("- 一、").
struct NumberMarker {
    enum class Kind {
        None,
        FormalComma,    // 壹、
        ChineseComma,   // 一、
        ChineseParen,   // (一)
        StemComma,      // 甲、
        DecimalDot,     // 1.
        DecimalComma,   // 1、
        DecimalParen,   // (1)
        DecimalHalf,    // 1)
        Outline,        // 1.1, 1.1.1 (parts: how many numbers)
        Article,        // 第一條
        Chapter,        // 第一章
        UpperDot,       // A.
        LowerDot,       // a.
        LowerParen,     // (a)
        Bullet,         // • ● ○ ■ □ ◆ ◇ ※ ► ▪ ◎ - ＊
        LeadIn,         // not a marker: an unnumbered line that introduces a list
    };

    Kind kind = Kind::None;
    int value = 0;     // 1-based; 0 for a bullet
    int parts = 1;     // Outline: how many numbers (1.1 → 2)
    QString bullet;    // Bullet: the character
    QString rest;      // the text after the number
    // The level the document itself gives the line (a word processor's heading level, or
    // kListLevels + its list level); -1 where none is given. Two markers the document puts at
    // different levels are of different lists however alike they look.
    int given = -1;
    bool wide = false;  // written in full-width parentheses: （一）, （1）
    static constexpr int kListLevels = 10;

    bool isNumbered() const { return kind != Kind::None && kind != Kind::LeadIn; }
    // Two markers of one kind number one list (an outline's depth counts too).
    bool sameKind(const NumberMarker& other) const;
    // The scheme level that writes this kind of number at depth (0-based).
    NumberingScheme::Level level(int depth) const;
    // The marker as the scheme would write it, for messages: "一、", "1.1", "•".
    QString shown() const;

    static NumberMarker read(const QString& line);
    // The value of a numeral in Chinese (一…九十九, 壹…玖拾玖, with 〇/零), or 0.
    static int chineseValue(const QString& numeral);
    // Full-width letters, digits and ASCII-like punctuation as ASCII, variant numerals as the
    // usual ones: only for recognising numbers, never for the text kept.
    static QString recognitionForm(const QString& line);
};

}  // namespace isms::core
