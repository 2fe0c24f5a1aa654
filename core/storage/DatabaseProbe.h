#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QString>

namespace isms::core {

// What an existing database file is, found before it is opened: an ISMS Desk database of a
// schema this program knows, sound, and whether its user may write it. Nothing is written into
// a file, or beside it, to find out. Also the files this process has open (see hold()).
class DatabaseProbe {
    Q_DECLARE_TR_FUNCTIONS(DatabaseProbe)
public:
    // SQLite's application id of our files ("ISMD"), in the header at offset 68.
    static constexpr quint32 kApplicationId = 0x49534D44;

    // SQLite header, application id, tables, schema no newer than ours; full: PRAGMA
    // quick_check too (always for a file that is about to be migrated). Throws Error(Refused).
    static void probe(const QString& path, bool full);
    // Refuses another program's database and a newer schema (a file's or a server's).
    static void checkSchema(const QSqlDatabase& db, const QString& location);
    // Why this user cannot save into the existing file (it or its folder is read-only); empty if
    // they can.
    static QString unwritable(const QFileInfo& file);
    // A file read as it stands, taking no locks and writing nothing beside it (SQLite's immutable).
    static QString immutableUri(const QString& path);

    // The files this process has open, by absolute path: a file open here is not probed again
    // (see DatabaseProbe.cpp). hold() and release() are counted per connection.
    static void hold(const QString& path);
    static void release(const QString& path);
    static bool isOpenHere(const QString& path);
};

}  // namespace isms::core
