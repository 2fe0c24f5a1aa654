#include "DashboardPage.h"

#include <QAbstractItemView>

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "DashboardLoader.h"
#include "widgets/ListMenu.h"
#include "DashboardReport.h"
#include "JournaledText.h"
#include "PlanReports.h"
#include "PolicyPrinting.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "widgets/Availability.h"
#include "widgets/DashboardCharts.h"
#include "widgets/DrillDownView.h"
#include "widgets/ExportFile.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/StatusStyle.h"

namespace isms::ui {

namespace {
void addRow(QTableWidget* t, const QStringList& cells) {
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) t->setItem(row, c, new QTableWidgetItem(cells[c]));
}
}  // namespace

DashboardPage::DashboardPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_year(new QComboBox(this)),
      m_stack(new QStackedWidget(this)),
      m_scroll(new QScrollArea(this)),
      m_drill(new DrillDownView(db, this)),
      m_loader(new DashboardLoader(db.path(), db.password(), this)) {
    const int thisYear = core::Clock::today().year();
    for (int year = thisYear + 1; year >= thisYear - 10; --year) {
        m_year->addItem(core::Language::isChinese()
                            ? tr("%1 (ROC year)").arg(year - core::RocDate::kYearOffset)
                            : QString::number(year),
                        year);
    }
    m_year->setCurrentIndex(m_year->findData(thisYear));
    auto* printButton = new QPushButton(tr("Print…"), this);
    auto* exportButton = new QPushButton(tr("Export PDF…"), this);
    // Nothing to print until the figures are in.
    m_outputs = {printButton, exportButton};
    printButton->setObjectName(QLatin1String(Page::kPrint));
    exportButton->setObjectName(QLatin1String(Page::kExport));
    for (QPushButton* b : m_outputs)
        Availability::set(b, tr("The figures are still being computed; this takes a moment."));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(printButton);
    top->addWidget(exportButton);
    m_scroll->setWidgetResizable(true);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_drill);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(printButton, &QPushButton::clicked, this, &DashboardPage::print);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::askExport);
    connect(m_drill, &DrillDownView::back, this, &DashboardPage::back);
    connect(m_loader, &DashboardLoader::finished, this, &DashboardPage::computed);
    // Nothing is read until the page is shown (showEvent): the main window shows sooner.
}

void DashboardPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void DashboardPage::reload() {
    // Records may have changed on another page or another workstation. A list behind a figure is
    // shown again from today's figures (its title says the figure); otherwise the figures are
    // computed behind the shown page, and what it showed before stays until they are in.
    if (drilledDown()) {
        refresh();
        if (!m_drillKey.isEmpty()) drillDown(m_drillKey);
        return;
    }
    {
        m_waitingFor = m_loader->request(m_year->currentData().toInt(), core::Clock::today());
        if (!m_scroll->widget()) {
            auto* computing = new QLabel(tr("Computing the figures…"));
            computing->setObjectName(QStringLiteral("computing"));
            computing->setAlignment(Qt::AlignCenter);
            m_scroll->setWidget(computing);
        }
    }
}

void DashboardPage::refresh() {
    m_waitingFor = 0;  // what the loader brings back now would be older than this
    display(
        core::DashboardService(m_db).compute(m_year->currentData().toInt(), core::Clock::today()));
}

bool DashboardPage::computing() const {
    return m_waitingFor != 0;
}

void DashboardPage::computed(int request, const core::DashboardService::Figures& figures,
                             const QString& error) {
    if (request != m_waitingFor) return;
    if (!error.isEmpty()) {
        // A connection of its own can be refused (a server's connection limit): the page's own
        // connection computes them instead.
        refresh();
        return;
    }
    m_waitingFor = 0;
    display(figures);
}

void DashboardPage::display(const core::DashboardService::Figures& figures) {
    m_figures = figures;
    m_links.clear();
    delete m_scroll->takeWidget();
    m_scroll->setWidget(build());
    // The tables are made anew with each computation: each gets its list menu as the page's
    // other lists did when the page was built (ListMenu::install keeps one per list).
    QAbstractItemView* main = mainList();
    for (QAbstractItemView* list : lists())
        ListMenu::install(list, list == main ? button(Page::kOpen) : nullptr, deleteButtonFor(list));
    for (QPushButton* b : m_outputs) Availability::set(b, QString());
    emit figuresShown();
}

QLabel* DashboardPage::figure(const QString& name) const {
    return m_links.value(name);
}
bool DashboardPage::drilledDown() const {
    return m_stack->currentWidget() == m_drill;
}

