#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace isms::core {

class Database;

// One audit-trail entry as a person reads it: what happened (a record added, changed or deleted,
// or an event of its own kind — a sign-in, a failed sign-in, a lock, a backup, a restore, an
// export), which record (its kind and what it is called), and each changed field by its name with
// its values as the program shows them (labels for stored keys, names for linked records, yes/no,
// ROC dates in Chinese, local times). The stored entry itself is never changed: this only reads.
class TrailReading {
    Q_DECLARE_TR_FUNCTIONS(TrailReading)
public:
    struct Entry {
        qint64 id = 0;
        QString at;
        QString actor;
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString before;  // JSON images as stored
        QString after;
        QString hash;
    };
    struct Change {
        QString field;
        QString before;
        QString after;
    };
    struct Reading {
        QString event;
        QString record;
        QList<Change> changes;
        // The changes on one line, each "field: before → after" (an added record: its fields);
        // long values shortened to "…", unless whole (an export).
        QString summary(bool whole = false) const;
    };

    explicit TrailReading(Database& db);
    // Summaries in full, as an export writes them.
    void setWhole(bool whole) { m_whole = whole; }
    bool whole() const { return m_whole; }

    // The entry as stored; id 0 when there is none.
    Entry entry(qint64 id) const;
    Reading read(const Entry& entry);

    // Who an entry names as its actor, as people say it: a user name as it is, the program's
    // own steps (the sign-in's count of failures, the demo content, a schema update, the
    // automatic backup) in words.
    static QString actorName(const QString& actor);

    // What a list selects to read an entry from one column (ListFormatter's trail formats):
    // its fields joined by a character JSON never holds unescaped.
    static QString packedSql();
    static Entry unpack(const QString& packed);

private:
    QString event(const Entry& entry, const QJsonObject& before, const QJsonObject& after) const;
    QString recordName(const Entry& entry, const QJsonObject& image);
    QString valueText(const QString& table, const QString& column, const QJsonValue& value,
                      const QJsonObject& image);
    // What a linked record is called, read once per list.
    QString linkName(const QString& table, qint64 id);
    // The table's columns in the order its forms show them (the schema's order).
    QStringList columnOrder(const QString& table);

    Database& m_db;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_columns;
    bool m_whole = false;
};

}  // namespace isms::core
