#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace isms::core {

class Database;
class RecordWriter;

// Fills a new database with the bureau's real policy ISMS-01-01 v2.0 (the seed, verbatim), its
// organisation and roles, default KPIs for its 8 objectives, and a few sample records (people,
// action items, measurements, a drill, a meeting) whose notes say they are sample data.
class DemoContent {
    Q_DECLARE_TR_FUNCTIONS(DemoContent)
public:
    static QString sampleNote();  // the mark every sample record carries in its notes
    static QString seedPolicyPath();

    explicit DemoContent(Database& db);
    // Sample records (action items, measurements, a drill, a meeting) are dated in sampleYear
    // and the year before, so a new demo database always shows a current plan year.
    void create(int sampleYear);

private:
    void createOrganisation(RecordWriter& writer);
    void createRoles(RecordWriter& writer);
    void setObjectiveKpis(RecordWriter& writer, qint64 versionId);
    void createSampleRecords(RecordWriter& writer, qint64 versionId, int year);
    void createSampleAudits(RecordWriter& writer, const QList<qint64>& people, int year);
    qint64 idOf(const QString& table, const QString& column, const QVariant& value) const;
    // The policy's duties (肆、二 and 五) as a RACI matrix; a training for the version in force and
    // who has signed for it so far.
    void createRaci(RecordWriter& writer);
    void createCommunication(RecordWriter& writer, qint64 versionId, int year);

    Database& m_db;
};

}  // namespace isms::core
