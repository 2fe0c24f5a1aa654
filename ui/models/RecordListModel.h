#pragma once

#include "storage/ListQuery.h"

#include <QAbstractTableModel>
#include <QSqlError>
#include <memory>

namespace isms::core {
class Database;
class TrailReading;
}

namespace isms::ui {

// A lazy table over one record list: rows are read a page at a time (LIMIT/OFFSET) as the view
// scrolls, and sorting and searching re-run the SELECT, because a proxy model would only see
// fetched rows. Nothing is read until the first refresh(): a page full of lists costs nothing
// until shown. (QSqlQueryModel was lazy on SQLite only: Qt's PostgreSQL driver fetches a
// scrollable result whole, 20,000 action items for the first screen.)
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    RecordListModel(core::Database& db, const core::ListDefinition& definition, QObject* parent = nullptr);
    ~RecordListModel() override;

    void refresh();
    bool loaded() const { return m_loaded; }
    void setSearch(const QString& text);
    void setFilter(const QString& key, const QVariant& value);
    void sort(int column, Qt::SortOrder order) override;
    // Rows matching the current search, counted in SQL (rowCount() only knows fetched rows).
    int matchingRows() const;
    const core::ListQuery& listQuery() const { return m_query; }

    // Rows are fetched kPage at a time.
    static constexpr int kPage = 256;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The last failure to read (none: invalid).
    QSqlError lastError() const { return m_error; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    // The next page after the rows read so far; false when the statement failed.
    bool readPage(QList<QVariantList>* rows, bool* more);

    core::Database& m_db;
    core::ListQuery m_query;
    QList<QVariantList> m_rows;
    bool m_more = false;
    bool m_loaded = false;
    QSqlError m_error;
    // Reads audit entries for the trail's columns, knowing the names it looked up until the
    // next refresh.
    std::unique_ptr<core::TrailReading> m_trail;
};

}  // namespace isms::ui
