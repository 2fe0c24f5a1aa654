#include "DemoDatabase.h"
#include "TestFiles.h"
#include "services/DashboardService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace isms::core;

namespace {

double scale() {
    bool ok = false;
    const double s = qEnvironmentVariable("ISMS_BENCH_SCALE").toDouble(&ok);
    return ok && s > 0 ? s : 1.0;
}

// The demo database with ten years of action items and measurements added straight in SQL: the
// benchmark measures reading, so the fixture skips the audited write path to be quick to build.
class DashboardData {
public:
    DashboardData() {
        db = isms::test::demoDatabase(files.path(QStringLiteral("bench.sqlite")), 2025);
        const int items = qMax(10, int(100000 * scale()));
        const int measurements = qMax(20, int(200000 * scale()));
        QRandomGenerator random(20251231);  // the same data every run
        QList<qint64> people, objectives;
        for (QSqlQuery q = Sql::run(db->connection(), QStringLiteral("SELECT id FROM people")); q.next();) people << q.value(0).toLongLong();
        for (QSqlQuery q = Sql::run(db->connection(), QStringLiteral("SELECT id FROM objectives")); q.next();) objectives << q.value(0).toLongLong();
        const QStringList statuses{QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("done"),
                                   QStringLiteral("done"), QStringLiteral("cancelled")};
        db->connection().transaction();
        QSqlQuery item(db->connection());
        item.prepare(QStringLiteral("INSERT INTO action_items (objective_id, plan_year, title, owner_person_id, due_date, "
                                    "status) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < items; ++i) {
            const int year = 2016 + i % 10;
            item.addBindValue(objectives[random.bounded(int(objectives.size()))]);
            item.addBindValue(year);
            item.addBindValue(QStringLiteral("待辦事項 %1").arg(i));
            item.addBindValue(people[random.bounded(int(people.size()))]);
            item.addBindValue(QDate(year, 1, 1).addDays(random.bounded(365)).toString(Qt::ISODate));
            item.addBindValue(statuses[random.bounded(int(statuses.size()))]);
            item.exec();
        }
        QSqlQuery measurement(db->connection());
        measurement.prepare(QStringLiteral("INSERT INTO measurements (objective_id, period_start, period_end, value) "
                                           "VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < measurements; ++i) {
            const QDate end = QDate(2016, 1, 1).addDays(random.bounded(3650));
            measurement.addBindValue(objectives[random.bounded(int(objectives.size()))]);
            measurement.addBindValue(end.addMonths(-1).toString(Qt::ISODate));
            measurement.addBindValue(end.toString(Qt::ISODate));
            measurement.addBindValue(90 + random.bounded(10.0));
            measurement.exec();
        }
        db->connection().commit();
        Sql::run(db->connection(), QStringLiteral("ANALYZE"));
    }
    isms::test::TestFiles files;
    std::unique_ptr<Database> db;
};

DashboardData& data() {
    static DashboardData instance;
    return instance;
}

void computeDashboard(benchmark::State& state) {
    DashboardService service(*data().db);
    for (auto _ : state) {
        const auto figures = service.compute(2025, QDate(2025, 12, 31));
        benchmark::DoNotOptimize(figures.items);
    }
    state.counters["action_items"] = Sql::scalar(data().db->connection(), QStringLiteral("SELECT COUNT(*) FROM action_items")).toDouble();
    state.counters["measurements"] = Sql::scalar(data().db->connection(), QStringLiteral("SELECT COUNT(*) FROM measurements")).toDouble();
}

}  // namespace

BENCHMARK(computeDashboard)->Unit(benchmark::kMillisecond);
