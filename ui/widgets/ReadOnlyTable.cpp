#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace isms::ui {

QTableWidget* ReadOnlyTable::create(const QStringList& headers, QWidget* parent, const QString& name) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    if (!name.isEmpty()) t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void ReadOnlyTable::fill(QTableWidget* table, const QList<QStringList>& rows) {
    static const QRegularExpression number(QStringLiteral("^-?[0-9][0-9.,]*%?$"));
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (number.match(rows[r][c]).hasMatch()) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

}  // namespace isms::ui
