#include "RecordListWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QResizeEvent>
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
    m_view->setWordWrap(definition.wraps);
    m_view->verticalHeader()->hide();
    if (definition.wraps)
        m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A column dragged to a width of the user's own keeps it: the list no longer fits itself.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QApplication::mouseButtons() != Qt::NoButton) m_sizedByHand = true;
    });

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
    for (int c = 0; c < definition.columns.size(); ++c) {
        if (!definition.columns[c].shown || !definition.columns[c].onScreen) m_view->hideColumn(c);
    }
}

void RecordListWidget::fitColumns() {
    if (m_sizedByHand || !m_model->loaded()) return;
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width();
    // A column may take up to 40% of the list (wrapping lists: 50%), and at least its heading.
    const int widest = qMax(160, room * (m_view->wordWrap() ? 5 : 4) / 10);
    QList<int> cut;  // columns whose content is wider than they may be
    QList<int> wanted(m_model->columnCount(), 0);
    int used = 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_view->isColumnHidden(c)) continue;
        // What resizing to contents gives (QTableView's size hint for the column is protected).
        m_view->resizeColumnToContents(c);
        const int content = qMax(m_view->columnWidth(c), header->sectionSizeHint(c));
        wanted[c] = content;
        const int width = qMin(content, widest);
        if (content > width) cut << c;
        m_view->setColumnWidth(c, width);
        used += width;
    }
    // The room left goes to the columns that were cut, in proportion to what they lack; with
    // none cut, to the last column that has something in it.
    int left = room - used;
    if (left > 0 && !cut.isEmpty()) {
        int lacking = 0;
        for (int c : cut) lacking += wanted[c] - m_view->columnWidth(c);
        for (int c : cut) {
            const int lack = wanted[c] - m_view->columnWidth(c);
            const int extra = m_view->wordWrap() ? left * lack / qMax(1, lacking)
                                                 : qMin(lack, left * lack / qMax(1, lacking));
            m_view->setColumnWidth(c, m_view->columnWidth(c) + extra);
        }
    }
    m_fitting = false;
}

void RecordListWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

void RecordListWidget::refresh() {
    // Keep the same record chosen across a reload (by id, column 0), so a page can act on it again.
    const QModelIndex current = m_view->currentIndex();
    const QVariant id =
        current.isValid() ? m_model->index(current.row(), 0).data(Qt::EditRole) : QVariant();
    const bool first = !m_model->loaded();
    m_model->refresh();
    if (first) firstLoad();
    fitColumns();
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
