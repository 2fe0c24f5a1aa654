#pragma once

#include <QCoreApplication>
#include <QVariantMap>

#include "Grant.h"

namespace isms::core {

class Database;

// The one way records are changed: within what the operation's grant covers (the service
// authorised the operation once and handed the grant on), inside the caller's transaction, with
// the audit entry in the grant's name, and with optimistic locking — an update or delete names
// the row_version it was read at and is refused if someone saved the row since.
class RecordWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
public:
    RecordWriter(Database& db, Grant grant);

    qint64 insert(const QString& table, const QVariantMap& values);
    // For link tables without an id or row_version (meeting_attendees, version_references).
    void insertLink(const QString& table, const QVariantMap& values);
    // Removes the link rows matching all the values (columns of the link's key).
    void removeLink(const QString& table, const QVariantMap& values);
    void update(const QString& table, qint64 id, int expectedRowVersion, const QVariantMap& values);
    void remove(const QString& table, qint64 id, int expectedRowVersion);
    // Sets column to NULL wherever it holds id (links to a row about to go): an audited update of
    // each row that held it.
    void clearReference(const QString& table, const QString& column, qint64 id);

    // The row as stored (empty: none); reading needs no grant.
    static QVariantMap read(Database& db, const QString& table, qint64 id);
    // The refusal of a change to a record someone changed after the user saw it, naming who and
    // when: for a service that must refuse before it judges the record as the user saw it.
    [[noreturn]] void refuseStale(const QString& table, qint64 id) const;

private:
    void requireTransaction() const;
    // A record is changed or deleted only as its audit trail last had it: what was put into the
    // file directly is not taken into the trail by the next change of it.
    void requireAsLogged(const QString& table, qint64 id, const QVariantMap& before) const;
    void log(const QString& action, const QString& table, qint64 id, const QVariantMap& before,
             const QVariantMap& after) const;
    static void checkIdentifier(const QString& name);
    // Refuses text holding a control or bidirectional-override character (TextSafety).
    static void checkText(const QVariantMap& values);
    // The rows of a table holding all these values (NULL matched as NULL).
    QList<QVariantMap> matching(const QString& table, const QVariantMap& values) const;
    static QString insertStatement(const QString& table, const QVariantMap& values);

    Database& m_db;
    Grant m_grant;
};

}  // namespace isms::core
