#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace isms::core {

// Applies the numbered schema files kept as resources (:/migrations/NNN_name.sql), each in its
// own transaction, and records them in schema_migrations.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(const QSqlDatabase& db);

    static int latestVersion();
    // 0 for an empty database.
    int currentVersion() const;
    // inside, where given, runs in each step's transaction after its statements, with the step's
    // number (Database records in the audit trail what a step rewrote).
    void migrateTo(int target, const std::function<void(int)>& inside = {});

private:
    struct Step {
        int version;
        QString name;
        QString path;
    };
    static QList<Step> steps();
    QStringList statements(const QString& stepPath) const;
    // The step says "-- isms: foreign-keys-off" (SQLite only: a table rebuild).
    bool needsLinksOff(const QString& stepPath) const;

    QSqlDatabase m_db;
};

}  // namespace isms::core
