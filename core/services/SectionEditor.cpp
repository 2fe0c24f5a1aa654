#include "SectionEditor.h"

#include <QSqlQuery>

#include "domain/Error.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QString kSections = QStringLiteral("sections");
QVariant parentValue(qint64 parentId) {
    return Sql::idOrNull(parentId);
}
}  // namespace

SectionEditor::SectionEditor(Database& db, qint64 versionId) : m_db(db), m_versionId(versionId) {}

int SectionEditor::treeVersion() const {
    return Sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT row_version FROM document_versions WHERE id = :id"),
                       {{QStringLiteral("id"), m_versionId}})
        .toInt();
}

void SectionEditor::checkHeading(const QString& heading) {
    if (heading.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("A section needs a heading."));
}

QList<SectionEditor::Row> SectionEditor::children(qint64 parentId) const {
    QSqlQuery q = Sql::run(
        m_db.connection(),
        parentId ? QStringLiteral("SELECT id, row_version FROM sections WHERE version_id = :v AND "
                                  "parent_id = :p ORDER BY position, id")
                 : QStringLiteral("SELECT id, row_version FROM sections WHERE version_id = :v AND "
                                  "parent_id IS NULL ORDER BY position, id"),
        parentId ? QVariantMap{{QStringLiteral("v"), m_versionId}, {QStringLiteral("p"), parentId}}
                 : QVariantMap{{QStringLiteral("v"), m_versionId}});
    QList<Row> out;
    while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return out;
}

QList<qint64> SectionEditor::childIds(qint64 parentId) const {
    QList<qint64> out;
    for (const Row& r : children(parentId)) out << r.id;
    return out;
}

SectionEditor::Position SectionEditor::positionOf(qint64 sectionId) const {
    const QVariant parent = Sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT parent_id FROM sections WHERE id = :id AND version_id = :v"),
        {{QStringLiteral("id"), sectionId}, {QStringLiteral("v"), m_versionId}});
    Position p;
    p.parentId = parent.isNull() ? 0 : parent.toLongLong();
    const auto siblings = children(p.parentId);
    for (int i = 0; i < siblings.size(); ++i) {
        if (siblings[i].id == sectionId) p.index = i;
    }
    return p;
}

PolicySection SectionEditor::load(qint64 sectionId) const {
    QSqlQuery q = Sql::run(m_db.connection(),
                           QStringLiteral("SELECT heading, body FROM sections WHERE id = :id"),
                           {{QStringLiteral("id"), sectionId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That section no longer exists."));
    PolicySection s;
    s.id = sectionId;
    s.heading = q.value(0).toString();
    const QString body = q.value(1).toString();
    if (!body.isEmpty()) s.paragraphs = body.split(QLatin1Char('\n'));
    q.finish();
    for (const Row& child : children(sectionId)) s.children.push_back(load(child.id));
    return s;
}

void SectionEditor::lockTree(RecordWriter& writer, int expected) {
    // Bumping the version row both checks that nobody changed the draft since `expected` and
    // tells the next editor that the tree moved on.
    writer.update(QStringLiteral("document_versions"), m_versionId, expected, {});
}

void SectionEditor::renumber(RecordWriter& writer, qint64 parentId, const QList<qint64>& order) {
    for (int position = 0; position < order.size(); ++position) {
        QSqlQuery q = Sql::run(
            m_db.connection(),
            QStringLiteral("SELECT position, parent_id, row_version FROM sections WHERE id = :id"),
            {{QStringLiteral("id"), order[position]}});
        if (!q.next()) continue;
        const bool placed = q.value(0).toInt() == position &&
                            (q.value(1).isNull() ? 0 : q.value(1).toLongLong()) == parentId;
        const int rowVersion = q.value(2).toInt();
        q.finish();
        if (!placed) {
            writer.update(kSections, order[position], rowVersion,
                          {{QStringLiteral("position"), position},
                           {QStringLiteral("parent_id"), parentValue(parentId)}});
        }
    }
}

qint64 SectionEditor::insert(int expected, const Position& at, const QString& heading,
                             const QStringList& paragraphs) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    checkHeading(heading);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    lockTree(writer, expected);
    QList<qint64> order = childIds(at.parentId);
    const int index = qBound(0, at.index, int(order.size()));
    const qint64 id =
        writer.insert(kSections, {{QStringLiteral("version_id"), m_versionId},
                                  {QStringLiteral("parent_id"), parentValue(at.parentId)},
                                  {QStringLiteral("position"), index},
                                  {QStringLiteral("heading"), heading.trimmed()},
                                  {QStringLiteral("body"), paragraphs.join(QLatin1Char('\n'))}});
    order.insert(index, id);
    renumber(writer, at.parentId, order);
    tx.commit();
    return id;
}

void SectionEditor::update(int expected, qint64 sectionId, const QString& heading,
                           const QStringList& paragraphs) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    checkHeading(heading);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    lockTree(writer, expected);
    const int rowVersion =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT row_version FROM sections WHERE id = :id"),
                    {{QStringLiteral("id"), sectionId}})
            .toInt();
    QStringList kept;
    for (const QString& p : paragraphs) {
        if (!p.trimmed().isEmpty()) kept << p.trimmed();
    }
    writer.update(kSections, sectionId, rowVersion,
                  {{QStringLiteral("heading"), heading.trimmed()},
                   {QStringLiteral("body"), kept.join(QLatin1Char('\n'))}});
    tx.commit();
}

