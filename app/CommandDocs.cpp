#include "CommandDocs.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "PasswordSource.h"
#include "i18n/Language.h"

#include <QStringList>

namespace isms::app {

QString CommandDocs::troff(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    // A line may not start with a control character.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        if (l.startsWith(QLatin1Char('.')) || l.startsWith(QLatin1Char('\''))) l.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CommandDocs::manPage(const QString& version, const QString& date) {
    QString m;
    const auto line = [&m](const QString& text) { m += text + QLatin1Char('\n'); };
    const auto paragraph = [&](const QString& tag, const QString& text) {
        line(QStringLiteral(".TP"));
        line(tag);
        line(troff(text));
    };
    line(QStringLiteral(".TH ISMS\\-DESK 1 \"%1\" \"ISMS Desk %2\" \"%3\"").arg(date, version, tr("User Commands")));
    // Chinese has no spaces to stretch: justified lines would warn and gape.
    if (core::Language::isChinese()) line(QStringLiteral(".ad l\n.nh"));
    line(QStringLiteral(".SH ") + tr("NAME"));
    line(QStringLiteral("isms\\-desk \\- ") + troff(tr("information-security governance records (ISMS)")));
    line(QStringLiteral(".SH ") + tr("SYNOPSIS"));
    line(QStringLiteral(".B isms\\-desk"));
    line(QStringLiteral("[\\fI%1\\fR] [\\fI%2\\fR]").arg(tr("OPTION"), tr("COMMAND")));
    line(QStringLiteral(".br"));
    line(QStringLiteral(".B isms\\-desk \\-\\-version"));
    line(QStringLiteral(".SH ") + tr("DESCRIPTION"));
    line(troff(CommandLine::description()));
    line(QStringLiteral(".PP"));
    line(troff(tr("Without a command the program window opens on the database; with one, the command runs "
                  "without a display and exits with one of the codes below.")));
    const QStringList global = CommandLine::globalOptions();
    const auto options = [&](bool globalOnes) {
        for (const QCommandLineOption& option : CommandLine::options()) {
            if (global.contains(option.names().constLast()) != globalOnes) continue;
            QStringList names;
            for (const QString& name : option.names()) {
                names << (name.size() == 1 ? QStringLiteral("\\fB\\-%1\\fR") : QStringLiteral("\\fB\\-\\-%1\\fR"))
                             .arg(troff(name));
            }
            QString tag = names.join(QStringLiteral(", "));
            if (!option.valueName().isEmpty()) tag += QStringLiteral(" \\fI%1\\fR").arg(troff(option.valueName()));
            paragraph(tag, option.description());
        }
    };
    line(QStringLiteral(".SH ") + tr("OPTIONS"));
    options(true);
    line(QStringLiteral(".SH ") + tr("COMMAND OPTIONS"));
    line(troff(tr("Each command takes the options its syntax below names, and no others.")));
    options(false);
    line(QStringLiteral(".SH ") + tr("COMMANDS"));
    for (const Command& command : CommandRegistry::all()) {
        paragraph(QStringLiteral("\\fB%1\\fR").arg(troff(command.syntax())), command.summary);
    }
    line(QStringLiteral(".PP"));
    line(troff(CommandLine::changingDataText()));
    line(QStringLiteral(".SH ") + tr("EXIT STATUS"));
    for (const auto& [code, meaning] : CommandLine::exitCodes()) paragraph(QStringLiteral(".B %1").arg(code), meaning);
    line(QStringLiteral(".SH ") + tr("ENVIRONMENT"));
    paragraph(QStringLiteral(".B %1").arg(troff(QString::fromLatin1(PasswordSource::kVariable))),
              tr("The password of the --user for commands that change data, for scripts; without it the password "
                 "is asked for on the terminal. Never give a password as an argument."));
    paragraph(QStringLiteral(".B PGPASSWORD"),
              tr("The server password for a postgresql:// database; ~/.pgpass is read too."));
    paragraph(QStringLiteral(".B QT_QPA_PLATFORM"),
              tr("Commands run on Qt's offscreen platform unless this says otherwise; the window uses the desktop's."));
    line(QStringLiteral(".SH ") + tr("FILES"));
    paragraph(QStringLiteral(".I ~/.local/share/isms\\-desk/isms\\-desk.sqlite"),
              tr("The default database, created with the demo policy on first start (below $XDG_DATA_HOME when "
                 "that is set)."));
    paragraph(QStringLiteral(".I ~/.local/share/isms\\-desk/backups/"), tr("Automatic backups, when they are turned on."));
    paragraph(QStringLiteral(".I ~/.config/isms\\-desk/settings.ini"),
              tr("Preferences: language, window size, the last server address (never a password); below "
                 "$XDG_CONFIG_HOME when that is set."));
    line(QStringLiteral(".SH ") + tr("EXAMPLES"));
    line(QStringLiteral(".nf"));
    for (const QString& example :
         {QStringLiteral("isms-desk show policy ISMS-01-01 > policy.txt"),
          QStringLiteral("isms-desk --lang zh_TW export policy ISMS-01-01 --out ISMS-01-01.pdf"),
          QStringLiteral("isms-desk verify ISMS-01-01.pdf"),
          QStringLiteral("ISMS_DESK_PASSWORD='…' isms-desk --database other.sqlite backup other-copy.sqlite")}) {
        line(troff(example));
    }
    line(QStringLiteral(".fi"));
    line(QStringLiteral(".SH ") + tr("SEE ALSO"));
    line(QStringLiteral(".BR psql (1),"));
    line(QStringLiteral(".BR pg_dump (1)"));
    return m;
}

QString CommandDocs::markdownTable() {
    const auto cell = [](QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString t = QStringLiteral("| command | what it does |\n|---|---|\n");
    t += QStringLiteral("| *(none)* | opens the program window |\n");
    for (const Command& command : CommandRegistry::all()) {
        t += QStringLiteral("| `%1` | %2 |\n").arg(cell(command.syntax()), cell(command.summary));
    }
    t += QStringLiteral("| `--version` | prints the program's version |\n");
    t += QStringLiteral("| `--help` | lists all of this |\n");
    return t;
}

}  // namespace isms::app
