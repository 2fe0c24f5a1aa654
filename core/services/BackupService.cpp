#include "BackupService.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <filesystem>

#include "DatabaseCheck.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/TrailAnchor.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {

QString sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString timestamp() {
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

}  // namespace

BackupService::BackupService(Database& db) : m_db(db) {}

BackupService::Copy BackupService::verify(const QString& file) {
    Copy copy;
    copy.file = QFileInfo(file).absoluteFilePath();
    {
        auto db = Database::openReadOnly(file, Database::Check::Full, {}, true);
        const auto report = DatabaseCheck(*db).run(true);
        const auto& chain = report.audit;
        if (!chain.intact) {
            throw Error(Error::Kind::Refused,
                        tr("“%1” is not a sound copy: its audit trail is broken at entry %2.")
                            .arg(file)
                            .arg(chain.firstBrokenId));
        }
        // Integrity, links, and approved text that is still what was approved.
        if (!report.problems.isEmpty()) {
            throw Error(Error::Kind::Refused,
                        tr("“%1” is not a sound copy: %2").arg(file, report.problems.first()));
        }
        copy.auditEntries = chain.entries;
        copy.auditHead = chain.headHash;
    }
    copy.size = QFileInfo(file).size();
    copy.sha256 = sha256Of(file);
    return copy;
}

