#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

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
    void migrateTo(int target);

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