void SectionEditor::removeTree(RecordWriter& writer, qint64 sectionId) {
    for (const Row& child : children(sectionId)) removeTree(writer, child.id);
    // Registers derived from the section (objectives, references…) keep their rows; the link goes.
    for (const char* table : {"objective_wordings", "version_references", "scope_items",
                              "policy_statements", "responsibilities"}) {
        writer.clearReference(QString::fromLatin1(table), QStringLiteral("section_id"), sectionId);
    }
    const int rowVersion =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT row_version FROM sections WHERE id = :id"),
                    {{QStringLiteral("id"), sectionId}})
            .toInt();
    writer.remove(kSections, sectionId, rowVersion);
}

void SectionEditor::remove(int expected, qint64 sectionId) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    const Position at = positionOf(sectionId);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    lockTree(writer, expected);
    removeTree(writer, sectionId);
    renumber(writer, at.parentId, childIds(at.parentId));
    tx.commit();
}

void SectionEditor::insertTree(RecordWriter& writer, qint64 parentId, int position,
                               const PolicySection& section) {
    writer.insert(kSections,
                  {{QStringLiteral("id"), section.id},
                   {QStringLiteral("version_id"), m_versionId},
                   {QStringLiteral("parent_id"), parentValue(parentId)},
                   {QStringLiteral("position"), position},
                   {QStringLiteral("heading"), section.heading},
                   {QStringLiteral("body"), section.paragraphs.join(QLatin1Char('\n'))}});
    int childPosition = 0;
    for (const PolicySection& child : section.children)
        insertTree(writer, section.id, childPosition++, child);
}

void SectionEditor::restore(int expected, const Position& at, const PolicySection& subtree) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    lockTree(writer, expected);
    QList<qint64> order = childIds(at.parentId);
    const int index = qBound(0, at.index, int(order.size()));
    insertTree(writer, at.parentId, index, subtree);
    order.insert(index, subtree.id);
    renumber(writer, at.parentId, order);
    tx.commit();
}

bool SectionEditor::isInside(qint64 candidate, qint64 ancestor) const {
    for (qint64 id = candidate; id != 0;) {
        if (id == ancestor) return true;
        const QVariant parent = Sql::scalar(
            m_db.connection(), QStringLiteral("SELECT parent_id FROM sections WHERE id = :id"),
            {{QStringLiteral("id"), id}});
        id = parent.isNull() ? 0 : parent.toLongLong();
    }
    return false;
}

