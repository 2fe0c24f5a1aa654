#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace isms::core {

class Database;

// The RACI matrix: the policy's activities (肆、二) against the roles, each cell Responsible,
// Accountable, Consulted or Informed. Every activity needs exactly one A and at least one R.
class RaciService {
    Q_DECLARE_TR_FUNCTIONS(RaciService)
public:
    struct Cell {
        qint64 id = 0;  // 0: empty
        QString value;  // R, A, C, I or empty
        int rowVersion = 0;
    };
    struct Activity {
        qint64 id = 0;
        int position = 0;
        QString name;
        int rowVersion = 0;
        QHash<qint64, Cell> cells;  // by role id
    };
    struct Column {
        qint64 roleId = 0;
        QString name;
    };
    struct Matrix {
        QList<Column> roles;
        QList<Activity> activities;
    };

    explicit RaciService(Database& db);

    static QStringList values();  // R, A, C, I
    static QString describe(const QString& value);  // Responsible, …
    Matrix matrix() const;
    // What breaks the rules, a line per activity (empty: none).
    static QStringList problems(const Matrix& matrix);

    qint64 addActivity(const QString& name);
    void renameActivity(qint64 id, const QString& name, int expectedRowVersion);
    void removeActivity(qint64 id, int expectedRowVersion);  // with its cells
    // Sets (or, with an empty value, clears) a cell. expected is the cell as it was read: if
    // someone changed it since, the change is refused.
    void setCell(qint64 activityId, qint64 roleId, const QString& value, const Cell& expected);

    // The matrix as CSV: activity, then a column per role; a last column with the rule's problems.
    static void writeCsv(const Matrix& matrix, QIODevice& out);

private:
    Database& m_db;
};

}  // namespace isms::core
