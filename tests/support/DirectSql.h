#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace isms::test {

// One statement run straight on a database file, as someone with sqlite3 and the file would:
// no program, no audit trail. False if the file would not open or the statement failed.
inline bool directSql(const QString& file, const QString& sql) {
    const QString name = QStringLiteral("direct-sql");
    bool done = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(file);
        done = c.open() && QSqlQuery(c).exec(sql);
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

}  // namespace isms::test
