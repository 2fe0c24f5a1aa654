#pragma once

#include "storage/Grant.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <functional>
#include <optional>

namespace isms::core {

class Database;
class RecordWriter;

// Fills a demo database with realistic synthetic records at `scale` times a bureau's decade
// (scale 1: 40 units, 2,000 people, 10 policy versions, 20,000 action items, 50,000
// measurements, 40 meetings, 200 findings, 20,000 acknowledgements — and, because every record
// goes through the audited write path, about 100,000 audit entries). The same seed gives the
// same records. For benchmarks and trying the program at size; never on a real database.
class DataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)
public:
    struct Counts {
        int units = 0;
        int people = 0;
        int versions = 0;
        int actionItems = 0;
        int measurements = 0;
        int meetings = 0;
        int findings = 0;
        int acknowledgements = 0;
        int auditEntries = 0;
    };

    DataGenerator(Database& db, quint32 seed);
    // Refuses a database that holds more than the demo content.
    Counts generate(double scale);
    // What the database holds now, counted in SQL.
    static Counts count(Database& db);

private:
    int scaled(int perDecade) const;
    QDate dayIn(int year);
    void units(RecordWriter& writer);
    void people(RecordWriter& writer);
    void versions(RecordWriter& writer);
    void actionItems();
    void measurements();
    void meetings();
    void audits();
    void acknowledgements();
    void outages();
    void training();
    void incidents();
    // Inserts count rows made by row(i), committing in batches so memory stays flat.
    void batches(int count, const std::function<void(RecordWriter&, int)>& row);

    Database& m_db;
    std::optional<Grant> m_grant;  // the set-up of the new database it generates into
    QRandomGenerator m_random;
    double m_scale = 1;
    int m_lastYear = 0;
    QList<qint64> m_units;
    QList<qint64> m_people;
    QList<qint64> m_objectives;
    QList<qint64> m_versions;
    QList<QDate> m_versionDates;  // effective, alongside m_versions
};

}  // namespace isms::core
