#include "ListQuery.h"

#include "domain/Clock.h"

#include <algorithm>

namespace isms::core {

ListQuery::ListQuery(ListDefinition definition)
    : m_definition(std::move(definition)),
      m_sortColumn(m_definition.defaultSortColumn),
      m_descending(m_definition.defaultDescending) {}

void ListQuery::setSort(int column, bool descending) {
    if (column < 0 || column >= m_definition.columns.size()) return;
    m_sortColumn = column;
    m_descending = descending;
}

void ListQuery::setSearch(const QString& text) { m_search = text.trimmed(); }

void ListQuery::setFilter(const QString& key, const QVariant& value) {
    const bool known = std::any_of(m_definition.filters.cbegin(), m_definition.filters.cend(),
                                   [&](const ListDefinition::Filter& f) { return f.key == key; });
    if (!known) return;
    if (!value.isValid() || value.toString().isEmpty()) {
        m_filters.remove(key);
    } else {
        m_filters.insert(key, value);
    }
}

QString ListQuery::whereClause() const {
    QStringList conditions;
    if (!m_definition.where.isEmpty()) conditions << QStringLiteral("(%1)").arg(m_definition.where);
    for (const auto& f : m_definition.filters) {
        if (m_filters.contains(f.key)) conditions << QStringLiteral("(%1)").arg(f.clause);
    }
    if (!m_search.isEmpty() && !m_definition.search.isEmpty()) {
        conditions << QStringLiteral("(%1)").arg(m_definition.search);
    } else if (!m_search.isEmpty()) {
        // One concatenated haystack keeps a single bound value, portable to every engine.
        QStringList parts;
        for (const auto& c : m_definition.columns) {
            if (c.searchable) parts << QStringLiteral("COALESCE(CAST(%1 AS TEXT), '')").arg(c.expression);
        }
        if (!parts.isEmpty()) {
            conditions << QStringLiteral("(%1) LIKE :search ESCAPE '\\'")
                              .arg(parts.join(QStringLiteral(" || ' ' || ")));
        }
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ListQuery::selectStatement() const {
    QStringList expressions;
    for (const auto& c : m_definition.columns) expressions << c.expression;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(expressions.join(QStringLiteral(", ")), m_definition.from);
    sql += whereClause();
    // The sort column is an index into our own definition, never text from the user. A
    // trailing key keeps the order stable between fetches of the same list.
    sql += QStringLiteral(" ORDER BY %1 %2, 1")
               .arg(m_sortColumn + 1)
               .arg(m_descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return sql;
}

QString ListQuery::countStatement() const {
    return QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_definition.from) + whereClause();
}

QVariantMap ListQuery::boundValues() const {
    QVariantMap values = m_filters;
    // Lists that show what is in force (an objective's wording) read it on the clock's day.
    if (selectStatement().contains(QLatin1String(":today"))) {
        values.insert(QStringLiteral("today"), Clock::today().toString(Qt::ISODate));
    }
    // Lists that read one year in their source (the training standing) show the running one
    // until a year is chosen.
    if (!values.contains(QStringLiteral("year")) && selectStatement().contains(QLatin1String(":year"))) {
        values.insert(QStringLiteral("year"), Clock::today().year());
    }
    if (m_search.isEmpty()) return values;
    QString escaped = m_search;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    values.insert(QStringLiteral("search"), QLatin1Char('%') + escaped + QLatin1Char('%'));
    return values;
}

}  // namespace isms::core
