#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace isms::test {

struct RunResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// The administrator's password of the databases the program creates in these tests.
inline const QString kPassword = QStringLiteral("correct horse battery");

// The program exactly as a user runs it, with no display available; password given: the
// administrator's, as a script would set it (a null password: none in the environment).
// extra: further environment, e.g. ISMS_DESK_NEW_PASSWORD for a new account.
RunResult run(const QStringList& arguments, const QByteArray& home = {},
              const QString& password = kPassword, const QHash<QString, QString>& extra = {});

// The same, run by someone whom file permissions bind: root may write any file, so as root the
// program runs as nobody (65534), whose settings go to config (a folder anyone may write).
RunResult runUnprivileged(const QStringList& arguments, const QString& config);
// Whether runUnprivileged gives up root (then what it reads must be readable by others).
bool runsAsNobody();

}  // namespace isms::test
