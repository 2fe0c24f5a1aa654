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
    // Sizes the columns to what they show: short ones to their content, the long ones sharing
    // the room left, never an empty column taking it. Done after each read and as the list is
    // resized, until the user sizes a column by hand.
    void fitColumns();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();
    void firstLoad();

    RecordListModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QLabel* m_count;
    bool m_fitting = false;
    bool m_sizedByHand = false;
    bool m_headerPressed = false;  // a column's edge may be being dragged
};

}  // namespace isms::ui
