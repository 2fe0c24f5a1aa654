#include "BenchData.h"
#include "Administrator.h"

#include "domain/Session.h"
#include "services/DataGenerator.h"
#include "services/DatabaseCopy.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>

namespace isms::bench {

double BenchData::scale() {
    bool ok = false;
    const double s = qEnvironmentVariable("ISMS_BENCH_SCALE").toDouble(&ok);
    return ok && s > 0 ? s : 1.0;
}

namespace {

QString generatedFile();

// The server database, filled from the generated file the first time.
QString serverPath(const QString& server) {
    auto target = core::Database::open(server);
    if (core::Sql::scalar(target->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() == 0) {
        auto source = core::Database::open(generatedFile());
        source->setSession(isms::test::administrator(QStringLiteral("benchmark")));
        core::DatabaseCopy::copy(*source, *target);
    }
    return server;
}

QString generatedFile() {
    // The schema version is in the name, so a cache from an older build is never reused.
    const QString file = QDir(QDir::tempPath()).filePath(
        QStringLiteral("isms-bench-scale%1-seed1-schema%2.sqlite").arg(BenchData::scale()).arg(core::Migrator::latestVersion()));
    if (!QFile::exists(file)) {
        const QString partial = file + QStringLiteral(".partial");
        QFile::remove(partial);
        {
            auto db = core::Workspace::open(partial, true);
            core::DataGenerator(*db, 1).generate(BenchData::scale());
        }
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        QFile::rename(partial, file);
    }
    return file;
}

}  // namespace

QString BenchData::path() {
    static const QString location = [] {
        const QString server = qEnvironmentVariable("ISMS_BENCH_SERVER");
        return server.isEmpty() ? generatedFile() : serverPath(server);
    }();
    return location;
}

core::Database& BenchData::db() {
    static std::unique_ptr<core::Database> db = [] {
        auto d = core::Database::open(path());
        d->setSession(isms::test::administrator(QStringLiteral("benchmark")));
        return d;
    }();
    return *db;
}

int BenchData::lastYear() {
    return core::Sql::scalar(db().connection(), QStringLiteral("SELECT MAX(plan_year) FROM action_items")).toInt();
}

}  // namespace isms::bench
