#include "ListExport.h"

#include "SafeFile.h"

#include <QIODevice>
#include "SearchIndex.h"
#include "Database.h"
#include "ListFormatter.h"
#include "Sql.h"
#include "domain/Error.h"
#include "import/CsvReader.h"


namespace isms::core {

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, QIODevice& out) {
    const auto& columns = query.definition().columns;
    out.write("\xEF\xBB\xBF");
    QList<QByteArray> header;
    for (const auto& c : columns) {
        if (c.shown) header << CsvReader::field(c.header);
    }
    out.write(header.join(',') + "\r\n");
    if (!query.search().isEmpty()) SearchIndex::catchUp(db, query.definition());
    QSqlQuery q = Sql::run(db.connection(), query.selectStatement(), query.boundValues());
    qint64 rows = 0;
    while (q.next()) {
        QList<QByteArray> line;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].shown) line << CsvReader::field(ListFormatter::text(columns[i].format, q.value(i)));
        }
        out.write(line.join(',') + "\r\n");
        ++rows;
    }
    return rows;
}

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, const QString& file) {
    qint64 rows = 0;
    SafeFile::write(file, [&](QIODevice& out) { rows = writeCsv(db, query, out); });
    return rows;
}

}  // namespace isms::core
