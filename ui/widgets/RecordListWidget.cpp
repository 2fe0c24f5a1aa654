#include "RecordListWidget.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
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
    // (Only a press on the header itself counts: a click elsewhere that shows the list does not.)
    m_view->horizontalHeader()->viewport()->installEventFilter(this);
    // The room to fit the columns into is the view's, laid out after this widget's own resize (a
    // list on a tab not shown yet is resized before its view is): fit when the view's room changes.
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_headerPressed) m_sizedByHand = true;
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
    // The room of the list, less a vertical scroll bar's that more rows may yet bring.
    const int room = m_view->viewport()->width() -
                     (m_view->verticalScrollBar()->isVisible()
                          ? 0
                          : m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view));
    // Each column wants what resizing to its content gives, and needs at least its heading.
    // The room is shared out from the narrowest want up: a column that wants less than an even
    // share of what is left gets all it wants, the rest share the remainder evenly — so the
    // long texts are cut last, and never for a column that has nothing to show.
    struct Want {
        int wanted;
        int least;
        int column;
    };
    // A text is never cut to fewer than some eight characters: past that the list scrolls
    // sideways rather than show "檢視…".
    const int readable = m_view->fontMetrics().horizontalAdvance(QStringLiteral("資通安全管理制度"));
    QList<Want> wants;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_view->isColumnHidden(c)) continue;
        m_view->resizeColumnToContents(c);
        const int heading = header->sectionSizeHint(c);
        const int wanted = qMax(m_view->columnWidth(c), heading);
        wants.append({wanted, qMax(heading, qMin(wanted, readable)), c});
    }
    std::sort(wants.begin(), wants.end(),
              [](const Want& a, const Want& b) { return a.wanted < b.wanted; });
    int left = room;
    for (qsizetype i = 0; i < wants.size(); ++i) {
        const int share = left / int(wants.size() - i);
        const int width = qMax(wants[i].least, qMin(wants[i].wanted, share));
        m_view->setColumnWidth(wants[i].column, width);
        left -= width;
    }
    m_fitting = false;
}

bool RecordListWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_fitting) fitColumns();
    if (watched == m_view->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    return QWidget::eventFilter(watched, event);
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
