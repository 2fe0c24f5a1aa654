// The benchmarks' main: the Qt application the code under test needs (offscreen unless a platform
// is set), isolated standard paths, then Google Benchmark. Sizes come from ISMS_BENCH_SCALE (see
// BenchData); the test suite runs a tiny scale as a smoke test, and figures are never asserted.
// With "--peak-memory FILE" or "--start-window KIND [FILE]" it is instead the child process the
// peak-memory or start-up benchmarks measure.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <functional>
#include <utility>

#include "Administrator.h"
#include "MainWindow.h"
#include "domain/Session.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "pages/DashboardPage.h"
#include "storage/Database.h"
#include "widgets/RecordListWidget.h"

namespace {
// Opens the main window on the file, shows every page, opens the action-item table sorted by
// due date both ways, then prints the peak resident size in kilobytes.
int peakMemory(const QString& path) {
    auto db = isms::core::Database::open(path, isms::core::Database::Check::Deferred);
    db->setSession(isms::test::administrator(QStringLiteral("benchmark")));
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
// Calls back once, right after the window's first expose event has been handled.
class ExposeWatch : public QObject {
public:
    ExposeWatch(QWindow* window, std::function<void()> done)
        : QObject(window), m_window(window), m_done(std::move(done)) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_window && event->type() == QEvent::Expose && m_done) {
            // Queued: runs once the expose (and the paint it makes) is done.
            QTimer::singleShot(0, this, [this] {
                if (m_done && m_window->isExposed()) std::exchange(m_done, nullptr)();
            });
        }
        return false;
    }

private:
    QWindow* m_window;
    std::function<void()> m_done;
};

// The child the start-up benchmarks time: it shows a window, says "shown" on standard output once
// the window is exposed, and waits to be killed (tearing down is not part of starting). What it
// shows (kind):
// - "empty": an empty QMainWindow of the program's window's size (the baseline);
// - "small": an empty QMainWindow of Qt's default size (200 × 100);
// - "main": the program's main window on the file, opened the way the program opens it, in
//   Traditional Chinese (the users' language);
// - "figures": the same, saying "shown" once the dashboard's figures are shown as well.
int startWindow(const QString& kind, const QString& path) {
    const auto say = [] {
        std::printf("shown\n");
        std::fflush(stdout);
    };
    std::unique_ptr<QMainWindow> window;
    if (kind == QLatin1String("empty") || kind == QLatin1String("small")) {
        window = std::make_unique<QMainWindow>();
        if (kind == QLatin1String("empty")) window->resize(isms::ui::MainWindow::kDefaultSize);
    } else {
        isms::core::Language::install(QStringLiteral("zh_TW"));
        auto db = isms::core::Database::open(path, isms::core::Database::Check::Deferred);
        db->setSession(isms::test::administrator(QStringLiteral("benchmark")));
        window = std::make_unique<isms::ui::MainWindow>(std::move(db));
    }
    if (kind == QLatin1String("figures")) {
        auto* dashboard = window->findChild<isms::ui::DashboardPage*>();
        if (!dashboard) return 1;
        QObject::connect(dashboard, &isms::ui::DashboardPage::figuresShown, say);
        window->show();
        return QApplication::exec();
    }
    // "shown" as soon as the window's first expose has been handled (its first paint is part of
    // that), not at the next poll of QTest::qWaitForWindowExposed, which sleeps up to 10 ms
    // between looks.
    window->show();
    QWindow* handle = window->windowHandle();
    if (!handle) return 1;
    if (handle->isExposed()) {
        say();
    } else {
        auto* exposed = new ExposeWatch(handle, say);
        handle->installEventFilter(exposed);
    }
    return QApplication::exec();
}
}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--peak-memory")
        return peakMemory(QString::fromLocal8Bit(argv[2]));
    if (argc >= 3 && QByteArray(argv[1]) == "--start-window")
        return startWindow(QString::fromLocal8Bit(argv[2]),
                           argc == 4 ? QString::fromLocal8Bit(argv[3]) : QString());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
