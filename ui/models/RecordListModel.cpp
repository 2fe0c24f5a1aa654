#include "RecordListModel.h"

#include "storage/SearchIndex.h"
#include "storage/ListFormatter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isms::ui {

using Format = core::ListDefinition::Format;

RecordListModel::RecordListModel(core::Database& db, const core::ListDefinition& definition, QObject* parent)
    : QSqlQueryModel(parent), m_db(db), m_query(definition) {}

void RecordListModel::refresh() {
    m_loaded = true;
    if (!m_query.search().isEmpty()) core::SearchIndex::catchUp(m_db, m_query.definition());
    QSqlQuery query(m_db.connection());
    query.prepare(m_query.selectStatement());
    const QVariantMap values = m_query.boundValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) query.bindValue(QLatin1Char(':') + it.key(), it.value());
    query.exec();
    setQuery(std::move(query));
    if (lastError().isValid()) Q_EMIT failed(lastError().text());
}

void RecordListModel::setSearch(const QString& text) {
    m_query.setSearch(text);
    if (m_loaded) refresh();
}

void RecordListModel::setFilter(const QString& key, const QVariant& value) {
    m_query.setFilter(key, value);
    if (m_loaded) refresh();
}

void RecordListModel::sort(int column, Qt::SortOrder order) {
    const bool descending = order == Qt::DescendingOrder;
    // The view asks again for the order it already shows when sorting is switched on.
    if (column < 0 || (column == m_query.sortColumn() && descending == m_query.descending())) return;
    m_query.setSort(column, descending);
    if (m_loaded) refresh();
}

int RecordListModel::matchingRows() const {
    if (!m_query.search().isEmpty()) core::SearchIndex::catchUp(m_db, m_query.definition());
    return core::Sql::scalar(m_db.connection(), m_query.countStatement(), m_query.boundValues()).toInt();
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    const QVariant value = QSqlQueryModel::data(index, role == Qt::ToolTipRole ? Qt::DisplayRole : role);
    const auto& columns = m_query.definition().columns;
    if (!index.isValid() || index.column() >= columns.size()) return value;
    const Format format = columns[index.column()].format;
    if (role == Qt::TextAlignmentRole && (format == Format::Number || format == Format::Year)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return value;
    QString text = core::ListFormatter::text(format, value);
    // Long text stays on one line in the table; the tooltip has all of it.
    if (role == Qt::DisplayRole) text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return text;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const auto& columns = m_query.definition().columns;
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columns.size()) {
        return columns[section].header;
    }
    return QSqlQueryModel::headerData(section, orientation, role);
}

}  // namespace isms::ui