void DashboardPage::back() {
    m_stack->setCurrentWidget(m_scroll);
    refresh();
}

QLabel* DashboardPage::link(const QString& key, const QString& text) {
    auto* label =
        new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(key, text.toHtmlEscaped()));
    label->setObjectName(key);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setToolTip(tr("Show the list behind this figure"));
    connect(label, &QLabel::linkActivated, this, &DashboardPage::drillDown);
    m_links.insert(key, label);
    return label;
}

QWidget* DashboardPage::build() {
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(objectivesBox(), 0, 0, 1, 2);
    grid->addWidget(planBox(), 1, 0);
    grid->addWidget(reviewsBox(), 1, 1);
    grid->addWidget(drillsBox(), 2, 0);
    auto* side = new QVBoxLayout;
    side->addWidget(auditsBox());
    side->addWidget(policyBox());
    side->addStretch(1);
    grid->addLayout(side, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return content;
}

QGroupBox* DashboardPage::objectivesBox() {
    auto* box = new QGroupBox(tr("Objectives"));
    auto open = [this](const QString& key) { drillDown(key); };
    QChartView* chart = DashboardCharts::objectiveStatus(m_figures.objectiveStatus, open, box);
    chart->setObjectName(QStringLiteral("objective_status_chart"));
    chart->setMinimumWidth(360);
    QTableWidget* t = ReadOnlyTable::create(
        {tr("No."), tr("Indicator"), tr("Latest"), tr("Target"), tr("Status"), tr("Trend")}, box);
    t->setObjectName(QStringLiteral("objectives"));
    for (const auto& o : m_figures.objectives) {
        addRow(t, {QString::number(o.number), o.indicator.isEmpty() ? o.text : o.indicator,
                   reports::DashboardReport::objectiveValue(o), reports::DashboardReport::target(o),
                   StatusStyle::text(o.status)});
        t->item(t->rowCount() - 1, 4)->setForeground(StatusStyle::colour(o.status));
        if (o.trend.size() > 1)
            t->setCellWidget(t->rowCount() - 1, 5, DashboardCharts::trend(o.trend, o.target, t));
        t->setRowHeight(t->rowCount() - 1, 48);
    }
    t->resizeColumnsToContents();
    t->setColumnWidth(5, 156);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->setMinimumHeight(qMin(8, int(m_figures.objectives.size())) * 48 +
                        t->horizontalHeader()->sizeHint().height() + 4);
    t->setToolTip(tr("Click an objective for its measurements, or for the records a value computed now counts"));
    connect(t, &QTableWidget::cellClicked, this, [this](int row) {
        if (row >= 0 && row < m_figures.objectives.size()) {
            drillDown(m_figures.objectives[row].drillKey());
        }
    });
    auto* layout = new QHBoxLayout(box);
    layout->addWidget(chart);
    layout->addWidget(t, 1);
    return box;
}

QGroupBox* DashboardPage::planBox() {
    auto* box = new QGroupBox(tr("Action plan"));
    auto* layout = new QVBoxLayout(box);
    QChartView* chart = DashboardCharts::actionItems(
        m_figures.itemsByStatus, [this](const QString& k) { drillDown(k); }, box);
    layout->addWidget(chart);
    auto* overdue = new QHBoxLayout;
    overdue->addWidget(new QLabel(tr("Overdue:"), box));
    overdue->addWidget(
        link(QStringLiteral("items_overdue"), QString::number(m_figures.itemsOverdue)));
    if (m_figures.itemsOverdue > 0) {
        auto* oldest = new QLabel(tr("oldest: %1, due %2")
                                      .arg(m_figures.oldestOverdue,
                                           core::Language::shortDate(m_figures.oldestOverdueDue)),
                                  box);
        oldest->setWordWrap(true);
        overdue->addWidget(oldest, 1);
    } else {
        overdue->addStretch(1);
    }
    layout->addLayout(overdue);
    QTableWidget* units =
        ReadOnlyTable::create({tr("Unit"), tr("Done / items"), tr("Completion")}, box);
    units->setObjectName(QStringLiteral("units"));
    for (const auto& u : m_figures.units) {
        addRow(units,
               {u.unit, QStringLiteral("%1 / %2").arg(u.done).arg(u.items),
                QStringLiteral("%1%").arg(u.items > 0 ? qRound(100.0 * u.done / u.items) : 0)});
    }
    units->resizeColumnsToContents();
    units->horizontalHeader()->setStretchLastSection(true);
    units->setToolTip(tr("Click a unit for its action items"));
    connect(units, &QTableWidget::cellClicked, this, [this](int row) {
        if (row >= 0 && row < m_figures.units.size())
            drillDown(QStringLiteral("items_unit:%1").arg(m_figures.units[row].unitId));
    });
    layout->addWidget(units);
    return box;
}

QGroupBox* DashboardPage::reviewsBox() {
    auto* box = new QGroupBox(tr("Reviews"));
    auto* layout = new QVBoxLayout(box);
    auto* figures = new QHBoxLayout;
    figures->addWidget(new QLabel(tr("✖ Overdue:"), box));
    figures->addWidget(
        link(QStringLiteral("reviews_overdue"), QString::number(m_figures.reviewsOverdue)));
    figures->addSpacing(24);
    figures->addWidget(new QLabel(tr("▲ Due in the next 60 days:"), box));
    figures->addWidget(link(QStringLiteral("reviews_due"), QString::number(m_figures.reviewsDue)));
    figures->addStretch(1);
    layout->addLayout(figures);
    // The Reviews page lists the objectives' measurements too: the figures here are the cycles.
    auto* scope =
        new QLabel(tr("Review cycles only: the objectives' measurements due are shown with "
                      "the objectives, and with everything else on the Reviews page."),
                   box);
    scope->setWordWrap(true);
    layout->addWidget(scope);
    QTableWidget* t =
        ReadOnlyTable::create({tr("Due"), tr("State"), tr("Subject"), tr("Owner")}, box);
    for (const auto& r : m_figures.reviews) {
        addRow(t, {core::Language::shortDate(r.nextDue),
                   core::EnumLabels::label(core::ReviewCalendar::stateKey(r.state)), r.title,
                   r.owner});
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(t);
    return box;
}

QGroupBox* DashboardPage::drillsBox() {
    auto* box = new QGroupBox(tr("Social-engineering drills, last four half-years"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(DashboardCharts::drills(
        m_figures.drills, [this](const QString& k) { drillDown(k); }, box));
    // The verdicts in words below the bars: a bar's height alone does not say pass or fail.
    QStringList verdicts;
    for (const auto& h : m_figures.drills) {
        verdicts << tr("%1: %2").arg(reports::DashboardReport::halfYear(h.year, h.half),
                                     reports::DashboardReport::drillVerdict(h));
    }
    auto* summary = new QLabel(verdicts.join(QStringLiteral(" · ")), box);
    summary->setObjectName(QStringLiteral("drill_verdicts"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    return box;
}

QGroupBox* DashboardPage::auditsBox() {
    auto* box = new QGroupBox(tr("Internal audits"));
    auto* form = new QGridLayout(box);
    int row = 0;
    for (const char* k : {"major", "minor", "observation", "opportunity"}) {
        const QString kind = QString::fromLatin1(k);
        form->addWidget(new QLabel(tr("Open: %1").arg(core::EnumLabels::label(kind)), box), row, 0);
        form->addWidget(link(QStringLiteral("findings:") + kind,
                             QString::number(m_figures.openFindings.value(kind))),
                        row++, 1);
    }
    form->addWidget(new QLabel(tr("Overdue corrective actions:"), box), row, 0);
    form->addWidget(
        link(QStringLiteral("corrective_overdue"), QString::number(m_figures.correctiveOverdue)),
        row, 1);
    form->setColumnStretch(2, 1);
    return box;
}

QGroupBox* DashboardPage::policyBox() {
    auto* box = new QGroupBox(tr("Policy in force"));
    auto* form = new QGridLayout(box);
    int row = 0;
    for (const auto& p : m_figures.policies) {
        const QString next =
            p.nextVersion.isEmpty()
                ? QString()
                : tr("Version %1 takes effect on %2.")
                      .arg(p.nextVersion, core::Language::longDate(p.nextEffective));
        auto* text =
            new QLabel(tr("%1 version %2, in force since %3")
                               .arg(p.code, p.version, core::Language::longDate(p.effectiveDate)) +
                           (next.isEmpty() ? QString() : QStringLiteral("<br>") + next),
                       box);
        text->setObjectName(QStringLiteral("policy_in_force"));
        text->setWordWrap(true);
        form->addWidget(text, row++, 0, 1, 3);
        form->addWidget(new QLabel(tr("Acknowledged by:"), box), row, 0);
        form->addWidget(link(QStringLiteral("acknowledgements:%1").arg(p.versionId),
                             reports::DashboardReport::coverage(p)),
                        row++, 1);
    }
    if (m_figures.policies.isEmpty())
        form->addWidget(new QLabel(tr("No policy is in force."), box), 0, 0);
    form->setColumnStretch(2, 1);
    return box;
}

QString DashboardPage::titleOf(const QString& key) const {
    const QStringList part = key.split(QLatin1Char(':'));
    const QString year = reports::PlanReports::yearText(m_figures.year);
    if (part[0] == QStringLiteral("items_status"))
        return tr("Action items %1: %2").arg(year, core::EnumLabels::label(part.value(1)));
    if (part[0] == QStringLiteral("items_overdue")) return tr("Action items %1: overdue").arg(year);
    if (part[0] == QStringLiteral("items_unit")) {
        for (const auto& u : m_figures.units) {
            if (QString::number(u.unitId) == part.value(1))
                return tr("Action items %1: %2").arg(year, u.unit);
        }
    }
    if (part[0] == QStringLiteral("measurements")) {
        for (const auto& o : m_figures.objectives) {
            if (QString::number(o.objectiveId) == part.value(1))
                return tr("Measurements of objective %1").arg(o.number);
        }
    }
    if (part[0] == QStringLiteral("source")) {
        for (const auto& o : m_figures.objectives) {
            if (o.live && o.drillKey() == key) {
                return tr("Objective %1: what %2 is computed from — %3")
                    .arg(o.number)
                    .arg(reports::DashboardReport::objectiveValue(o), o.basis);
            }
        }
    }
    if (part[0] == QStringLiteral("findings"))
        return tr("Open findings: %1").arg(core::EnumLabels::label(part.value(1)));
    if (part[0] == QStringLiteral("corrective_overdue")) return tr("Overdue corrective actions");
    if (part[0] == QStringLiteral("drills")) {
        return tr("Drills of %1")
            .arg(reports::DashboardReport::halfYear(part.value(1).toInt(), part.value(2).toInt()));
    }
    if (part[0] == QStringLiteral("acknowledgements"))
        return tr("Acknowledgements of the policy in force");
    return {};
}

void DashboardPage::drillDown(const QString& key) {
    m_drillKey = key;
    const QStringList part = key.split(QLatin1Char(':'));
    if (part[0] == QStringLiteral("objectives_status")) {
        QList<QStringList> rows;
        QString label;
        for (const auto& o : m_figures.objectives) {
            if (core::ObjectiveStatus::key(o.status) != part.value(1)) continue;
            label = StatusStyle::text(o.status);
            rows << QStringList{QString::number(o.number), o.text,
                                reports::DashboardReport::objectiveValue(o),
                                reports::DashboardReport::target(o)};
        }
        m_drill->showRows(tr("Objectives: %1").arg(label.isEmpty() ? part.value(1) : label),
                          {tr("No."), tr("Objective"), tr("Latest"), tr("Target")}, rows);
    } else if (part[0] == QStringLiteral("reviews_overdue") ||
               part[0] == QStringLiteral("reviews_due")) {
        const bool late = part[0] == QStringLiteral("reviews_overdue");
        QList<QStringList> rows;
        for (const auto& r : m_figures.reviews) {
            const bool overdue = r.state == core::ReviewSchedule::State::Overdue ||
                                 r.state == core::ReviewSchedule::State::NeverDone;
            if (overdue != late) continue;
            rows << QStringList{core::Language::shortDate(r.nextDue),
                                core::EnumLabels::label(r.kind), r.title, r.owner, r.unit};
        }
        m_drill->showRows(late ? tr("Reviews overdue") : tr("Reviews due in the next 60 days"),
                          {tr("Due"), tr("Kind"), tr("Subject"), tr("Owner"), tr("Unit")}, rows);
    } else {
        const auto drill = core::DashboardService::drillDown(key, m_figures.year, m_figures.today);
        if (drill.list.isEmpty()) return;
        m_drill->showList(titleOf(key), drill);
    }
    m_stack->setCurrentWidget(m_drill);
}

bool DashboardPage::exportPdf(const QString& file, QString* message) const {
    try {
        *message = reports::JournaledText::missingNote(
            reports::DashboardReport::build(m_db, m_figures).writePdf(file));
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    return true;
}

void DashboardPage::print() {
    PolicyPrinting::preview(reports::DashboardReport::build(m_db, m_figures), this);
}

void DashboardPage::askExport() {
    ExportFile::save(
        this, tr("Export dashboard"), ExportFile::dated(tr("dashboard")), tr("PDF (*.pdf)"),
        [this](const QString& file, QString* message) { return exportPdf(file, message); });
}

}  // namespace isms::ui
