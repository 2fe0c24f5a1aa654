#pragma once

#include <QWidget>

#include "services/RaciService.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The RACI matrix as an editable grid: activities down, roles across, each cell R, A, C, I or
// empty, saved as it is chosen. Below it, what breaks the rules (one A, at least one R).
class RaciWidget : public QWidget {
    Q_OBJECT
public:
    explicit RaciWidget(core::Database& db, QWidget* parent = nullptr);

    QTableWidget* grid() const { return m_grid; }
    QLabel* problemsLabel() const { return m_problems; }
    // The choice box of a cell (column 0 is the activity's name).
    QComboBox* cell(int row, int column) const;
    void refresh();
    // A cell as the grid sets it; false with core's reason (the grid is then read again).
    bool setCell(int row, int column, const QString& value, QString* message);

private:
    void addActivity();
    void renameActivity();
    void removeActivity();
    void exportMatrix();
    void showProblems();

    core::Database& m_db;
    core::RaciService::Matrix m_matrix;
    QTableWidget* m_grid;
    QLabel* m_problems;
};

}  // namespace isms::ui
