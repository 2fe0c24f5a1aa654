#pragma once

#include <QCoreApplication>
#include <QString>

#include "storage/AuditLog.h"

namespace isms::core {

class Database;
class Grant;

// Consistent copies of a database while it is in use (VACUUM INTO), each verified after it is
// written and recorded in the backups register, and restores that check a copy before anything
// is replaced and keep the replaced database aside.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    struct Copy {
        QString file;
        qint64 size = 0;
        QString sha256;
        qint64 auditEntries = 0;
        QString auditHead;
    };

    explicit BackupService(Database& db);

    // Administrators only; throws if the copy does not verify (and removes it).
    Copy backup(const QString& file);
    // On the way out of the program, whoever is signed in: a dated copy in folder, keeping the
    // newest `keep` of them.
    Copy automaticBackup(const QString& folder, int keep);

    struct Restored {
        Copy backup;              // the copy put in place, as verified
        QString aside;            // where the replaced database is kept
        bool registered = false;  // the replaced database's register lists the copy, digest and all
        AuditLog::Head replaced;  // the replaced trail's last entry (entry 0: it could not be read)
    };

    // A copy is sound: an ISMS Desk database that passes its checks, with an intact audit chain.
    static Copy verify(const QString& file);
    // Replaces the (closed) database at target with a verified copy of backupFile; the database
    // it replaces is moved aside. A copy the replaced database's register of backups lists (by
    // its trail's head, or its file) with another SHA-256 was changed after it was taken: it is
    // refused. The restored trail then says, in actor's name, what it replaced and from where.
    // The caller has authorised it (ManageBackups) on the database it closed.
    static Restored restore(const QString& backupFile, const QString& target, const QString& actor);
    // What a person reads of it: the trail replaced and the copy's standing in the register.
    static QString describe(const Restored& restored);

private:
    Copy take(const Grant& grant, const QString& file, bool automatic);
    // What the register of the database at target says of the copy; throws if it was changed.
    static void compareWithRegister(const QString& target, Restored* restored);
    static void recordRestore(const QString& target, const QString& actor,
                              const Restored& restored);

    Database& m_db;
};

}  // namespace isms::core
