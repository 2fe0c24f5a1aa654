#include "CommandLine.h"

#include "CommandRegistry.h"

#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QHash>

namespace isms::app {

namespace {
struct Options {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show the options, the commands and the exit codes.")};
    QCommandLineOption database{QStringLiteral("database"),
                                CommandLine::tr("Use this database file, or the PostgreSQL database "
                                                "postgresql://user@host:port/dbname (password from PGPASSWORD or "
                                                "asked for), instead of the default one."),
                                CommandLine::tr("FILE|URL")};
    QCommandLineOption lang{QStringLiteral("lang"), CommandLine::tr("Language: zh_TW or en."),
                            CommandLine::tr("LANG")};
    QCommandLineOption noDemo{QStringLiteral("no-demo"),
                              CommandLine::tr("Create a new database empty, without the demo policy.")};
    QCommandLineOption document{QStringLiteral("document"), CommandLine::tr("Document code, e.g. ISMS-01-01."),
                                CommandLine::tr("CODE")};
    QCommandLineOption version{QStringLiteral("version"), CommandLine::tr("Document version, e.g. 2.0. Alone, with no value and no command: print the program's version."),
                               CommandLine::tr("X")};
    QCommandLineOption out{QStringLiteral("out"), CommandLine::tr("File to write (export)."), CommandLine::tr("FILE")};
    QCommandLineOption copy{QStringLiteral("copy"),
                            CommandLine::tr("Export as the controlled copy with this number, recorded in the register."),
                            CommandLine::tr("N")};
    QCommandLineOption holder{QStringLiteral("holder"), CommandLine::tr("Who holds the controlled copy."),
                              CommandLine::tr("NAME")};
    QCommandLineOption year{QStringLiteral("year"), CommandLine::tr("Plan year (Gregorian, e.g. 2025)."), CommandLine::tr("Y")};
    QCommandLineOption from{QStringLiteral("from"),
                            CommandLine::tr("First day (2025-01-01 or 114/01/01); for copy, the database to copy."),
                            CommandLine::tr("DATE|DB")};
    QCommandLineOption to{QStringLiteral("to"),
                          CommandLine::tr("Last day (2025-12-31 or 114/12/31); for copy, the new database."),
                          CommandLine::tr("DATE|DB")};
    QCommandLineOption meeting{QStringLiteral("meeting"), CommandLine::tr("Meeting number, as in the list of meetings."),
                               CommandLine::tr("ID")};
    QCommandLineOption scale{QStringLiteral("scale"), CommandLine::tr("How many bureau-decades of data to generate (e.g. 1 or 0.1)."),
                             CommandLine::tr("FACTOR")};
    QCommandLineOption seed{QStringLiteral("seed"), CommandLine::tr("Random seed for generate (default 1)."), CommandLine::tr("S")};
    // The steps of document control and the records of the year, from a script.
    QCommandLineOption summary{QStringLiteral("summary"), CommandLine::tr("What changes in the new version (its change summary)."),
                               CommandLine::tr("TEXT")};
    QCommandLineOption effective{QStringLiteral("effective"),
                                 CommandLine::tr("The day the version takes effect (2026-12-15 or 115/12/15)."),
                                 CommandLine::tr("DATE")};
    QCommandLineOption title{QStringLiteral("title"), CommandLine::tr("The approver's title, e.g. 主任委員."),
                             CommandLine::tr("TEXT")};
    QCommandLineOption fingerprint{QStringLiteral("fingerprint"),
                                   CommandLine::tr("The fingerprint of the text being approved (the 16 digits shown, or all 64): "
                                                   "text changed since is refused."),
                                   CommandLine::tr("HEX")};
    QCommandLineOption role{QStringLiteral("role"),
                            CommandLine::tr("The account's role: administrator, editor, chair, auditor or viewer."),
                            CommandLine::tr("ROLE")};
    QCommandLineOption person{QStringLiteral("person"), CommandLine::tr("The full name of the account's person."),
                              CommandLine::tr("NAME")};
    QCommandLineOption objective{QStringLiteral("objective"),
                                 CommandLine::tr("Objective number, as the policy in force numbers it."), CommandLine::tr("N")};
    QCommandLineOption value{QStringLiteral("value"), CommandLine::tr("The measured value."), CommandLine::tr("V")};
    QCommandLineOption evidence{QStringLiteral("evidence"), CommandLine::tr("Where the evidence is (a report, a file)."),
                                CommandLine::tr("TEXT")};
    QCommandLineOption half{QStringLiteral("half"), CommandLine::tr("Half-year: 1 or 2."), CommandLine::tr("H")};
    QCommandLineOption date{QStringLiteral("date"), CommandLine::tr("The day it took place (2026-11-10 or 115/11/10)."),
                            CommandLine::tr("DATE")};
    QCommandLineOption sent{QStringLiteral("sent"), CommandLine::tr("E-mails sent in the drill."), CommandLine::tr("COUNT")};
    QCommandLineOption opened{QStringLiteral("opened"), CommandLine::tr("How many opened the drill's e-mail."),
                              CommandLine::tr("COUNT")};
    QCommandLineOption clicked{QStringLiteral("clicked"), CommandLine::tr("How many clicked its link or attachment."),
                               CommandLine::tr("COUNT")};
    QCommandLineOption reported{QStringLiteral("reported"), CommandLine::tr("How many reported it."), CommandLine::tr("COUNT")};
    QCommandLineOption user{QStringLiteral("user"),
                            CommandLine::tr("Sign in as this user (default admin); the password comes from "
                                            "ISMS_DESK_PASSWORD or is asked for on the terminal."),
                            CommandLine::tr("NAME")};

