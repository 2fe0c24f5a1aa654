#include "ListExport.h"

#include <QIODevice>

#include "Database.h"
#include "ListFormatter.h"
#include "SafeFile.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "TrailReading.h"
#include "domain/Error.h"
#include "import/CsvWriter.h"

namespace isms::core {

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, QIODevice& out) {
    const auto& columns = query.definition().columns;
    CsvWriter csv(out);
    QStringList header;
    for (const auto& c : columns) {
        if (c.shown) header << c.header;
    }
    csv.row(header);
    if (!query.search().isEmpty()) SearchIndex::catchUp(db, query.definition());
    // Reading an audit entry in words looks up the records it names. Those look-ups may not run
    // while a result is being read on the same connection (PostgreSQL's row by row reading would
    // lose it): such a list is read a page at a time, each page whole before it is written.
    bool looksUp = false;
    for (const auto& c : columns) {
        looksUp = looksUp || c.format == ListDefinition::Format::TrailEvent ||
                  c.format == ListDefinition::Format::TrailRecord ||
                  c.format == ListDefinition::Format::TrailChanges;
    }
    TrailReading trail(db);
    trail.setWhole(true);  // a file keeps every word of a change
    const auto write = [&](const QVariantList& values) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].shown) line << ListFormatter::text(columns[i].format, values[i], &trail);
        }
        csv.row(line);
    };
    const auto read = [&](QSqlQuery& q) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i) values << q.value(i);
        return values;
    };
    if (!looksUp) {
        QSqlQuery q = Sql::run(db.connection(), query.selectStatement(), query.boundValues());
        while (q.next()) write(read(q));
        return csv.rows();
    }
    constexpr int kPage = 2000;
    for (qint64 offset = 0;; offset += kPage) {
        QList<QVariantList> page;
        {
            QSqlQuery q = Sql::run(db.connection(),
                                   query.selectStatement() +
                                       QStringLiteral(" LIMIT %1 OFFSET %2").arg(kPage).arg(offset),
                                   query.boundValues());
            while (q.next()) page << read(q);
        }
        for (const QVariantList& values : page) write(values);
        if (page.size() < kPage) break;
    }
    return csv.rows();
}

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, const QString& file) {
    qint64 rows = 0;
    SafeFile::write(file, [&](QIODevice& out) { rows = writeCsv(db, query, out); });
    return rows;
}

}  // namespace isms::core
