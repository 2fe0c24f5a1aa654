// One main for every suite: the Qt application object the code under test needs, isolated
// standard paths (tests never touch the user's real data or settings), then GoogleTest.
#include <gtest/gtest.h>

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
    QCoreApplication::setApplicationName(QStringLiteral("isms-desk-tests"));
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
