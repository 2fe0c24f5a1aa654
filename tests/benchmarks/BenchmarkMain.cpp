// The benchmarks' main: the Qt application the code under test needs (offscreen unless a platform
// is set), isolated standard paths, then Google Benchmark. Sizes come from ISMS_BENCH_SCALE (see
// BenchData); the test suite runs a tiny scale as a smoke test, and figures are never asserted.
// With "--peak-memory FILE" or "--start-window [FILE]" it is instead the child process the
// peak-memory or start-up benchmarks measure.
#include "MainWindow.h"
#include "domain/Session.h"
#include "models/RecordListModel.h"
#include "pages/RecordListWidget.h"
#include "storage/Database.h"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

namespace {
// Opens the main window on the file, shows every page, opens the action-item table sorted by
// due date both ways, then prints the peak resident size in kilobytes.
int peakMemory(const QString& path) {
    auto db = isms::core::Database::open(path, isms::core::Database::Check::Deferred);
    db->setSession(isms::core::Session::system(QStringLiteral("benchmark")));
    isms::ui::MainWindow window(std::move(db));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return 1;
    for (int row = 0; row < window.navigation()->count(); ++row) {
        window.navigation()->setCurrentRow(row);
        QApplication::processEvents();
    }
    auto* items = window.findChild<isms::ui::RecordListWidget*>(QStringLiteral("action_items"));
    if (!items) return 1;
    items->refresh();
    items->model()->sort(7, Qt::DescendingOrder);
    items->model()->sort(7, Qt::AscendingOrder);
    if (window.backgroundCheck()) window.backgroundCheck()->wait();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%ld\n", usage.ru_maxrss);
    return 0;
}
// The child the start-up benchmarks time: it shows a window, says "shown" on standard output once
// the window is exposed, and waits to be killed (tearing down is not part of starting). With a
// file it is the program's main window on that file, opened the way the program opens it.
int startWindow(const QString& path) {
    std::unique_ptr<QMainWindow> window;
    if (path.isEmpty()) {
        window = std::make_unique<QMainWindow>();
    } else {
        auto db = isms::core::Database::open(path, isms::core::Database::Check::Deferred);
        db->setSession(isms::core::Session::system(QStringLiteral("benchmark")));
        window = std::make_unique<isms::ui::MainWindow>(std::move(db));
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) return 1;
    std::printf("shown\n");
    std::fflush(stdout);
    return QApplication::exec();
}
}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--peak-memory") return peakMemory(QString::fromLocal8Bit(argv[2]));
    if (argc >= 2 && QByteArray(argv[1]) == "--start-window")
        return startWindow(argc == 3 ? QString::fromLocal8Bit(argv[2]) : QString());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
