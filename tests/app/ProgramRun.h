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
RunResult run(const QStringList& arguments, const QByteArray& home = {}, const QString& password = kPassword,
              const QHash<QString, QString>& extra = {});

}  // namespace isms::test
