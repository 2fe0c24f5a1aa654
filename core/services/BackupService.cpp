#include "BackupService.h"

#include "domain/Error.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/SessionScope.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace isms::core {

namespace {

QString sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString timestamp() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")); }

const QStringList kCompanions{QStringLiteral("-wal"), QStringLiteral("-shm")};

}  // namespace

BackupService::BackupService(Database& db) : m_db(db) {}

BackupService::Copy BackupService::verify(const QString& file) {
    Copy copy;
    copy.file = QFileInfo(file).absoluteFilePath();
    {
        auto db = Database::openReadOnly(file);
        const auto chain = AuditLog(*db).verify();
        if (!chain.intact) {
            throw Error(Error::Kind::Refused,
                        tr("“%1” is not a sound copy: its audit trail is broken at entry %2.").arg(file).arg(chain.firstBrokenId));
        }
        copy.auditEntries = chain.entries;
        copy.auditHead = chain.headHash;
    }
    copy.size = QFileInfo(file).size();
    copy.sha256 = sha256Of(file);
    return copy;
}

BackupService::Copy BackupService::take(const QString& file, bool automatic) {
    m_db.backupTo(file);
    Copy copy;
    try {
        copy = verify(file);
    } catch (const Error&) {
        QFile::remove(file);
        throw;
    }
    Transaction tx(m_db);
    RecordWriter(m_db).insert(QStringLiteral("backups"),
                              {{QStringLiteral("taken_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("file"), copy.file},
                               {QStringLiteral("size_bytes"), copy.size},
                               {QStringLiteral("sha256"), copy.sha256},
                               {QStringLiteral("audit_entries"), copy.auditEntries},
                               {QStringLiteral("audit_head"), copy.auditHead},
                               {QStringLiteral("automatic"), automatic ? 1 : 0}});
    tx.commit();
    return copy;
}

BackupService::Copy BackupService::backup(const QString& file) {
    m_db.require(UserRole::Permission::ManageBackups);
    return take(file, false);
}

BackupService::Copy BackupService::automaticBackup(const QString& folder, int keep) {
    if (!QDir().mkpath(folder)) throw Error(Error::Kind::Storage, tr("Cannot create the folder “%1”.").arg(folder));
    const QString name = QStringLiteral("isms-desk-auto-%1.sqlite").arg(timestamp());
    // Configured by the workstation's settings, not a privilege of whoever happens to quit.
    SessionScope scope(m_db, Session::system(QStringLiteral("automatic backup")));
    const Copy copy = take(QDir(folder).filePath(name), true);
    QDir dir(folder);
    const QStringList copies =
        dir.entryList({QStringLiteral("isms-desk-auto-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = qMax(1, keep); i < copies.size(); ++i) dir.remove(copies[i]);
    return copy;
}

QString BackupService::restore(const QString& backupFile, const QString& target) {
    verify(backupFile);  // throws before anything is touched
    const QString aside = QStringLiteral("%1.replaced-%2").arg(target, timestamp());
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        throw Error(Error::Kind::Storage, tr("Cannot copy “%1” next to the database.").arg(backupFile));
    }
    if (QFile::exists(target) && !QFile::rename(target, aside)) {
        QFile::remove(incoming);
        throw Error(Error::Kind::Storage, tr("Cannot move the current database aside."));
    }
    for (const QString& suffix : kCompanions) {
        if (QFile::exists(target + suffix)) QFile::rename(target + suffix, aside + suffix);
    }
    if (!QFile::rename(incoming, target)) {
        QFile::rename(aside, target);  // put the old one back
        throw Error(Error::Kind::Storage, tr("Cannot put the restored database in place."));
    }
    return aside;
}

}  // namespace isms::core
