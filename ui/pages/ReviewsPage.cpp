#include "ReviewsPage.h"

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

#include "dialogs/PeopleChoices.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "storage/Database.h"
#include "widgets/Availability.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

namespace isms::ui {

namespace {
QString stateText(core::ReviewSchedule::State s) {
    // A symbol as well as the word, for grey print and colour-blind readers.
    const QString label = core::EnumLabels::label(core::ReviewCalendar::stateKey(s));
    switch (s) {
        case core::ReviewSchedule::State::Overdue:
        case core::ReviewSchedule::State::NeverDone:
            return QStringLiteral("✖ ") + label;
        case core::ReviewSchedule::State::DueSoon:
            return QStringLiteral("▲ ") + label;
        case core::ReviewSchedule::State::Scheduled:
            break;
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
      m_lists(
          new RecordPage(db, {QStringLiteral("review_cycles"), QStringLiteral("reviews")}, this)) {
    m_agenda->setColumnCount(6);
    m_agenda->setHorizontalHeaderLabels(
        {tr("Due"), tr("State"), tr("Kind"), tr("Subject"), tr("Owner"), tr("Unit")});
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->verticalHeader()->hide();
    auto* done = new QPushButton(tr("Mark done…"), this);
    auto* open = new QPushButton(tr("Open"), this);
    auto* newCycle = new QPushButton(tr("New cycle…"), this);
    newCycle->setToolTip(tr(
        "A review cycle of your own: what is reviewed, how often, by whom, with what lead time."));
    auto* editCycle = new QPushButton(tr("Edit cycle…"), this);
    newCycle->setObjectName(QLatin1String(Page::kNew));
    open->setObjectName(QLatin1String(Page::kOpen));
    editCycle->setToolTip(
        tr("Change the interval, lead time or owner of the cycle chosen in the list of review "
           "cycles."));
    for (QPushButton* b : {done, newCycle, editCycle})
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Next 90 days and everything overdue — owner:"), this));
    top->addWidget(m_owner);
    top->addWidget(new QLabel(tr("unit:"), this));
    top->addWidget(m_unit);
    top->addStretch(1);
    top->addWidget(open);
    top->addWidget(done);
    top->addWidget(newCycle);
    top->addWidget(editCycle);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agenda);
    split->addWidget(m_lists);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ReviewsPage::refresh);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ReviewsPage::refresh);
    connect(done, &QPushButton::clicked, this, &ReviewsPage::askDone);
    connect(newCycle, &QPushButton::clicked, this, [this] { askCycle(QStringLiteral("new")); });
    connect(editCycle, &QPushButton::clicked, this, [this] { askCycle(QStringLiteral("edit")); });
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_agenda->currentRow()); });
    connect(m_agenda, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    m_agenda->setProperty(ListMenu::kOpensItself, true);
    // Read when shown (showEvent), so building the window reads nothing for this page.
}

void ReviewsPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void ReviewsPage::reload() {
    refresh();
}

void ReviewsPage::refresh() {
    const auto all = core::ReviewCalendar(m_db).agenda(core::Clock::today());
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
        if (!m_owner->currentData().toString().isEmpty() &&
            i.owner != m_owner->currentData().toString())
            continue;
        if (!m_unit->currentData().toString().isEmpty() &&
            i.unit != m_unit->currentData().toString())
            continue;
        m_items << i;
    }
    m_agenda->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const auto& i = m_items[row];
        const QStringList cells{core::Language::shortDate(i.nextDue),
                                stateText(i.state),
                                core::EnumLabels::label(i.kind),
                                i.title,
                                i.owner,
                                i.unit};
        for (int c = 0; c < cells.size(); ++c)
            m_agenda->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_agenda->resizeColumnsToContents();
    m_agenda->horizontalHeader()->setStretchLastSection(true);
    for (RecordListWidget* list : m_lists->lists()) list->refresh();
}

