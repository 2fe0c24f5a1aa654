#include "RecordListModel.h"

#include "storage/SearchIndex.h"
#include "storage/ListFormatter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TrailReading.h"

#include <QSqlError>
#include <QSqlQuery>

namespace isms::ui {

using Format = core::ListDefinition::Format;

RecordListModel::RecordListModel(core::Database& db, const core::ListDefinition& definition, QObject* parent)
    : QAbstractTableModel(parent),
      m_db(db),
      m_query(definition),
      m_trail(std::make_unique<core::TrailReading>(db)) {}

RecordListModel::~RecordListModel() = default;

bool RecordListModel::readPage(QList<QVariantList>* rows, bool* more) {
    // One row past the page says whether there is another. The numbers are ours, not input.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(m_query.selectStatement() + QStringLiteral(" LIMIT %1 OFFSET %2").arg(kPage + 1).arg(m_rows.size()));
    const QVariantMap values = m_query.boundValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec()) {
        m_error = query.lastError();
        *more = false;
        Q_EMIT failed(m_error.text());
        return false;
    }
    const int columns = columnCount();
    while (query.next()) {
        if (rows->size() == kPage) {
            *more = true;
            return true;
        }
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) row << query.value(i);
        rows->append(row);
    }
    *more = false;
    return true;
}

void RecordListModel::refresh() {
    m_loaded = true;
    if (!m_query.search().isEmpty()) core::SearchIndex::catchUp(m_db, m_query.definition());
    beginResetModel();
    m_trail = std::make_unique<core::TrailReading>(m_db);
    m_rows.clear();
    m_error = QSqlError();
    QList<QVariantList> rows;
    readPage(&rows, &m_more);
    m_rows = std::move(rows);
    endResetModel();
}

int RecordListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_query.definition().columns.size());
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && m_more; }

void RecordListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    QList<QVariantList> rows;
    bool more = false;
    if (!readPage(&rows, &more)) return;
    m_more = more;
    if (rows.isEmpty()) return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(std::move(rows));
    endInsertRows();
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
    const auto& columns = m_query.definition().columns;
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columns.size()) return {};
    const QVariant value = m_rows[index.row()].value(index.column());
    if (role == Qt::EditRole) return value;
    const Format format = columns[index.column()].format;
    if (role == Qt::TextAlignmentRole && (format == Format::Number || format == Format::Year)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    QString text = core::ListFormatter::text(format, value, m_trail.get());
    // Long text stays on one line in the table, unless the list wraps; the tooltip has all of it.
    if (role == Qt::DisplayRole && !m_query.definition().wraps)
        text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return text;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const auto& columns = m_query.definition().columns;
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < columns.size()) {
        return columns[section].header;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace isms::ui
