#pragma once

#include "ListQuery.h"

#include <QCoreApplication>

class QIODevice;

namespace isms::core {

class Database;

// Writes every row a list query matches (not only those a view has fetched) as CSV: UTF-8 with
// a byte-order mark so spreadsheet programs read the Chinese right, one header row.
class ListExport {
    Q_DECLARE_TR_FUNCTIONS(ListExport)
public:
    static qint64 writeCsv(Database& db, const ListQuery& query, QIODevice& out);
    static qint64 writeCsv(Database& db, const ListQuery& query, const QString& file);
};

}  // namespace isms::core
