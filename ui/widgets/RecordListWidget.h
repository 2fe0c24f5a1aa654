#pragma once

#include <QWidget>

#include "storage/ListDefinition.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListModel;

// One record list: a search field, the lazy table (sorted by clicking a header) and a count.
class RecordListWidget : public QWidget {
    Q_OBJECT
public:
    RecordListWidget(core::Database& db, const core::ListDefinition& definition,
                     QWidget* parent = nullptr);

    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    // Reads the list (the first time too); until then, showing the widget is what loads it.
    void refresh();
    // Sizes the columns to what they show: each to its content within bounds, the room left to
    // the columns whose text was cut, never to an empty one. Done after each read until the
    // user sizes a column by hand.
    void fitColumns();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateCount();
    void firstLoad();

    RecordListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QLabel* m_count;
    bool m_fitting = false;
    bool m_sizedByHand = false;
};

}  // namespace isms::ui
