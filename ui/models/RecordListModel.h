#pragma once

#include "storage/ListQuery.h"

#include <QSqlQueryModel>

namespace isms::core {
class Database;
}

namespace isms::ui {

// A lazy table over one record list: QSqlQueryModel fetches rows as the view scrolls, and
// sorting and searching re-run the SELECT, because a proxy model would only see fetched rows.
// Nothing is read until the first refresh(): a page full of lists costs nothing until shown.
class RecordListModel : public QSqlQueryModel {
    Q_OBJECT
public:
    RecordListModel(core::Database& db, const core::ListDefinition& definition, QObject* parent = nullptr);

    void refresh();
    bool loaded() const { return m_loaded; }
    void setSearch(const QString& text);
    void setFilter(const QString& key, const QVariant& value);
    void sort(int column, Qt::SortOrder order) override;
    // Rows matching the current search, counted in SQL (rowCount() only knows fetched rows).
    int matchingRows() const;
    const core::ListQuery& listQuery() const { return m_query; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    core::Database& m_db;
    core::ListQuery m_query;
    bool m_loaded = false;
};

}  // namespace isms::ui
