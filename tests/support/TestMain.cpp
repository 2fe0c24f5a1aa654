// One main for every suite: the Qt application object the code under test needs, isolated
// standard paths (tests never touch the user's real data or settings), then GoogleTest.
#include <gtest/gtest.h>

#include <QDir>
#include <QStandardPaths>

#if defined(ISMS_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(ISMS_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[]) {
#if defined(ISMS_TEST_WIDGETS) || defined(ISMS_TEST_GUI)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QStandardPaths::setTestModeEnabled(true);
    // Each test process its own settings and data: ctest runs tests side by side, and one
    // test's remembered databases or lock minutes must not reach another.
    const QString name =
        QStringLiteral("isms-desk-tests-%1").arg(QCoreApplication::applicationPid());
    QCoreApplication::setApplicationName(name);
    qputenv("ISMS_TEST_APP_NAME", name.toUtf8());  // the processes a test starts share them
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (dir.contains(QLatin1String("isms-desk-tests-"))) QDir(dir).removeRecursively();
    }
    return result;
}
