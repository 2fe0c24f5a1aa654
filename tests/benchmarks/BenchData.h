#pragma once

#include <QString>
#include <memory>

namespace isms::core {
class Database;
}

namespace isms::bench {

// The benchmarks' data: a database generated at ISMS_BENCH_SCALE times a bureau's decade (default
// 1) with seed 1, kept in the temporary folder between runs (generating scale 5 takes minutes).
// With ISMS_BENCH_SERVER=postgresql://… (an empty database; password from PGPASSWORD) the same
// data is copied there once and the benchmarks run against the server.
class BenchData {
public:
    static double scale();
    static QString path();      // generated (and copied to the server) on first use
    static core::Database& db();  // one shared connection, signed in as a system session
    static int lastYear();      // the newest plan year in the data
};

}  // namespace isms::bench