bool ReviewsPage::markDone(int row, const QDate& on, const QString& by, QString* message) {
    if (row < 0 || row >= m_items.size() || m_items[row].cycleId == 0) {
        *message =
            tr("Choose a review cycle on the agenda (a measurement is done by recording it).");
        return false;
    }
    try {
        core::ReviewCalendar(m_db).complete(m_items[row].cycleId, m_items[row].cycleRowVersion, on,
                                            by, QString());
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
    if (kind == QStringLiteral("document"))
        Q_EMIT openArea(QStringLiteral("policies"));
    else if (kind == QStringLiteral("objective"))
        Q_EMIT openArea(QStringLiteral("objectives"));
    else if (kind == QStringLiteral("drill"))
        Q_EMIT openArea(QStringLiteral("drills"));
    else if (kind == QStringLiteral("internal_audit"))
        Q_EMIT openArea(QStringLiteral("audits"));
    else if (kind == QStringLiteral("management_review"))
        Q_EMIT openArea(QStringLiteral("meetings"));
}

void ReviewsPage::askDone() {
    bool ok = false;
    const QString by = QInputDialog::getText(this, tr("Mark done"), tr("Done today by:"),
                                             QLineEdit::Normal, m_db.session().displayName, &ok);
    if (!ok) return;
    QString message;
    if (!markDone(m_agenda->currentRow(), core::Clock::today(), by, &message))
        QMessageBox::warning(this, tr("Mark done"), message);
}

qint64 ReviewsPage::selectedCycle() const {
    for (RecordListWidget* w : m_lists->lists()) {
        if (w->objectName() != QStringLiteral("review_cycles")) continue;
        const QModelIndex current = w->view()->currentIndex();
        return current.isValid()
                   ? w->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong()
                   : 0;
    }
    return 0;
}

FieldsDialog* ReviewsPage::cycleForm(const QString& step) {
    using Kind = FieldsDialog::Field::Kind;
    core::ReviewCalendar::Cycle c;
    if (step == QStringLiteral("edit")) {
        m_formCycle = selectedCycle();
        if (m_formCycle == 0) return nullptr;
        try {
            c = core::ReviewCalendar(m_db).cycle(m_formCycle);
        } catch (const core::Error& e) {
            QMessageBox::warning(this, tr("Reviews"), e.message());
            return nullptr;
        }
        m_formVersion = c.rowVersion;
    }
    return new FieldsDialog(
        step == QStringLiteral("edit") ? tr("Edit review cycle") : tr("New review cycle"),
        tr("The next due date follows from the last time it was done; it shows as due soon "
           "within the lead time."),
        {{QStringLiteral("title"), tr("Subject:"), Kind::Text, {}, c.title},
         {QStringLiteral("interval"), tr("Every (months):"), Kind::Number, {}, c.intervalMonths},
         {QStringLiteral("lead"), tr("Lead time (days):"), Kind::Number, {}, c.leadDays},
         {QStringLiteral("owner"), tr("Owner:"), Kind::Choice, PeopleChoices::withPrompt(m_db),
          c.ownerPersonId},
         {QStringLiteral("trigger"), tr("Also when:"), Kind::Text, {}, c.trigger}},
        this);
}

bool ReviewsPage::saveCycle(const QString& step, const FieldsDialog::Values& v, QString* message) {
    core::ReviewCalendar::Cycle c{v.value(QStringLiteral("title")).toString(),
                                  v.value(QStringLiteral("interval")).toInt(),
                                  v.value(QStringLiteral("lead")).toInt(),
                                  v.value(QStringLiteral("owner")).toLongLong(),
                                  v.value(QStringLiteral("trigger")).toString(),
                                  m_formVersion};
    try {
        core::ReviewCalendar calendar(m_db);
        if (step == QStringLiteral("edit")) {
            calendar.updateCycle(m_formCycle, c);
        } else {
            calendar.addCustomCycle(c);
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

void ReviewsPage::askCycle(const QString& step) {
    std::unique_ptr<FieldsDialog> dialog(cycleForm(step));
    if (!dialog) {
        if (step == QStringLiteral("edit") && m_formCycle == 0) {
            QMessageBox::information(this, tr("Reviews"),
                                     tr("Choose a cycle in the list of review cycles first."));
        }
        return;
    }
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) {
        return saveCycle(step, values, m);
    });
    dialog->exec();
}

}  // namespace isms::ui