    QList<QCommandLineOption> all() const {
        return {help,  database, lang,      noDemo,      user,   document,  version, out,      copy,
                holder, year,    from,      to,          meeting, scale,    seed,    summary,  effective,
                title,  fingerprint, role,  person,      objective, value,  evidence, half,    date,
                sent,   opened,  clicked,   reported};
    }

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions(all());
        parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("Command to run (see below)."),
                                     CommandLine::tr("[command]"));
    }
};
}  // namespace

bool CommandLine::demoContent() const { return !m_noDemo && !core::ServerAddress::isServer(m_database); }

QList<QCommandLineOption> CommandLine::options() { return Options().all(); }

QStringList CommandLine::globalOptions() {
    return {QStringLiteral("help"), QStringLiteral("database"), QStringLiteral("lang"), QStringLiteral("no-demo"),
            QStringLiteral("user")};
}

QList<QPair<int, QString>> CommandLine::exitCodes() {
    return {{Ok, tr("success")},
            {Failed, tr("the command failed (with a one-line reason on standard error)")},
            {Usage, tr("wrong arguments")},
            {DatabaseRefused, tr("the database was refused")},
            {NotPermitted, tr("sign-in failed or the role may not do it")},
            {CopyScheduled, tr("verify: approved, not yet in force")},
            {CopySuperseded, tr("verify: superseded")},
            {CopyUnknown, tr("verify: unknown copy")},
            {CopyNotInForce, tr("verify: a version never in force")},
            {CopyAltered, tr("verify: text changed after its approval")}};
}

QString CommandLine::description() {
    return tr("ISMS Desk keeps information-security governance records: the security policy, objectives, "
              "action plans, responsibilities and review cycles.");
}

QString CommandLine::versionText() const {
    return QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
}

