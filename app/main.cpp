#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <cstdio>

#include "CommandLine.h"
#include "PdfWords.h"
#include "CommandRunner.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SignInFlow.h"
#include "dialogs/ConnectDialog.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace isms;

namespace {

QStringList rawArguments(int argc, char* argv[]) {
    QStringList out;
    for (int i = 0; i < argc; ++i) out << QString::fromLocal8Bit(argv[i]);
    return out;
}

// Qt aborts when its platform has no display; say so instead. Windows and macOS always have one.
bool hasDisplay() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// The desktop theme's icon once the program is installed; the bundled sizes otherwise.
QIcon applicationIcon() {
    QIcon bundled;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        bundled.addFile(QStringLiteral(":/icons/%1x%1/apps/%2.png")
                            .arg(size)
                            .arg(QStringLiteral(ISMS_DESK_APP_ID)));
    }
    return QIcon::fromTheme(QStringLiteral(ISMS_DESK_APP_ID), bundled);
}

int runGui(int argc, char* argv[], const app::CommandLine& commandLine) {
    QApplication application(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(ISMS_DESK_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    QString language = commandLine.language();
    if (language.isEmpty())
        language = ui::Settings::open()->value(ui::Settings::kLanguage).toString();
    if (!core::Language::available().contains(language)) language = core::Language::systemDefault();
    core::Language::install(language);

    const QString path =
        commandLine.database().isEmpty() ? core::Database::defaultPath() : commandLine.database();
    std::unique_ptr<core::Database> db;
    try {
        // The full check runs in the main window's background, so the window shows at once.
        db =
            core::Workspace::open(path, commandLine.demoContent(), core::Database::Check::Deferred);
    } catch (const core::Error& e) {
        if (!core::ServerAddress::isServer(path)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "ISMS Desk"),
                                  e.message());
            return app::CommandLine::DatabaseRefused;
        }
        // A server that wants a password (or is not where the address says) is asked about in
        // the connection dialog, with the reason shown.
        ui::ConnectDialog dialog(
            path, [&](const QString& address, const QString& password, QString* error) {
                try {
                    db = core::Workspace::open(address, false, core::Database::Check::Deferred,
                                               password);
                    return true;
                } catch (const core::Error& again) {
                    *error = again.message();
                    return false;
                }
            });
        dialog.messageLabel()->setText(e.message());
        if (dialog.exec() != QDialog::Accepted) return app::CommandLine::DatabaseRefused;
    }
    if (core::ServerAddress::isServer(path))
        ui::Settings::open()->setValue(ui::Settings::kLastServer, db->path());
    if (!ui::SignInFlow::run(nullptr, *db,
                             ui::Settings::open()->value(ui::Settings::kLastUser).toString()))
        return app::CommandLine::Ok;
    ui::MainWindow window(std::move(db));
    window.show();
    return application.exec();
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("isms-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISMS_DESK_VERSION));
    // Policies are imported from PDF too (core reads no PDF itself).
    reports::PdfWords::install();

    app::CommandLine commandLine;
    const bool parsed = commandLine.parse(rawArguments(argc, argv));
    if (parsed && commandLine.wantsGui() && hasDisplay()) return runGui(argc, argv, commandLine);

    // Commands run headless: no display is needed, but reports need fonts, so Qt runs on its
    // offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a session (cron, ssh) there is no runtime folder; Qt would complain on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::temp().filePath(QStringLiteral("isms-desk-runtime-%1").arg(getuid()));
        QDir().mkpath(runtime);
        QFile::setPermissions(
            runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
#endif
    QGuiApplication application(argc, argv);
    core::Language::install(commandLine.language().isEmpty() ? core::Language::systemDefault()
                                                             : commandLine.language());
    if (!parsed) {
        // Parsed again now that the language is installed, so that the reason is in it.
        app::CommandLine again;
        again.parse(rawArguments(argc, argv));
        std::fprintf(stderr, "%s\n", qPrintable(again.errorText()));
        return app::CommandLine::Usage;
    }
    if (commandLine.wantsGui()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main",
                "There is no display to open the window on (DISPLAY is not set). Commands run "
                "without one: see isms-desk --help.")));
        return app::CommandLine::Failed;
    }
    if (commandLine.versionRequested()) {
        std::fprintf(stdout, "%s", commandLine.versionText().toUtf8().constData());
        return app::CommandLine::Ok;
    }
    if (commandLine.helpRequested()) {
        std::fprintf(stdout, "%s", commandLine.helpText().toUtf8().constData());
        return app::CommandLine::Ok;
    }
    return app::CommandRunner().run(commandLine);
}
