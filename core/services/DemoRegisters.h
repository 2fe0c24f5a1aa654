#pragma once

#include <QString>
#include <QVariant>

namespace isms::core {

class Database;
class RecordWriter;

// The demo's sample registers that objectives are computed from (DemoContent makes the rest):
// core systems with their outages (objective 6), the training register (objective 3) and the
// incident register (objectives 4 and 7). Written
// with the demo's writer, in its transaction, after its organisation and people.
class DemoRegisters {
public:
    DemoRegisters(Database& db, RecordWriter& writer);

    void createSystems(int year);
    void createTraining(int year);
    void createIncidents(int year);

private:
    qint64 idOf(const QString& table, const QString& column, const QVariant& value) const;

    Database& m_db;
    RecordWriter& m_writer;
};

}  // namespace isms::core
