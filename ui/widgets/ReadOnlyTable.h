#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace isms::ui {

// A small table of text to read, not to edit (coverage, who holds a role, dashboard figures):
// whole rows selected, no row numbers, the last column taking the room left.
class ReadOnlyTable {
public:
    static QTableWidget* create(const QStringList& headers, QWidget* parent, const QString& name = {});
    // Replaces the rows and fits the columns; numbers and percentages align right.
    static void fill(QTableWidget* table, const QList<QStringList>& rows);
};

}  // namespace isms::ui
