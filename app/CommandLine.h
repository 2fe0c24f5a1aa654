#pragma once

#include <QCoreApplication>
#include <QCommandLineOption>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace isms::app {

// The program's arguments: global options, then an optional command with its own arguments.
// With no command the GUI starts.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Exit codes a script can rely on.
    enum Exit {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        DatabaseRefused = 3,
        NotPermitted = 4,
        // verify's verdicts on a copy other than the current one
        CopyScheduled = 5,
        CopySuperseded = 6,
        CopyUnknown = 7,
        CopyNotInForce = 8,
        CopyAltered = 9,
    };

    bool parse(const QStringList& arguments);  // false: errorText() says why
    QString errorText() const { return m_error; }
    QString helpText() const;
    QString versionText() const;

    // Every option with its translated explanation, the global ones first.
    static QList<QCommandLineOption> options();
    // The options every command takes, and the window too.
    static QStringList globalOptions();
    // Each exit code with what it means, translated.
    static QList<QPair<int, QString>> exitCodes();
    static QString description();
    static QString changingDataText();

    bool helpRequested() const { return m_help; }
    // --version with no value and no command: the program's version. With a value it is the
    // document version a command works on.
    bool versionRequested() const { return m_programVersion; }
    bool wantsGui() const { return m_positional.isEmpty() && !m_help && !m_programVersion; }
    QStringList command() const { return m_positional; }
    // The command options given (long names, without the global ones).
    QStringList commandOptions() const { return m_commandOptions; }
    QString database() const { return m_database; }  // empty: the default database
    QString language() const { return m_language; }  // empty: the system's
    // A new file gets the demo policy unless --no-demo; a new server database never does: it
    // holds an organisation's real shared records (copy a file's records there with copy).
    bool demoContent() const;
    QString documentCode() const { return m_document; }
    QString user() const { return m_user; }  // empty: "admin"
    QString output() const { return m_output; }
    int copyNumber() const { return m_copy; }  // 0: none asked for
    int year() const { return m_year; }        // 0: this year
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString holder() const { return m_holder; }
    QString copyFrom() const { return m_copyFrom; }  // copy's --from and --to, as given
    QString copyTo() const { return m_copyTo; }
    QString version() const { return m_version; }
    qint64 meeting() const { return m_meeting; }  // 0: none given
    double scale() const { return m_scale; }      // 0: none given
    quint32 seed() const { return m_seed; }
    // Any option's value as given (long name), for the options a command reads and checks itself.
    QString value(const QString& option) const { return m_values.value(option); }
    bool isSet(const QString& option) const { return m_values.contains(option); }

private:
    QString m_error;
    bool m_help = false;
    bool m_programVersion = false;
    QStringList m_commandOptions;
    bool m_noDemo = false;
    QStringList m_positional;
    QString m_database;
    QString m_language;
    QString m_document;
    QString m_user;
    QString m_output;
    QString m_holder;
    QString m_copyFrom;
    QString m_copyTo;
    int m_copy = 0;
    int m_year = 0;
    QDate m_from;
    QDate m_to;
    QString m_version;
    qint64 m_meeting = 0;
    double m_scale = 0;
    quint32 m_seed = 1;
    QHash<QString, QString> m_values;
};

}  // namespace isms::app
