#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace isms::core {

// The last audit-trail entry this workstation saw of a database, kept outside the database, in
// the workstation's settings. A hash chain proves only itself: cut short at its end, or rewritten
// from some entry on, it is again a consistent chain; but it no longer holds the entry a
// workstation saw, and that is what gives it away.
class TrailAnchor {
    Q_DECLARE_TR_FUNCTIONS(TrailAnchor)
public:
    qint64 entry = 0;  // 0: none seen yet
    QString hash;
    QDateTime seenAt;  // UTC

    bool isNull() const { return entry == 0; }

    // The workstation's settings file (the window's settings are kept there too).
    static QString settingsFile();
    // What this workstation last saw of the database at location (a file's absolute path, or a
    // server address without its password).
    static TrailAnchor load(const QString& location);
    void save(const QString& location) const;
    // A database replaced on purpose (restored from a backup, created anew at the same path).
    static void forget(const QString& location);

    // The sentence for a trail that no longer holds this entry.
    QString lostMessage() const;
};

}  // namespace isms::core
