#include "ReviewsPage.h"

#include "RecordListWidget.h"
#include "RecordPage.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace isms::ui {

namespace {
QString stateText(core::ReviewSchedule::State s) {
    // A symbol as well as the word, for grey print and colour-blind readers.
    const QString label = core::EnumLabels::label(core::ReviewCalendar::stateKey(s));
    switch (s) {
    case core::ReviewSchedule::State::Overdue:
    case core::ReviewSchedule::State::NeverDone: return QStringLiteral("✖ ") + label;
    case core::ReviewSchedule::State::DueSoon: return QStringLiteral("▲ ") + label;
    case core::ReviewSchedule::State::Scheduled: break;
    }
    return QStringLiteral("— ") + label;
}
}  // namespace

ReviewsPage::ReviewsPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_agenda(new QTableWidget(this)),
      m_owner(new QComboBox(this)),
      m_unit(new QComboBox(this)),
      m_lists(new RecordPage(db, {QStringLiteral("review_cycles"), QStringLiteral("reviews")}, this)) {
    m_agenda->setColumnCount(6);
    m_agenda->setHorizontalHeaderLabels({tr("Due"), tr("State"), tr("Kind"), tr("Subject"), tr("Owner"), tr("Unit")});
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->verticalHeader()->hide();
    auto* done = new QPushButton(tr("Mark done…"), this);
    auto* open = new QPushButton(tr("Open"), this);
    const auto& s = db.session();
    done->setEnabled(s.signedIn && core::UserRole::allows(s.role, core::UserRole::Permission::EditRecords));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Next 90 days and everything overdue — owner:"), this));
    top->addWidget(m_owner);
    top->addWidget(new QLabel(tr("unit:"), this));
    top->addWidget(m_unit);
    top->addStretch(1);
    top->addWidget(open);
    top->addWidget(done);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agenda);
    split->addWidget(m_lists);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReviewsPage::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReviewsPage::refresh);
    connect(done, &QPushButton::clicked, this, &ReviewsPage::askDone);
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_agenda->currentRow()); });
    connect(m_agenda, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    refresh();
}

void ReviewsPage::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void ReviewsPage::refresh() {
    const auto all = core::ReviewCalendar(m_db).agenda(QDate::currentDate());
    // Owners and units to filter by are the ones on the agenda.
    for (QComboBox* box : {m_owner, m_unit}) {
        const QSignalBlocker block(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(tr("All"), QString());
        QStringList names;
        for (const auto& i : all) names << (box == m_owner ? i.owner : i.unit);
        names.removeAll(QString());
        names.removeDuplicates();
        names.sort();
        for (const QString& n : names) box->addItem(n, n);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    }
    m_items.clear();
    for (const auto& i : all) {
        if (!m_owner->currentData().toString().isEmpty() && i.owner != m_owner->currentData().toString()) continue;
        if (!m_unit->currentData().toString().isEmpty() && i.unit != m_unit->currentData().toString()) continue;
        m_items << i;
    }
    m_agenda->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const auto& i = m_items[row];
        const QStringList cells{core::Language::shortDate(i.nextDue), stateText(i.state), core::EnumLabels::label(i.kind),
                                i.title, i.owner, i.unit};
        for (int c = 0; c < cells.size(); ++c) m_agenda->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_agenda->resizeColumnsToContents();
    m_agenda->horizontalHeader()->setStretchLastSection(true);
    for (RecordListWidget* list : m_lists->lists()) list->refresh();
}

bool ReviewsPage::markDone(int row, const QDate& on, const QString& by, QString* message) {
    if (row < 0 || row >= m_items.size() || m_items[row].cycleId == 0) {
        *message = tr("Choose a review cycle on the agenda (a measurement is done by recording it).");
        return false;
    }
    try {
        core::ReviewCalendar(m_db).complete(m_items[row].cycleId, on, by, QString());
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

void ReviewsPage::openRow(int row) {
    if (row < 0 || row >= m_items.size()) return;
    const QString kind = m_items[row].kind;
    if (kind == QStringLiteral("document")) Q_EMIT openArea(QStringLiteral("policies"));
    else if (kind == QStringLiteral("objective")) Q_EMIT openArea(QStringLiteral("objectives"));
    else if (kind == QStringLiteral("drill")) Q_EMIT openArea(QStringLiteral("drills"));
    else if (kind == QStringLiteral("internal_audit")) Q_EMIT openArea(QStringLiteral("audits"));
    else if (kind == QStringLiteral("management_review")) Q_EMIT openArea(QStringLiteral("meetings"));
}

void ReviewsPage::askDone() {
    bool ok = false;
    const QString by = QInputDialog::getText(this, tr("Mark done"), tr("Done today by:"), QLineEdit::Normal,
                                             m_db.session().displayName, &ok);
    if (!ok) return;
    QString message;
    if (!markDone(m_agenda->currentRow(), QDate::currentDate(), by, &message)) QMessageBox::warning(this, tr("Mark done"), message);
}

}  // namespace isms::ui
