#include "ListExport.h"

#include "SearchIndex.h"
#include "Database.h"
#include "ListFormatter.h"
#include "Sql.h"
#include "domain/Error.h"
#include "import/CsvReader.h"

#include <QSaveFile>

namespace isms::core {

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, QIODevice& out) {
    const auto& columns = query.definition().columns;
    out.write("\xEF\xBB\xBF");
    QList<QByteArray> header;
    for (const auto& c : columns) header << CsvReader::field(c.header);
    out.write(header.join(',') + "\r\n");
    if (!query.search().isEmpty()) SearchIndex::catchUp(db, query.definition());
    QSqlQuery q = Sql::run(db.connection(), query.selectStatement(), query.boundValues());
    qint64 rows = 0;
    while (q.next()) {
        QList<QByteArray> line;
        for (int i = 0; i < columns.size(); ++i) line << CsvReader::field(ListFormatter::text(columns[i].format, q.value(i)));
        out.write(line.join(',') + "\r\n");
        ++rows;
    }
    return rows;
}

qint64 ListExport::writeCsv(Database& db, const ListQuery& query, const QString& file) {
    // QSaveFile: a failed export never leaves a half-written file in place of a good one.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        throw Error(Error::Kind::Invalid, tr("Cannot write “%1”: %2").arg(file, out.errorString()));
    }
    const qint64 rows = writeCsv(db, query, out);
    if (!out.commit()) throw Error(Error::Kind::Storage, tr("Cannot write “%1”: %2").arg(file, out.errorString()));
    return rows;
}

}  // namespace isms::core
