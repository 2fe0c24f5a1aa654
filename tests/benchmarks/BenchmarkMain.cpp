// The benchmarks' main: the Qt application object the code under test needs, isolated standard
// paths, then Google Benchmark. Sizes come from ISMS_BENCH_SCALE (1: a bureau's decade as the
// dashboard issue states it, 100,000 action items and 200,000 measurements); the test suite runs
// a tiny scale as a smoke test, and figures are never asserted.
#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
