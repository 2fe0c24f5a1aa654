#pragma once

#include "DocumentParagraph.h"
#include "ImportWarning.h"
#include "NumberMarker.h"
#include "domain/PolicyContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace isms::core {

// Reads a policy in the plain-text forms agencies have it in — saved from a word processor,
// taken from a PDF, hard-wrapped at a fixed width — in UTF-8, UTF-16 or Big5: a title block
// (TitleBlockReader), a table of contents with or without page numbers, then the sections with
// the document's own numbering, which becomes the version's NumberingScheme. What it read
// differently from how the document wrote it is said in warnings(), per line.
// Throws Error(Invalid) with a clear reason on input that is not such a policy.
class PolicyTextParser {
    Q_DECLARE_TR_FUNCTIONS(PolicyTextParser)
public:
    PolicyContent parse(const QByteArray& bytes);
    // Where the text came from: a text file may be hard-wrapped at a width; a PDF's lines always
    // are, at its column; a Word document's lines are its paragraphs.
    enum class Source { Text, Word, Pdf };
    PolicyContent parseText(const QString& text, Source source = Source::Text);
    // A word processor's paragraphs: the levels the document gives them tell apart two list
    // levels numbered alike, and make a heading without a number a section.
    PolicyContent parseDocument(const DocumentText& paragraphs);
    const QList<ImportWarning>& warnings() const { return m_warnings; }
    // What the bytes were read as: UTF-8, UTF-16 or Big5.
    const QString& encoding() const { return m_encoding; }
    // Display columns: a CJK character is two.
    static int widthOf(const QString& text);

private:
    struct Line {
        int number = 0;       // 1-based in the source
        QString text;         // trimmed
        int width = 0;        // display columns (a CJK character is two)
        bool afterBreak = false;  // a page break (form feed, or several blank lines) before it
        bool afterBlank = false;
        int listLevel = -1;     // as the document gives it (DocumentParagraph); -1: not given
        int headingLevel = -1;
    };
    struct Node {
        NumberMarker marker;
        int parent = -1;
        int line = 0;
        QString heading;
        QStringList paragraphs;
        std::vector<int> children;
    };

    PolicyContent read(const QString& text);
    QList<Line> readLines(const QString& text) const;
    static NumberMarker markerOf(const Line& line);
    void dropPageFurniture(QList<Line>& lines);
    qsizetype bodyStart(const QList<Line>& lines, qsizetype* tocHeading) const;
    void readBody(const QList<Line>& lines);
    static QList<Line> takeLeadingHistory(QList<Line>& lines);
    void placeNode(NumberMarker marker, int line);
    bool continues(const Line& previous, const Line& line) const;
    void learnNumbering(PolicyContent& out);
    PolicySection assemble(int index) const;

    static bool isTocLine(const QString& line);
    static bool endsSentence(const QString& text);
    static bool endsLeadIn(const QString& text);
    static QString joinAcrossBreak(const QString& before, const QString& after);
    static QString tocKey(const QString& line);

    QList<ImportWarning> m_warnings;
    QString m_encoding;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::vector<int> m_stack;
    // Per depth: the last section placed there, and the lines where a list went on from the
    // number the previous parent's list ended with (第三條 under 第二章) or began again at 1.
    std::vector<int> m_lastAtDepth;
    std::vector<QList<int>> m_continuedAt;
    std::vector<QList<int>> m_restartedAt;
    Source m_source = Source::Text;
    QHash<int, DocumentParagraph> m_given;
    QStringList m_historyRows;  // the program's own revision-history table, from its export  // by line number: the levels a document gave the line
    int m_fullFrom = 0;  // the width from which a line was cut by wrapping; 0: none was
};

}  // namespace isms::core