bool CommandLine::parse(const QStringList& given) {
    QStringList arguments = given;
    // A --version with no value after it (nothing, or another option) asks for the program's
    // version; with a value it is the document version a command works on.
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--version") &&
            (i + 1 == arguments.size() || arguments[i + 1].startsWith(QLatin1Char('-')))) {
            arguments.removeAt(i--);
            m_programVersion = true;
        }
    }
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    // An unknown option or a missing value is said here, in the chosen language (Qt's parser
    // says it in English), with the way to the list.
    QHash<QString, bool> takesValue;
    for (const QCommandLineOption& option : options.all()) {
        for (const QString& name : option.names()) takesValue.insert(name, !option.valueName().isEmpty());
    }
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QStringLiteral("--")) break;
        if (!argument.startsWith(QLatin1Char('-')) || argument == QStringLiteral("-")) continue;
        const QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (!takesValue.contains(name)) {
            m_error = tr("There is no option %1: isms-desk --help lists the options and what each command takes.")
                          .arg(argument.section(QLatin1Char('='), 0, 0));
            return false;
        }
        if (takesValue.value(name) && !argument.contains(QLatin1Char('='))) {
            if (i + 1 == arguments.size()) {
                m_error = tr("%1 needs a value after it.").arg(argument);
                return false;
            }
            ++i;  // its value, whatever it looks like
        }
    }
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return false;
    }
    if (m_programVersion && !parser.positionalArguments().isEmpty()) {
        m_error = tr("--version takes the document version, e.g. --version 2.0.");
        return false;
    }
    const QStringList global = globalOptions();
    for (const QString& name : parser.optionNames()) {
        const QString longName = name == QStringLiteral("h") ? QStringLiteral("help") : name;
        if (!global.contains(longName) && !m_commandOptions.contains(longName)) m_commandOptions << longName;
    }
    // An option of a command given without the command would otherwise open the window and be
    // ignored there.
    if (parser.positionalArguments().isEmpty() && !m_commandOptions.isEmpty() && !parser.isSet(options.help)) {
        m_error = tr("--%1 goes with a command, e.g. export policy CODE --out FILE.pdf; see isms-desk --help.")
                      .arg(m_commandOptions.first());
        return false;
    }
    m_help = parser.isSet(options.help);
    if (m_help) m_programVersion = false;  // --help --version: the help, which says the version too
    m_noDemo = parser.isSet(options.noDemo);
    m_database = parser.value(options.database);
    m_language = parser.value(options.lang);
    m_document = parser.value(options.document);
    m_version = parser.value(options.version);
    m_user = parser.value(options.user);
    m_output = parser.value(options.out);
    m_holder = parser.value(options.holder);
    m_positional = parser.positionalArguments();
    m_copyFrom = parser.value(options.from);
    m_copyTo = parser.value(options.to);
    for (const QCommandLineOption& option : options.all()) {
        if (parser.isSet(option)) m_values.insert(option.names().constLast(), parser.value(option));
    }
    // copy takes databases for --from and --to, policy new-version a version number; every other
    // command takes dates.
    const bool copy = m_positional.value(0) == QStringLiteral("copy") ||
                      m_positional.mid(0, 2) == QStringList{QStringLiteral("policy"), QStringLiteral("new-version")};
    for (const auto& [option, date] : {std::pair{&options.from, &m_from}, std::pair{&options.to, &m_to}}) {
        if (copy || !parser.isSet(*option)) continue;
        *date = core::RocDate::parse(parser.value(*option));
        if (!date->isValid()) {
            m_error = tr("“%1” is not a date: write 2025-01-31 or 114/01/31.").arg(parser.value(*option));
            return false;
        }
    }
    if (parser.isSet(options.year)) {
        bool ok = false;
        m_year = parser.value(options.year).toInt(&ok);
        if (!ok || m_year < 1912 || m_year > 2200) {
            m_error = tr("--year takes a Gregorian year such as 2025.");
            return false;
        }
    }
    if (parser.isSet(options.meeting)) {
        bool ok = false;
        m_meeting = parser.value(options.meeting).toLongLong(&ok);
        if (!ok || m_meeting <= 0) {
            m_error = tr("--meeting takes a meeting number such as 3.");
            return false;
        }
    }
    if (parser.isSet(options.scale)) {
        bool ok = false;
        m_scale = parser.value(options.scale).toDouble(&ok);
        if (!ok || m_scale <= 0 || m_scale > 100) {
            m_error = tr("--scale takes a number above 0 and at most 100, such as 1 or 0.1.");
            return false;
        }
    }
    if (parser.isSet(options.seed)) {
        bool ok = false;
        m_seed = parser.value(options.seed).toUInt(&ok);
        if (!ok) {
            m_error = tr("--seed takes a whole number.");
            return false;
        }
    }
    if (parser.isSet(options.copy)) {
        bool ok = false;
        m_copy = parser.value(options.copy).toInt(&ok);
        if (!ok || m_copy <= 0) {
            m_error = tr("--copy takes a copy number of 1 or more.");
            return false;
        }
    }
    if (!m_language.isEmpty() && !core::Language::available().contains(m_language)) {
        m_error = tr("Unknown language “%1”: use zh_TW or en.").arg(m_language);
        return false;
    }
    return true;
}

namespace {
// Columns a text takes on a terminal: East Asian wide characters take two.
int displayWidth(const QString& text) {
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                          (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}
}  // namespace

QString CommandLine::helpText() const {
    // Laid out here rather than by QCommandLineParser, which pads by characters and so misaligns
    // every Chinese value name.
    constexpr int kColumn = 28;
    QString text = versionText() + tr("Usage: isms-desk [options] [command]") + QLatin1Char('\n') + description() +
                   QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption& option : options()) {
        QStringList names;
        for (const QString& name : option.names()) names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty()) left += QStringLiteral(" <%1>").arg(option.valueName());
        const int width = displayWidth(left);
        left += width < kColumn - 1 ? QString(kColumn - width, QLatin1Char(' ')) : QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        text += left + option.description() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Commands (without one, the program window opens):") + QLatin1Char('\n');
    // The command syntax stays as typed; only the explanations are translated.
    for (const Command& command : CommandRegistry::all()) {
        text += QStringLiteral("  %1\n      %2\n").arg(command.syntax(), command.summary);
    }
    text += QStringLiteral("  --version\n      %1\n").arg(tr("Print the program's version."));
    text += QLatin1Char('\n') + changingDataText() + QStringLiteral("\n\n") + tr("Exit codes:") + QLatin1Char('\n');
    for (const auto& [code, meaning] : exitCodes()) text += QStringLiteral("  %1  %2\n").arg(code).arg(meaning);
    return text;
}

QString CommandLine::changingDataText() {
    return tr("Commands that change data need a user whose role allows it. A database without users takes its first "
              "administrator from --user and the password.");
}

}  // namespace isms::app
