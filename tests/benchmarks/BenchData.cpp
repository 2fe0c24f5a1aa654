#include "BenchData.h"

#include "domain/Session.h"
#include "services/DataGenerator.h"
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

QString BenchData::path() {
    // The schema version is in the name, so a cache from an older build is never reused.
    const QString file = QDir(QDir::tempPath()).filePath(
        QStringLiteral("isms-bench-scale%1-seed1-schema%2.sqlite").arg(scale()).arg(core::Migrator::latestVersion()));
    if (!QFile::exists(file)) {
        const QString partial = file + QStringLiteral(".partial");
        QFile::remove(partial);
        {
            auto db = core::Workspace::open(partial, true);
            core::DataGenerator(*db, 1).generate(scale());
        }
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        QFile::rename(partial, file);
    }
    return file;
}

core::Database& BenchData::db() {
    static std::unique_ptr<core::Database> db = [] {
        auto d = core::Database::open(path());
        d->setSession(core::Session::system(QStringLiteral("benchmark")));
        return d;
    }();
    return *db;
}

int BenchData::lastYear() {
    return core::Sql::scalar(db().connection(), QStringLiteral("SELECT MAX(plan_year) FROM action_items")).toInt();
}

}  // namespace isms::bench
