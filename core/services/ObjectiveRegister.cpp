#include "ObjectiveRegister.h"

#include "domain/ObjectiveItems.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

namespace isms::core {

namespace {
const QString kWordings = QStringLiteral("objective_wordings");
}

ObjectiveRegister::ObjectiveRegister(Database& db) : m_db(db) {}

QList<ObjectiveRegister::Wording> ObjectiveRegister::wordings(qint64 versionId) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT objective_id, number, text FROM objective_wordings WHERE version_id = :v "
                                          "ORDER BY number"),
                           {{QStringLiteral("v"), versionId}});
    QList<Wording> out;
    while (q.next()) out << Wording{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()};
    return out;
}

void ObjectiveRegister::carryForward(const Grant& grant, qint64 fromVersionId, qint64 versionId) {
    QHash<int, qint64> byNumber;
    for (const Wording& w : wordings(fromVersionId)) byNumber.insert(w.number, w.objectiveId);
    const PolicyContent content = PolicyRepository(m_db).load(versionId);
    RecordWriter writer(m_db, grant);
    int number = 0;
    for (const PolicySection* item : ObjectiveItems::of(content)) {
        ++number;
        const qint64 objective = byNumber.value(number);
        if (objective == 0) continue;  // a new item: a new objective once published
        writer.insert(kWordings, {{QStringLiteral("objective_id"), objective},
                                  {QStringLiteral("version_id"), versionId},
                                  {QStringLiteral("section_id"), item->id},
                                  {QStringLiteral("number"), number},
                                  {QStringLiteral("text"), item->heading}});
    }
}

void ObjectiveRegister::settle(const Grant& grant, qint64 versionId) {
    const PolicyRepository repository(m_db);
    const VersionSummary version = repository.version(versionId);
    const PolicyContent content = repository.load(versionId);
    RecordWriter writer(m_db, grant);
    // Which objective each item of the text is (by the item's section, kept through rewording
    // and moves); the wordings are then written again in the text's order.
    QHash<qint64, qint64> objectiveOfSection;
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT id, row_version, section_id, objective_id FROM objective_wordings "
                                          "WHERE version_id = :v"),
                           {{QStringLiteral("v"), versionId}});
    QList<QPair<qint64, int>> old;
    while (q.next()) {
        old.append({q.value(0).toLongLong(), q.value(1).toInt()});
        if (!q.value(2).isNull()) objectiveOfSection.insert(q.value(2).toLongLong(), q.value(3).toLongLong());
    }
    q.finish();
    for (const auto& [id, rowVersion] : old) writer.remove(kWordings, id, rowVersion);
    int number = 0;
    for (const PolicySection* item : ObjectiveItems::of(content)) {
        ++number;
        qint64 objective = objectiveOfSection.value(item->id);
        if (objective == 0) {
            objective = writer.insert(QStringLiteral("objectives"),
                                      {{QStringLiteral("document_id"), version.documentId},
                                       {QStringLiteral("measured_by_drills"),
                                        ObjectiveItems::measuredByDrills(item->heading) ? 1 : 0}});
        }
        writer.insert(kWordings, {{QStringLiteral("objective_id"), objective},
                                  {QStringLiteral("version_id"), versionId},
                                  {QStringLiteral("section_id"), item->id},
                                  {QStringLiteral("number"), number},
                                  {QStringLiteral("text"), item->heading}});
    }
}

}  // namespace isms::core
