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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCount();
    void firstLoad();

    RecordListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QLabel* m_count;
};

}  // namespace isms::ui
