#include "DrillDownView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "RecordListWidget.h"
#include "models/RecordListModel.h"
#include "storage/ListCatalog.h"

namespace isms::ui {

DrillDownView::DrillDownView(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_title(new QLabel(this)), m_body(new QVBoxLayout) {
    auto* backButton = new QPushButton(tr("← Back to the dashboard"), this);
    backButton->setObjectName(QStringLiteral("back"));
    backButton->setShortcut(QKeySequence::Back);
    connect(backButton, &QPushButton::clicked, this, &DrillDownView::back);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(backButton);
    top->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_body, 1);
}

void DrillDownView::clear() {
    delete m_list;
    delete m_rows;
    m_list = nullptr;
    m_rows = nullptr;
}

void DrillDownView::showList(const QString& title, const core::DashboardService::DrillDown& drill) {
    clear();
    m_title->setText(title);
    m_list = new RecordListWidget(m_db, core::ListCatalog::definition(drill.list), this);
    for (auto it = drill.filters.cbegin(); it != drill.filters.cend(); ++it)
        m_list->model()->setFilter(it.key(), it.value());
    m_list->refresh();
    m_body->addWidget(m_list);
}

void DrillDownView::showRows(const QString& title, const QStringList& headers,
                             const QList<QStringList>& rows) {
    clear();
    m_title->setText(title);
    m_rows = new QTableWidget(int(rows.size()), int(headers.size()), this);
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_body->addWidget(m_rows);
}

QString DrillDownView::title() const {
    return m_title->text();
}

int DrillDownView::count() const {
    if (m_list) return m_list->model()->matchingRows();
    return m_rows ? m_rows->rowCount() : 0;
}

}  // namespace isms::ui
