#include "ListExport.h"

#include <QIODevice>

#include "Database.h"
#include "ListFormatter.h"
#include "SafeFile.h"
#include "SearchIndex.h"
#include "Sql.h"
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
    QSqlQuery q = Sql::run(db.connection(), query.selectStatement(), query.boundValues());
    while (q.next()) {
        QStringList line;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].shown) line << ListFormatter::text(columns[i].format, q.value(i));
        }
        csv.row(line);
    }
    return csv.rows();
}

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, const QString& file) {
    qint64 rows = 0;
    SafeFile::write(file, [&](QIODevice& out) { rows = writeCsv(db, query, out); });
    return rows;
}

}  // namespace isms::core
