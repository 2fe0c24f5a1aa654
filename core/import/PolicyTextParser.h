#pragma once

#include "domain/PolicyContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace isms::core {

// Reads a policy in the plain-text form agencies export from their word processor (the seed's
// form): a title block, an optional table of contents, then numbered sections 壹/一/(一)/1./(1).
// Throws Error(Invalid) with a clear reason on input that is not such a policy.
class PolicyTextParser {
    Q_DECLARE_TR_FUNCTIONS(PolicyTextParser)
public:
    PolicyContent parse(const QByteArray& bytes);

    // Which numbering a line starts with (0..4 for 壹/一/(一)/1./(1)), or -1; *rest gets the text
    // after the number.
    static int markerRank(const QString& line, QString* rest);

private:
    enum class Field { None, Classification, Code, Version, EffectiveDate };

    void readTitleBlock(const QStringList& lines, PolicyContent& out);
    void readBody(const QStringList& lines, PolicyContent& out);
    static bool isTocLine(const QString& line);
    static bool endsSentence(const QString& text);
    static QString joinAcrossBreak(const QString& before, const QString& after);
};

}  // namespace isms::core