void SectionEditor::move(int expected, qint64 sectionId, const Position& to) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    if (to.parentId != 0 && isInside(to.parentId, sectionId)) {
        throw Error(Error::Kind::Invalid, tr("A section cannot move inside itself."));
    }
    const Position from = positionOf(sectionId);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    lockTree(writer, expected);
    QList<qint64> old;
    for (const Row& r : children(from.parentId)) {
        if (r.id != sectionId) old << r.id;
    }
    if (from.parentId != to.parentId) renumber(writer, from.parentId, old);
    QList<qint64> target = from.parentId == to.parentId ? old : childIds(to.parentId);
    target.insert(qBound(0, to.index, int(target.size())), sectionId);
    renumber(writer, to.parentId, target);
    tx.commit();
}

void SectionEditor::setTitleBlock(int expected, const TitleBlock& block) {
    const Grant grant = m_db.require(UserRole::Permission::EditPolicy);
    if (block.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("The document needs a title."));
    const qint64 document =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT document_id FROM document_versions WHERE id = :v"),
                    {{QStringLiteral("v"), m_versionId}})
            .toLongLong();
    const QDate previous = QDate::fromString(
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT MAX(effective_date) FROM document_versions WHERE "
                                   "document_id = :d AND id <> :v "
                                   "AND status IN ('approved', 'published', 'superseded')"),
                    {{QStringLiteral("d"), document}, {QStringLiteral("v"), m_versionId}})
            .toString(),
        Qt::ISODate);
    // No date yet is allowed for a draft (approval asks for one); a date must not go backwards.
    if (previous.isValid() && block.effectiveDate.isValid() && block.effectiveDate < previous) {
        throw Error(Error::Kind::Invalid,
                    tr("The effective date comes before that of the previous version (%1).")
                        .arg(Language::longDate(previous)));
    }
    QVariantMap values{{QStringLiteral("title"), block.title.trimmed()},
                       {QStringLiteral("classification"), Classification::key(block.classification)},
                       {QStringLiteral("effective_date"), block.effectiveDate},
                       {QStringLiteral("notice"), block.notice.trimmed()}};
    if (block.numbering) values.insert(QStringLiteral("numbering"), block.numbering->toStored());
    if (block.orgName) {
        const QString org = block.orgName->simplified();
        if (org.size() > 200) throw Error(Error::Kind::Invalid, tr("The organisation's name is longer than 200 characters."));
        values.insert(QStringLiteral("org_name"), org);
    }
    Transaction tx(m_db);
    RecordWriter(m_db, grant).update(QStringLiteral("document_versions"), m_versionId, expected, values);
    tx.commit();
}

bool SectionEditor::upTarget(qint64 sectionId, Position* to) const {
    const Position p = positionOf(sectionId);
    if (p.index == 0) return false;
    *to = {p.parentId, p.index - 1};
    return true;
}

bool SectionEditor::downTarget(qint64 sectionId, Position* to) const {
    const Position p = positionOf(sectionId);
    if (p.index + 1 >= children(p.parentId).size()) return false;
    *to = {p.parentId, p.index + 1};
    return true;
}

bool SectionEditor::indentTarget(qint64 sectionId, Position* to) const {
    const Position p = positionOf(sectionId);
    if (p.index == 0) return false;
    const qint64 previous = children(p.parentId).at(p.index - 1).id;
    *to = {previous, int(children(previous).size())};
    return true;
}

bool SectionEditor::outdentTarget(qint64 sectionId, Position* to) const {
    const Position p = positionOf(sectionId);
    if (p.parentId == 0) return false;
    const Position parent = positionOf(p.parentId);
    *to = {parent.parentId, parent.index + 1};
    return true;
}

}  // namespace isms::core
