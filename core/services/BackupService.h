#pragma once

#include <QCoreApplication>
#include <QString>

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

    // A copy is sound: an ISMS Desk database that passes its checks, with an intact audit chain.
    static Copy verify(const QString& file);
    // Replaces the (closed) database at target with a verified copy of backupFile; the database
    // it replaces is moved aside, and that path is returned.
    static QString restore(const QString& backupFile, const QString& target);

private:
    Copy take(const Grant& grant, const QString& file, bool automatic);

    Database& m_db;
};

}  // namespace isms::core
