#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::app {

// The program's reference written from the command registry, so that the man page and the
// README's command table can never say something --help does not.
class CommandDocs {
    Q_DECLARE_TR_FUNCTIONS(CommandDocs)
public:
    // isms-desk(1) in troff, in the installed language; date as YYYY-MM-DD.
    static QString manPage(const QString& version, const QString& date);
    // The README's table of commands (Markdown, English).
    static QString markdownTable();

private:
    static QString troff(const QString& text);
};

}  // namespace isms::app
