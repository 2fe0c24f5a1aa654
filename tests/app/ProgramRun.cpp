#include "ProgramRun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace isms::test {

RunResult run(const QStringList& arguments, const QByteArray& home, const QString& password,
              const QHash<QString, QString>& extra) {
    QProcess p;
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
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace isms::test
