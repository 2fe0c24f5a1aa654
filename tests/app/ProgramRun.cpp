#include "ProgramRun.h"

#include <grp.h>
#include <unistd.h>

#include <QProcess>
#include <QProcessEnvironment>

namespace isms::test {

namespace {

RunResult runWith(const QStringList& arguments, const QByteArray& home, const QString& password,
                  const QHash<QString, QString>& extra, bool unprivileged) {
    QProcess p;
    if (unprivileged && runsAsNobody()) {
        p.setChildProcessModifier([] {
            constexpr gid_t kNobody = 65534;
            // Groups first: once the user id is nobody's, nothing else may be changed.
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(125);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("ISMS_DESK_PASSWORD"));
    if (!password.isNull()) env.insert(QStringLiteral("ISMS_DESK_PASSWORD"), password);
    if (!home.isEmpty()) env.insert(QStringLiteral("XDG_DATA_HOME"), QString::fromUtf8(home));
    env.remove(QStringLiteral("ISMS_DESK_NEW_PASSWORD"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISMS_DESK_EXECUTABLE), arguments);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

RunResult run(const QStringList& arguments, const QByteArray& home, const QString& password,
              const QHash<QString, QString>& extra) {
    return runWith(arguments, home, password, extra, false);
}

bool runsAsNobody() {
    return ::geteuid() == 0;
}

RunResult runUnprivileged(const QStringList& arguments, const QString& config) {
    return runWith(arguments, config.toUtf8(), kPassword,
                   {{QStringLiteral("XDG_CONFIG_HOME"), config}}, true);
}

}  // namespace isms::test
