#pragma once

#include <QWidget>

#include "services/DashboardService.h"

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// The list behind a dashboard figure, with Back: either a record list with the figure's filters
// (lazy, sorted and searched in SQL like every list) or, for figures computed in C++ (objective
// statuses, reviews due), the rows that make up the figure.
class DrillDownView : public QWidget {
    Q_OBJECT
public:
    DrillDownView(core::Database& db, QWidget* parent = nullptr);

    void showList(const QString& title, const core::DashboardService::DrillDown& drill);
    void showRows(const QString& title, const QStringList& headers, const QList<QStringList>& rows);
    QString title() const;
    // How many records the view holds (all matching rows of a list, not only those fetched).
    int count() const;
    RecordListWidget* list() const { return m_list; }
    QTableWidget* rows() const { return m_rows; }

Q_SIGNALS:
    void back();

private:
    void clear();

    core::Database& m_db;
    QLabel* m_title;
    QVBoxLayout* m_body;
    RecordListWidget* m_list = nullptr;
    QTableWidget* m_rows = nullptr;
};

}  // namespace isms::ui
