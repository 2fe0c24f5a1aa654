#include "RaciService.h"

#include <QIODevice>
#include <QSqlQuery>

#include "domain/Error.h"
#include "import/CsvWriter.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {
const QString kActivities = QStringLiteral("raci_activities");
const QString kCells = QStringLiteral("raci_cells");
}  // namespace

RaciService::RaciService(Database& db) : m_db(db) {}

QStringList RaciService::values() {
    return {QStringLiteral("R"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("I")};
}

QString RaciService::describe(const QString& value) {
    if (value == QStringLiteral("R")) return tr("Responsible");
    if (value == QStringLiteral("A")) return tr("Accountable");
    if (value == QStringLiteral("C")) return tr("Consulted");
    if (value == QStringLiteral("I")) return tr("Informed");
    return {};
}

RaciService::Matrix RaciService::matrix() const {
    Matrix m;
    QSqlQuery r =
        Sql::run(m_db.connection(), QStringLiteral("SELECT id, name FROM roles ORDER BY id"));
    while (r.next()) m.roles << Column{r.value(0).toLongLong(), r.value(1).toString()};
    r.finish();
    QHash<qint64, int> index;
    QSqlQuery a = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT id, position, name, row_version FROM raci_activities ORDER BY position, id"));
    while (a.next()) {
        index.insert(a.value(0).toLongLong(), int(m.activities.size()));
        m.activities << Activity{a.value(0).toLongLong(),
                                 a.value(1).toInt(),
                                 a.value(2).toString(),
                                 a.value(3).toInt(),
                                 {}};
    }
    a.finish();
    QSqlQuery c = Sql::run(
        m_db.connection(),
        QStringLiteral("SELECT id, activity_id, role_id, value, row_version FROM raci_cells"));
    while (c.next()) {
        const int i = index.value(c.value(1).toLongLong(), -1);
        if (i >= 0) {
            m.activities[i].cells.insert(
                c.value(2).toLongLong(),
                Cell{c.value(0).toLongLong(), c.value(3).toString(), c.value(4).toInt()});
        }
    }
    return m;
}

QStringList RaciService::problems(const Matrix& matrix) {
    QStringList out;
    for (const Activity& a : matrix.activities) {
        int accountable = 0;
        int responsible = 0;
        for (const Cell& c : a.cells) {
            accountable += c.value == QStringLiteral("A");
            responsible += c.value == QStringLiteral("R");
        }
        if (accountable == 0) out << tr("“%1” has nobody accountable (A).").arg(a.name);
        if (accountable > 1)
            out << tr("“%1” has %2 accountable (A); it needs exactly one.")
                       .arg(a.name)
                       .arg(accountable);
        if (responsible == 0) out << tr("“%1” has nobody responsible (R).").arg(a.name);
    }
    return out;
}

qint64 RaciService::addActivity(const QString& name) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("An activity needs a name."));
    Transaction tx(m_db);
    const int position =
        Sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM raci_activities"))
            .toInt();
    const qint64 id = RecordWriter(m_db, grant)
                          .insert(kActivities, {{QStringLiteral("position"), position},
                                                {QStringLiteral("name"), name.trimmed()}});
    tx.commit();
    return id;
}

void RaciService::renameActivity(qint64 id, const QString& name, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, tr("An activity needs a name."));
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .update(kActivities, id, expectedRowVersion, {{QStringLiteral("name"), name.trimmed()}});
    tx.commit();
}

void RaciService::removeActivity(qint64 id, int expectedRowVersion) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    QSqlQuery c =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, row_version FROM raci_cells WHERE activity_id = :a"),
                 {{QStringLiteral("a"), id}});
    QList<QPair<qint64, int>> cells;
    while (c.next()) cells.append({c.value(0).toLongLong(), c.value(1).toInt()});
    c.finish();
    for (const auto& [cell, version] : cells) writer.remove(kCells, cell, version);
    writer.remove(kActivities, id, expectedRowVersion);
    tx.commit();
}

void RaciService::setCell(qint64 activityId, qint64 roleId, const QString& value,
                          const Cell& expected) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!value.isEmpty() && !values().contains(value)) {
        throw Error(Error::Kind::Invalid, tr("A cell holds R, A, C or I, not “%1”.").arg(value));
    }
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    if (RecordWriter::read(m_db, kActivities, activityId).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("The activity no longer exists; reload the matrix."));
    }
    const qint64 current =
        Sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT id FROM raci_cells WHERE activity_id = :a AND role_id = :r"),
            {{QStringLiteral("a"), activityId}, {QStringLiteral("r"), roleId}})
            .toLongLong();
    if (current != expected.id) {
        throw Error(Error::Kind::Conflict, tr("Someone else changed this cell since the matrix was "
                                              "read; reload it and try again."));
    }
    if (current == 0) {
        if (!value.isEmpty()) {
            writer.insert(kCells, {{QStringLiteral("activity_id"), activityId},
                                   {QStringLiteral("role_id"), roleId},
                                   {QStringLiteral("value"), value}});
        }
    } else if (value.isEmpty()) {
        writer.remove(kCells, current, expected.rowVersion);
    } else {
        writer.update(kCells, current, expected.rowVersion, {{QStringLiteral("value"), value}});
    }
    tx.commit();
}

void RaciService::writeCsv(const Matrix& matrix, QIODevice& out) {
    CsvWriter csv(out);
    QStringList header{tr("Activity")};
    for (const Column& c : matrix.roles) header << c.name;
    header << tr("Problems");
    csv.row(header);
    for (const Activity& a : matrix.activities) {
        QStringList row{a.name};
        for (const Column& c : matrix.roles) row << a.cells.value(c.roleId).value;
        Matrix one{matrix.roles, {a}};
        row << problems(one).join(QLatin1Char(' '));
        csv.row(row);
    }
}

}  // namespace isms::core
