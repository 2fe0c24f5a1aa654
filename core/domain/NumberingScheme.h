#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <vector>

#include "PolicySection.h"

namespace isms::core {

// How a document numbers its sections, level by level: data of the version, learnt at import,
// chosen for a new document and editable in a draft. A level is Word's model of one (a number
// format and a text where %1…%9 stand for the numbers of levels 1…9), so that 1.1.1 is a level
// that repeats its parents' numbers and a .docx carries the scheme as it is. The number itself
// is never stored: it follows from the section's place in the tree.
class NumberingScheme {
    Q_DECLARE_TR_FUNCTIONS(NumberingScheme)
public:
    enum class Format {
        None,         // an unnumbered heading (a lead-in line)
        Bullet,       // the level's text is the bullet itself
        Decimal,      // 1 2 3
        ChineseLegal, // 壹 貳 參 (Word: ideographLegalTraditional)
        Chinese,      // 一 二 三, 十一 (Word: taiwaneseCountingThousand)
        Stems,        // 甲 乙 丙 (Word: ideographTraditional)
        UpperLetter,  // A B C
        LowerLetter,  // a b c
    };
    struct Level {
        Format format = Format::Decimal;
        QString text;  // e.g. "%1、", "(%3)", "%1.%2 ", "第%1條 ", "• "
        // Numbered on through the document instead of again from 1 under each parent: the
        // articles of a regulation in chapters (第一章 第一條 第二條 第二章 第三條). Word's
        // lvlRestart 0.
        bool continues = false;
        bool operator==(const Level&) const = default;
    };
    enum class Preset { Government, GovernmentShort, Decimal, Articles };

    NumberingScheme() = default;
    explicit NumberingScheme(QList<Level> levels);
    static NumberingScheme preset(Preset p);
    static QList<Preset> presets();
    // The government scheme every version had before schemes were data: 壹、一、(一) 1. (1) 1).
    static NumberingScheme government() { return preset(Preset::Government); }

    // The number of a section, with its separator ("壹、", "1.1 ", "(一)"), from its numbers:
    // 0-based, one per level from the top down (forEachNumbered and numbersAt give them; where
    // no level continues they are the section's positions). Levels deeper than the scheme
    // repeat its last level.
    QString label(const QList<int>& numbers) const;
    // How a reference to the section reads in a message: "壹、一、(二)" or "1.1.2".
    QString reference(const QList<int>& path) const;
    // A sample of the scheme for a chooser: 壹、／一、／(一)／1.／(1)
    QString sample() const;

    using Visit = std::function<void(const PolicySection&, const QList<int>& numbers)>;
    // Visits every section depth first with the numbers its label is made of: its position at
    // each level, except at a level that continues, where it is the count of that level's
    // sections before it in the document.
    void forEachNumbered(const std::vector<PolicySection>& sections, const Visit& visit) const;
    // The numbers of the section at path (its 0-based positions) in sections.
    QList<int> numbersAt(const std::vector<PolicySection>& sections, const QList<int>& path) const;
    bool hasContinuingLevel() const;

    const QList<Level>& levels() const { return m_levels; }
    Level level(int depth) const;
    bool isGovernment() const;
    bool operator==(const NumberingScheme&) const = default;

    // Stored form: empty for the government scheme (so every version stored before schemes were
    // data reads as it always printed), else JSON. fromStored returns false on text that is none.
    QString toStored() const;
    static bool fromStored(const QString& text, NumberingScheme* out);

    static QString formatKey(Format f);  // Word's numFmt name
    static bool formatFromKey(const QString& key, Format* out);
    // A number as the format writes it; the formats with no number give "".
    static QString number(Format f, int value);
    // Chinese numeral for 1..99: formal (壹貳參) or plain (一二三); others in digits.
    static QString chineseNumeral(int value, bool formal);

private:
    QList<Level> m_levels;
};

}  // namespace isms::core
