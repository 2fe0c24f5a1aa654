#include "CommandLine.h"

#include "i18n/Language.h"

#include <QCommandLineParser>

namespace isms::app {

namespace {
struct Options {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")};
    QCommandLineOption database{QStringLiteral("database"),
                                CommandLine::tr("Use this database file instead of the default one."),
                                CommandLine::tr("FILE")};
    QCommandLineOption lang{QStringLiteral("lang"), CommandLine::tr("Language: zh_TW or en."),
                            CommandLine::tr("LANG")};
    QCommandLineOption noDemo{QStringLiteral("no-demo"),
                              CommandLine::tr("Create a new database empty, without the demo policy.")};
    QCommandLineOption document{QStringLiteral("document"), CommandLine::tr("Document code, e.g. ISMS-01-01."),
                                CommandLine::tr("CODE")};
    QCommandLineOption version{QStringLiteral("version"), CommandLine::tr("Document version, e.g. 2.0."),
                               CommandLine::tr("X")};
    QCommandLineOption out{QStringLiteral("out"), CommandLine::tr("File to write (export)."), CommandLine::tr("FILE")};
    QCommandLineOption user{QStringLiteral("user"),
                            CommandLine::tr("Sign in as this user (default admin); the password comes from "
                                            "ISMS_DESK_PASSWORD or is asked for on the terminal."),
                            CommandLine::tr("NAME")};

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions({help, database, lang, noDemo, user, document, version, out});
        parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("Command to run (see below)."),
                                     CommandLine::tr("[command]"));
    }
};
}  // namespace

bool CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return false;
    }
    m_help = parser.isSet(options.help);
    m_noDemo = parser.isSet(options.noDemo);
    m_database = parser.value(options.database);
    m_language = parser.value(options.lang);
    m_document = parser.value(options.document);
    m_version = parser.value(options.version);
    m_user = parser.value(options.user);
    m_output = parser.value(options.out);
    m_positional = parser.positionalArguments();
    if (!m_language.isEmpty() && !core::Language::available().contains(m_language)) {
        m_error = tr("Unknown language “%1”: use zh_TW or en.").arg(m_language);
        return false;
    }
    return true;
}

QString CommandLine::helpText() const {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ISMS Desk keeps information-security governance records: the security policy, objectives, "
           "action plans, responsibilities and review cycles."));
    Options().addTo(parser);
    return parser.helpText() + QLatin1Char('\n') +
           tr("Commands (without one, the program window opens):\n"
              "  show policy CODE [--version X]     Print a policy version as text.\n"
              "  import policy FILE [--document CODE] [--version X]\n"
              "                                     Import a policy from its plain-text form as a draft.\n"
              "  export policy CODE [--version X] --out FILE.pdf\n"
              "                                     Write the printed copy of a policy version as PDF.\n"
              "  verify FILE.pdf|FINGERPRINT         Is this copy the version in force? Exit 0 only if so.\n"
              "  check                              Check the database file and the audit trail.\n"
              "  backup FILE                        Write a verified copy of the database to FILE.\n"
              "  restore FILE                       Replace the database with the verified copy FILE;\n"
              "                                     the replaced database is kept aside.\n"
              "\n"
              "Commands that change data need a user whose role allows it. A database without users\n"
              "takes its first administrator from --user and the password.\n"
              "\n"
              "Exit codes: 0 success, 1 the command failed, 2 wrong arguments, 3 the database was refused,\n"
              "4 sign-in failed or not permitted.\n");
}

}  // namespace isms::app