BackupService::Copy BackupService::take(const Grant& grant, const QString& file, bool automatic) {
    m_db.backupTo(file);
    Copy copy;
    try {
        copy = verify(file);
    } catch (const Error&) {
        QFile::remove(file);
        throw;
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .insert(QStringLiteral("backups"),
                {{QStringLiteral("taken_at"), Clock::nowUtc().toString(Qt::ISODate)},
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
    return take(m_db.require(UserRole::Permission::ManageBackups), file, false);
}

BackupService::Copy BackupService::automaticBackup(const QString& folder, int keep) {
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Storage, tr("Cannot create the folder “%1”.").arg(folder));
    const QString name = QStringLiteral("isms-desk-auto-%1.sqlite").arg(timestamp());
    // Configured by the workstation's settings, not a privilege of whoever happens to quit.
    const Copy copy = take(m_db.automaticBackup(), QDir(folder).filePath(name), true);
    QDir dir(folder);
    const QStringList copies = dir.entryList({QStringLiteral("isms-desk-auto-*.sqlite")},
                                             QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = qMax(1, keep); i < copies.size(); ++i) dir.remove(copies[i]);
    return copy;
}

void BackupService::compareWithRegister(const QString& target, Restored* restored) {
    if (!QFileInfo::exists(target)) return;
    bool listed = false;
    QString recorded;
    try {
        const auto current = Database::openReadOnly(target, Database::Check::Deferred, {}, true);
        restored->replaced = AuditLog(*current).head();
        QSqlQuery q = Sql::run(
            current->connection(),
            QStringLiteral("SELECT sha256 FROM backups WHERE (audit_entries = :entries AND "
                           "audit_head = :head) OR file = :file ORDER BY id"),
            {{QStringLiteral("entries"), restored->backup.auditEntries},
             {QStringLiteral("head"), restored->backup.auditHead},
             {QStringLiteral("file"), restored->backup.file}});
        QStringList digests;
        while (q.next()) digests << q.value(0).toString();
        q.finish();
        // A restored database's register was taken before the copy it came from: the copy's
        // digest is in the trail's entry of the restore.
        QSqlQuery restores = Sql::run(
            current->connection(),
            QStringLiteral("SELECT after_data FROM audit_log WHERE entity = 'restores' AND "
                           "entity_id = 0 ORDER BY id"));
        while (restores.next()) {
            const QJsonObject from =
                QJsonDocument::fromJson(restores.value(0).toString().toUtf8()).object();
            const bool same =
                (from.value(QStringLiteral("audit_entries")).toInteger() ==
                     restored->backup.auditEntries &&
                 from.value(QStringLiteral("audit_head")).toString() ==
                     restored->backup.auditHead) ||
                from.value(QStringLiteral("file")).toString() == restored->backup.file;
            if (same) digests << from.value(QStringLiteral("sha256")).toString();
        }
        for (const QString& digest : std::as_const(digests)) {
            listed = true;
            if (digest == restored->backup.sha256) {
                restored->registered = true;
            } else {
                recorded = digest;
            }
        }
    } catch (const Error&) {
        // A database that cannot be read is what a restore is for: there is no register to ask.
        return;
    }
    if (listed && !restored->registered) {
        throw Error(
            Error::Kind::Refused,
            tr("“%1” is not the copy that was taken: the register of backups recorded SHA-256 %2 "
               "for it, and "
               "the file now has %3. It was changed after it was taken; restore another backup.")
                .arg(restored->backup.file, recorded, restored->backup.sha256));
    }
}

void BackupService::recordRestore(const QString& target, const QString& actor,
                                  const Restored& restored) {
    auto db = Database::open(target, Database::Check::Deferred);
    QVariantMap replaced{{QStringLiteral("file"), restored.aside}};
    if (restored.replaced.entry != 0) {
        replaced.insert(QStringLiteral("audit_entry"), restored.replaced.entry);
        replaced.insert(QStringLiteral("audit_head"), restored.replaced.hash);
    }
    const QVariantMap from{{QStringLiteral("file"), restored.backup.file},
                           {QStringLiteral("sha256"), restored.backup.sha256},
                           {QStringLiteral("audit_entries"), restored.backup.auditEntries},
                           {QStringLiteral("audit_head"), restored.backup.auditHead},
                           {QStringLiteral("registered"), restored.registered ? 1 : 0}};
    // An entry of no record (entity id 0; the trail's actions are a record's insert, update or
    // delete): the restored records are the backup's, as its own trail says.
    Transaction tx(*db);
    AuditLog(*db).appendJson(actor, QStringLiteral("insert"), QStringLiteral("restores"), 0,
                             AuditLog::toJson(replaced), AuditLog::toJson(from));
    tx.commit();
}

QString BackupService::describe(const Restored& restored) {
    QStringList lines;
    if (restored.replaced.entry != 0) {
        lines << tr("The replaced audit trail ended at entry %1 (%2); that entry is kept with the "
                    "replaced database.")
                     .arg(restored.replaced.entry)
                     .arg(restored.replaced.shortHash());
    }
    lines
        << (restored.registered
                ? tr("The copy is in the replaced database's register of backups, with the same "
                     "SHA-256.")
                : tr("The copy is not in the replaced database's register of backups (taken "
                     "elsewhere, or the "
                     "register could not be read): compare its SHA-256 %1 with where it came from.")
                      .arg(restored.backup.sha256));
    lines << tr("The restored audit trail records the restore.");
    return lines.join(QLatin1Char('\n'));
}

BackupService::Restored BackupService::restore(const QString& backupFile, const QString& target,
                                               const QString& actor) {
    Restored restored;
    restored.backup = verify(backupFile);  // throws before anything is touched
    // A journal left beside the target belongs to its old pages: next to the restored file it
    // would be replayed into it. It is only there while something still has the database open.
    if (QFileInfo(target + QStringLiteral("-wal")).size() > 0) {
        throw Error(Error::Kind::Refused,
                    tr("“%1” is still open in another program window or command: close it "
                       "first, then restore.")
                        .arg(target));
    }
    compareWithRegister(target, &restored);
    const QString aside = QStringLiteral("%1.replaced-%2").arg(target, timestamp());
    const QString incoming = target + QStringLiteral(".restoring");
    // The copy is written and flushed to disk under its own name first (QSaveFile).
    {
        QFile from(backupFile);
        QSaveFile to(incoming);
        if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly)) {
            throw Error(Error::Kind::Storage,
                        tr("Cannot copy “%1” next to the database.").arg(backupFile));
        }
        while (!from.atEnd()) {
            const QByteArray chunk = from.read(1 << 20);
            if (chunk.isEmpty() || to.write(chunk) != chunk.size()) {
                to.cancelWriting();
                throw Error(Error::Kind::Storage,
                            tr("Cannot copy “%1” next to the database.").arg(backupFile));
            }
        }
        if (!to.commit())
            throw Error(Error::Kind::Storage,
                        tr("Cannot copy “%1” next to the database.").arg(backupFile));
    }
    // What this workstation saw was the old file's trail; the restored one goes back to an older
    // head on purpose. Forgotten before the rename, so that a crash on either side of it leaves a
    // file that is verified whole when next opened, not one taken for a cut trail.
    TrailAnchor::forget(QFileInfo(target).absoluteFilePath());
    // The current file stays where it is while a second name keeps it; then the copy replaces it
    // in one rename. A crash at any moment leaves the old database or the restored one in place.
    std::error_code failed;
    if (QFileInfo::exists(target)) {
        std::filesystem::create_hard_link(QFile::encodeName(target).toStdString(),
                                          QFile::encodeName(aside).toStdString(), failed);
        if (failed && !QFile::copy(target, aside)) {
            QFile::remove(incoming);
            throw Error(Error::Kind::Storage, tr("Cannot keep the current database aside."));
        }
    }
    std::filesystem::rename(QFile::encodeName(incoming).toStdString(),
                            QFile::encodeName(target).toStdString(), failed);
    if (failed) {
        QFile::remove(incoming);
        throw Error(Error::Kind::Storage, tr("Cannot put the restored database in place."));
    }
    QFile::remove(target +
                  QStringLiteral("-shm"));  // the old file's index of a journal that is gone
    restored.aside = aside;
    recordRestore(target, actor, restored);
    return restored;
}

}  // namespace isms::core
