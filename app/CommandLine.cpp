#include "CommandLine.h"

#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>

namespace isms::app {

namespace {
struct Options {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")};
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
    QCommandLineOption version{QStringLiteral("version"), CommandLine::tr("Document version, e.g. 2.0."),
                               CommandLine::tr("X")};
    QCommandLineOption out{QStringLiteral("out"), CommandLine::tr("File to write (export)."), CommandLine::tr("FILE")};
    QCommandLineOption copy{QStringLiteral("copy"), CommandLine::tr("Export as controlled copy number N (recorded)."),
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
                             CommandLine::tr("N")};
    QCommandLineOption seed{QStringLiteral("seed"), CommandLine::tr("Random seed for generate (default 1)."), CommandLine::tr("S")};
    QCommandLineOption user{QStringLiteral("user"),
                            CommandLine::tr("Sign in as this user (default admin); the password comes from "
                                            "ISMS_DESK_PASSWORD or is asked for on the terminal."),
                            CommandLine::tr("NAME")};

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions(
            {help, database, lang, noDemo, user, document, version, out, copy, holder, year, from, to, meeting, scale, seed});
        parser.addPositionalArgument(QStringLiteral("command"), CommandLine::tr("Command to run (see below)."),
                                     CommandLine::tr("[command]"));
    }
};
}  // namespace

bool CommandLine::demoContent() const { return !m_noDemo && !core::ServerAddress::isServer(m_database); }

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
    m_holder = parser.value(options.holder);
    m_positional = parser.positionalArguments();
    m_copyFrom = parser.value(options.from);
    m_copyTo = parser.value(options.to);
    // copy takes databases for --from and --to; every other command takes dates.
    const bool copy = m_positional.value(0) == QStringLiteral("copy");
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

QString CommandLine::helpText() const {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ISMS Desk keeps information-security governance records: the security policy, objectives, "
           "action plans, responsibilities and review cycles."));
    Options().addTo(parser);
    // The command syntax stays as typed; only the explanations are translated, one each.
    const QList<QPair<QString, QString>> commands{
        {QStringLiteral("show policy CODE [--version X]"), tr("Print a policy version as text.")},
        {QStringLiteral("import policy FILE [--document CODE] [--version X]"),
         tr("Import a policy from its plain-text form as a draft.")},
        {QStringLiteral("export policy CODE [--version X] --out FILE.pdf [--copy N [--holder NAME]]"),
         tr("Write the printed copy of a policy version as PDF; with --copy, a registered controlled copy.")},
        {QStringLiteral("export policy CODE [--version X] --out FILE.odt"),
         tr("Write a policy version as an OpenDocument text, to edit in a word processor.")},
        {QStringLiteral("export action-plan [--year Y] --out FILE.pdf|FILE.csv"),
         tr("Write the yearly action plan; the CSV can be imported again.")},
        {QStringLiteral("export objectives [--year Y] [--document CODE] --out FILE.pdf|FILE.csv"),
         tr("Write the objective effectiveness report for the management review.")},
        {QStringLiteral("export review-schedule [--from DATE] [--to DATE] --out FILE.pdf|FILE.csv"),
         tr("Write the reviews falling due between the dates (default: the next 90 days).")},
        {QStringLiteral("export meeting-pack --meeting ID --out FILE.pdf"),
         tr("Write a meeting's pack: agenda, objective effectiveness, open findings, overdue actions, the previous "
            "meeting's follow-ups; with the minutes and signature lines once they are recorded.")},
        {QStringLiteral("export dashboard [--year Y] --out FILE.pdf"),
         tr("Write the chair's dashboard for the year: the same figures as the screen.")},
        {QStringLiteral("export raci --out FILE.pdf|FILE.csv"),
         tr("Write the RACI matrix of responsibilities, with what breaks its rules.")},
        {QStringLiteral("export acknowledgements --document CODE [--version X] --out FILE.pdf|FILE.csv"),
         tr("Write who has acknowledged a policy version (default: the one in force): coverage per unit and "
            "category, and who has not yet.")},
        {QStringLiteral("generate --scale N --database FILE [--seed S]"),
         tr("Create FILE filled with synthetic records at N times a bureau's decade, for benchmarks and trials.")},
        {QStringLiteral("copy --from DB --to DB"),
         tr("Copy every record of a database into a new one: a file to a PostgreSQL server "
            "(postgresql://user@host:port/dbname, an empty database) or back to a new file. Both sides are counted "
            "and the audit trail is verified.")},
        {QStringLiteral("server-roles"),
         tr("On a PostgreSQL database (--database postgresql://…), as its owner: create a server role for each of the "
            "program's roles and give each the privileges the program allows it, so that they hold outside the program "
            "too.")},
        {QStringLiteral("verify FILE.pdf|FINGERPRINT"), tr("Is this copy the version in force? Exit code 0 only if so.")},
        {QStringLiteral("check"), tr("Check the database file and the audit trail.")},
        {QStringLiteral("backup FILE"), tr("Write a verified copy of the database to FILE.")},
        {QStringLiteral("restore FILE"), tr("Replace the database with the verified copy FILE; the replaced one is kept aside.")},
    };
    QString text = parser.helpText() + QLatin1Char('\n') + tr("Commands (without one, the program window opens):") +
                   QLatin1Char('\n');
    for (const auto& [syntax, explanation] : commands) {
        text += QStringLiteral("  %1\n      %2\n").arg(syntax, explanation);
    }
    text += QLatin1Char('\n') +
            tr("Commands that change data need a user whose role allows it. A database without users takes its first "
               "administrator from --user and the password.") +
            QStringLiteral("\n\n") +
            tr("Exit codes: 0 success, 1 the command failed, 2 wrong arguments, 3 the database was refused, 4 sign-in "
               "failed or not permitted.") +
            QLatin1Char('\n');
    return text;
}

}  // namespace isms::app
