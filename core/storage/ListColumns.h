#pragma once

#include "ListDefinition.h"

namespace isms::core {

// The pieces every record list is built of (ListCatalog, MeasuredLists): a column from its SQL
// expression, the row_version column, and a list with its defaults. SQL text is UTF-8.
namespace ListColumns {

using Format = ListDefinition::Format;
using Column = ListDefinition::Column;

inline Column col(const char* expression, const QString& header, Format format = Format::Text) {
    return {QString::fromUtf8(expression), header, format, format != Format::Date};
}

// The record's row_version, read with the row so that a change made from the list is refused
// when someone changed the record after the list showed it.
inline Column rowVersion(const char* alias) {
    return {QStringLiteral("%1.row_version").arg(QLatin1String(alias)), QString(), Format::Number, false, false};
}

inline ListDefinition list(const char* key, const QString& title, const char* from, QList<Column> columns,
                           int sortColumn = 0, bool descending = false, const char* where = "") {
    ListDefinition d;
    d.key = QString::fromUtf8(key);
    d.title = title;
    d.from = QString::fromUtf8(from);
    d.where = QString::fromUtf8(where);
    d.columns = std::move(columns);
    d.defaultSortColumn = sortColumn;
    d.defaultDescending = descending;
    return d;
}

}  // namespace ListColumns

}  // namespace isms::core
