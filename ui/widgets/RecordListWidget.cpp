#include "RecordListWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/RecordListModel.h"

namespace isms::ui {

RecordListWidget::RecordListWidget(core::Database& db, const core::ListDefinition& definition,
                                   QWidget* parent)
    : QWidget(parent),
      m_model(new RecordListModel(db, definition, this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)) {
    setObjectName(definition.key);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);

    m_view->setModel(m_model);
    m_model->sort(definition.defaultSortColumn,
                  definition.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // Searching re-runs SQL: wait until typing pauses.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateCount();
    });
    connect(m_model, &RecordListModel::failed, this, [this](const QString& message) {
        m_count->setText(tr("Could not read the list: %1").arg(message));
    });
}

void RecordListWidget::showEvent(QShowEvent* event) {
    if (!m_model->loaded()) refresh();
    QWidget::showEvent(event);
}

void RecordListWidget::firstLoad() {
    // The columns exist once the query has run: show the sort order it used, then let the
    // header sort, and fit the columns to the first rows without letting long text push the
    // rest away.
    const auto& definition = m_model->listQuery().definition();
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(
            definition.defaultSortColumn,
            definition.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_view->setSortingEnabled(true);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < definition.columns.size(); ++c) {
        if (!definition.columns[c].shown) m_view->hideColumn(c);
        if (m_view->columnWidth(c) > 320) m_view->setColumnWidth(c, 320);
    }
}

void RecordListWidget::refresh() {
    // Keep the same record chosen across a reload (by id, column 0), so a page can act on it again.
    const QModelIndex current = m_view->currentIndex();
    const QVariant id =
        current.isValid() ? m_model->index(current.row(), 0).data(Qt::EditRole) : QVariant();
    const bool first = !m_model->loaded();
    m_model->refresh();
    if (first) firstLoad();
    updateCount();
    if (!id.isValid()) return;
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), Qt::EditRole, id, 1, Qt::MatchExactly);
    if (!found.isEmpty()) m_view->setCurrentIndex(found.first().siblingAtColumn(current.column()));
}

void RecordListWidget::updateCount() {
    m_count->setText(tr("%n record(s)", nullptr, m_model->matchingRows()));
}

}  // namespace isms::ui
