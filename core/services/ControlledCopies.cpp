#include "ControlledCopies.h"

#include <QSqlQuery>

#include "domain/Error.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

ControlledCopies::ControlledCopies(Database& db) : m_db(db) {}

int ControlledCopies::issue(qint64 versionId, int number, const QString& holder, const QDate& on) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    const PolicyRepository repository(m_db);
    const VersionSummary v = repository.version(versionId);
    // The copy a holder works from: the version in force, or one approved to take effect later
    // (handed out ahead of its date). Never a superseded one.
    for (const VersionStanding& s : repository.standings(v.documentId, Clock::today())) {
        if (s.version.id != versionId) continue;
        if (s.kind != VersionStanding::InForce && s.kind != VersionStanding::Scheduled) {
            throw Error(Error::Kind::Invalid,
                        tr("Controlled copies are issued of the version in force or of one "
                           "approved to take effect later; version %1 is “%2”.")
                            .arg(v.version, s.label()));
        }
    }
    if (holder.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("Name who holds the controlled copy."));
    if (number < 0) throw Error(Error::Kind::Invalid, tr("A copy number is 1 or more."));
    Transaction tx(m_db);
    if (number == 0) {
        number = Sql::scalar(m_db.connection(),
                             QStringLiteral("SELECT COALESCE(MAX(copy_number), 0) + 1 FROM "
                                            "controlled_copies WHERE version_id = :v"),
                             {{QStringLiteral("v"), versionId}})
                     .toInt();
    }
    QSqlQuery existing = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT holder, issued_on FROM controlled_copies WHERE version_id = :v AND "
                       "copy_number = :n"),
        {{QStringLiteral("v"), versionId}, {QStringLiteral("n"), number}});
    if (existing.next()) {
        throw Error(Error::Kind::Invalid,
                    tr("Copy %1 of version %2 was issued to %3 on %4 already.")
                        .arg(number)
                        .arg(v.version, existing.value(0).toString(),
                             Language::longDate(QDate::fromString(
                                 existing.value(1).toString().left(10), Qt::ISODate))));
    }
    existing.finish();
    RecordWriter(m_db, grant)
        .insert(QStringLiteral("controlled_copies"), {{QStringLiteral("version_id"), versionId},
                                                      {QStringLiteral("copy_number"), number},
                                                      {QStringLiteral("holder"), holder.trimmed()},
                                                      {QStringLiteral("issued_on"), on}});
    tx.commit();
    return number;
}

void ControlledCopies::close(qint64 copyId, const QString& column, const QDate& on) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    QSqlQuery q = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT row_version, returned_on, destroyed_on FROM controlled_copies WHERE id = :id"),
        {{QStringLiteral("id"), copyId}});
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("That controlled copy is not in the register."));
    if (!q.value(1).isNull() || !q.value(2).isNull()) {
        throw Error(Error::Kind::Invalid, tr("That copy was returned or destroyed already."));
    }
    const int rowVersion = q.value(0).toInt();
    q.finish();
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .update(QStringLiteral("controlled_copies"), copyId, rowVersion, {{column, on}});
    tx.commit();
}

void ControlledCopies::returned(qint64 copyId, const QDate& on) {
    close(copyId, QStringLiteral("returned_on"), on);
}

void ControlledCopies::destroyed(qint64 copyId, const QDate& on) {
    close(copyId, QStringLiteral("destroyed_on"), on);
}

}  // namespace isms::core
