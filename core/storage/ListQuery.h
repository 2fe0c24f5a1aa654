#pragma once

#include "ListDefinition.h"

#include <QVariantMap>

namespace isms::core {

// Turns a ListDefinition, a sort column and a search text into one SELECT with bound values.
class ListQuery {
public:
    explicit ListQuery(ListDefinition definition);

    const ListDefinition& definition() const { return m_definition; }
    void setSort(int column, bool descending);
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    // An invalid or empty value switches the filter off; unknown keys are ignored.
    void setFilter(const QString& key, const QVariant& value);
    int sortColumn() const { return m_sortColumn; }
    bool descending() const { return m_descending; }

    QString selectStatement() const;
    QString countStatement() const;
    QVariantMap boundValues() const;

private:
    QString whereClause() const;

    ListDefinition m_definition;
    int m_sortColumn;
    bool m_descending;
    QString m_search;
    QVariantMap m_filters;
};

}  // namespace isms::core
