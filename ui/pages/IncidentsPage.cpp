#include "IncidentsPage.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "IncidentReport.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "services/IncidentService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"
#include "widgets/YearReportButtons.h"

namespace isms::ui {

using Field = FieldsDialog::Field;
using Kind = FieldsDialog::Field::Kind;
using Choices = QList<QPair<QString, QVariant>>;

namespace {

const QString kIncidents = QStringLiteral("incidents");

Choices choicesOf(core::Database& db, const QString& sql, const QString& none) {
    Choices out{{none, 0}};
    QSqlQuery q = core::Sql::run(db.connection(), sql);
    while (q.next()) out.append({q.value(1).toString(), q.value(0)});
    return out;
}

// A moment as a day and a time field; an empty day: not yet.
QDateTime momentOf(const QHash<QString, QVariant>& v, const QString& key) {
    const QDate day = v.value(key + QStringLiteral("_day")).toDate();
    return day.isValid() ? QDateTime(day, v.value(key + QStringLiteral("_time")).toTime()) : QDateTime();
}

}  // namespace

IncidentsPage::IncidentsPage(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_clocks(new QTableWidget(this)), m_lists(new RecordPage(db, {kIncidents}, this)) {
    // Two short rows rather than one long one, so that the page fits a screen at 200 %.
    auto* buttons = new QHBoxLayout;
    auto* more = new QHBoxLayout;
    const QList<QPair<QString, QString>> steps{{QStringLiteral("incident"), tr("Record incident…")},
                                               {QStringLiteral("weakness"), tr("Record weakness…")},
                                               {QStringLiteral("edit"), tr("Edit…")},
                                               {QStringLiteral("link"), tr("Link corrective action…")},
                                               {QStringLiteral("deadlines"), tr("Deadlines…")}};
    for (const auto& [step, text] : steps) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(step == QLatin1String("incident") ? QLatin1String(Page::kNew) : step);
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        (step == QLatin1String("link") || step == QLatin1String("deadlines") ? more : buttons)->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, step] { ask(step); });
    }
    buttons->addStretch(1);
    more->addStretch(1);
    YearReportButtons::add(this, more,
                           {tr("Register report…"), tr("Print register…"), tr("Incident register"), tr("incidents-%1"),
                            tr("PDF documents (*.pdf);;CSV files (*.csv)"),
                            [this](const QString& file, int year, QString* message) { return writeReport(file, year, message); },
                            [this](int year) { return reports::IncidentReport::build(m_db, year); }});

    m_clocks->setColumnCount(5);
    m_clocks->setHorizontalHeaderLabels({tr("Open incident"), tr("Level"), tr("Deadline"), tr("Due"), tr("Where it stands")});
    m_clocks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clocks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clocks->verticalHeader()->hide();
    m_clocks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clocks->horizontalHeader()->setStretchLastSection(true);

    m_clocks->setObjectName(QStringLiteral("clocks"));
    // The clocks run: read again every quarter minute while the page is shown, so that a minute
    // shown is never more than that behind.
    auto* tick = new QTimer(this);
    tick->setInterval(15 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible()) showClocks();
    });
    tick->start();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(more);
    layout->addWidget(new QLabel(tr("Deadlines of the incidents being handled, the most urgent first:"), this));
    layout->addWidget(m_clocks);
    layout->addWidget(m_lists, 1);
    showClocks();
}

void IncidentsPage::showEvent(QShowEvent* event) {
    showClocks();
    QWidget::showEvent(event);
}

qint64 IncidentsPage::selected() const { return m_lists->selectedValue(kIncidents, 0).toLongLong(); }

void IncidentsPage::showClocks() {
    const QDateTime now = core::Clock::nowUtc().toLocalTime();
    QList<QStringList> rows;
    QList<bool> overdue;
    for (const auto& open : core::IncidentService(m_db).open()) {
        for (const auto& clock : open.clocks) {
            if (clock.done.isValid() || !clock.due.isValid()) continue;  // the steps still to take
            const auto state = core::IncidentClock::state(clock, now);
            rows << QStringList{open.title, QString::number(open.level), core::IncidentClock::stepLabel(clock.step),
                                core::Language::shortDateTime(clock.due), core::IncidentClock::describe(clock, now)};
            overdue << (state == core::IncidentClock::State::Overdue);
        }
    }
    m_clocks->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (overdue[r]) item->setForeground(QBrush(Qt::darkRed));
            m_clocks->setItem(r, c, item);
        }
    }
    if (rows.isEmpty()) {
        m_clocks->setRowCount(1);
        m_clocks->setItem(0, 0, new QTableWidgetItem(tr("No incident is being handled.")));
        for (int c = 1; c < 5; ++c) m_clocks->setItem(0, c, new QTableWidgetItem);
    }
    // As tall as its rows, up to four: the register below keeps the room.
    m_clocks->resizeRowsToContents();
    int height = m_clocks->horizontalHeader()->height() + 2 * m_clocks->frameWidth();
    for (int r = 0; r < qMin(4, m_clocks->rowCount()); ++r) height += m_clocks->rowHeight(r);
    m_clocks->setFixedHeight(height);
}

FieldsDialog* IncidentsPage::form(const QString& step) {
    if (step == QStringLiteral("deadlines")) {
        const auto d = core::IncidentService(m_db).deadlines();
        return new FieldsDialog(tr("Incident deadlines"),
                                tr("The deadlines incidents are held to (資通安全事件通報及應變辦法): reporting after becoming "
                                   "known, damage control or recovery by level, and the investigation report after recovery."),
                                {{QStringLiteral("report"), tr("Report within (hours):"), Kind::Decimal, {}, d.reportHours},
                                 {QStringLiteral("low"), tr("Damage control or recovery, levels 1–2 (hours):"), Kind::Decimal, {}, d.recoveryHoursLow},
                                 {QStringLiteral("high"), tr("Damage control or recovery, levels 3–4 (hours):"), Kind::Decimal, {}, d.recoveryHoursHigh},
                                 {QStringLiteral("months"), tr("Investigation report (months after damage control or recovery):"), Kind::Number, {},
                                  d.investigationMonths}},
                                this);
    }
    if (step == QStringLiteral("link")) {
        const Choices actions = choicesOf(
            m_db,
            QStringLiteral("SELECT c.id, c.id || '. ' || c.action FROM corrective_actions c ORDER BY c.id DESC LIMIT 500"),
            tr("(choose)"));
        return new FieldsDialog(tr("Link corrective action"),
                                tr("A corrective action taken for %1 (recorded on the Audits page).")
                                    .arg(core::IncidentService(m_db).incident(selected()).title),
                                {{QStringLiteral("action"), tr("Corrective action:"), Kind::Choice, actions, 0}}, this);
    }
    core::IncidentService::Incident i;
    const bool edit = step == QStringLiteral("edit");
    if (edit && selected() != 0) i = core::IncidentService(m_db).incident(selected());
    else i.weakness = step == QStringLiteral("weakness");
    const QDateTime now = core::Clock::nowUtc().toLocalTime();
    const QTime minute(now.time().hour(), now.time().minute());
    Choices levels;
    for (int level = 1; level <= 4; ++level) levels.append({tr("Level %1").arg(level), level});
    Choices categories;
    for (const QString& key : core::IncidentClock::categories()) categories.append({core::EnumLabels::label(key), key});
    const Choices people = choicesOf(m_db, QStringLiteral("SELECT id, name FROM people ORDER BY name"), tr("(none)"));
    const Choices systems = choicesOf(m_db, QStringLiteral("SELECT id, name FROM core_systems ORDER BY name"), tr("(none)"));
    const auto day = [](const QDateTime& t) { return t.isValid() ? QVariant(t.date()) : QVariant(QDate()); };
    const auto time = [&](const QDateTime& t) { return t.isValid() ? QVariant(t.time()) : QVariant(minute); };
    QList<Field> fields{{QStringLiteral("title"), tr("What happened:"), Kind::Text, {}, i.title}};
    if (!i.weakness) fields.append({QStringLiteral("level"), tr("Level:"), Kind::Choice, levels, i.level});
    fields.append({{QStringLiteral("category"), tr("Category:"), Kind::Choice, categories, i.category},
                   {QStringLiteral("known_day"), i.weakness ? tr("Reported by staff on:") : tr("Became known on:"), Kind::Date,
                    {}, i.known.isValid() ? i.known.date() : now.date()},
                   {QStringLiteral("known_time"), tr("at:"), Kind::Time, {}, time(i.known)}});
    if (!i.weakness) {
        fields.append({{QStringLiteral("reported_day"), tr("Reported on:"), Kind::OptionalDate, {}, day(i.reported)},
                       {QStringLiteral("reported_time"), tr("at:"), Kind::Time, {}, time(i.reported)},
                       {QStringLiteral("reported_to"), tr("Reported to:"), Kind::Text, {}, i.reportedTo},
                       {QStringLiteral("contained_day"), tr("Damage contained on:"), Kind::OptionalDate, {}, day(i.contained)},
                       {QStringLiteral("contained_time"), tr("at:"), Kind::Time, {}, time(i.contained)},
                       {QStringLiteral("recovered_day"), tr("Recovered on:"), Kind::OptionalDate, {}, day(i.recovered)},
                       {QStringLiteral("recovered_time"), tr("at:"), Kind::Time, {}, time(i.recovered)},
                       {QStringLiteral("investigated_day"), tr("Investigation report sent on:"), Kind::OptionalDate, {},
                        day(i.investigated)},
                       {QStringLiteral("investigated_time"), tr("at:"), Kind::Time, {}, time(i.investigated)}});
    }
    fields.append({{QStringLiteral("reporter"), tr("Reported by:"), Kind::Choice, people, i.reporterId},
                   {QStringLiteral("system"), tr("Core system:"), Kind::Choice, systems, i.systemId},
                   {QStringLiteral("closed"), tr("Status:"), Kind::Choice,
                    {{core::EnumLabels::label(QStringLiteral("incident_open")), false},
                     {core::EnumLabels::label(QStringLiteral("incident_closed")), true}},
                    i.closed},
                   {QStringLiteral("description"), tr("Description:"), Kind::LongText, {}, i.description}});
    const QString title = edit ? tr("Edit incident or weakness") : i.weakness ? tr("Record weakness") : tr("Record incident");
    const QString explanation =
        i.weakness ? tr("A security weakness found and reported by staff; it is followed up like an incident, without "
                        "deadlines.")
                   : tr("A security incident as it becomes known; fill in each step as it is taken. Open incidents' "
                        "deadlines are shown above the register.");
    return new FieldsDialog(title, explanation, fields, this);
}

bool IncidentsPage::run(const QString& step, const QHash<QString, QVariant>& v, QString* message) {
    const qint64 id = selected();
    if ((step == QStringLiteral("edit") || step == QStringLiteral("link")) && id == 0) {
        *message = tr("Choose an incident in the register first.");
        return false;
    }
    const int seen = m_lists->selectedRowVersion(kIncidents);
    core::IncidentService service(m_db);
    try {
        if (step == QStringLiteral("deadlines")) {
            int rowVersion = 0;
            service.deadlines(&rowVersion);
            service.setDeadlines({v.value(QStringLiteral("report")).toDouble(), v.value(QStringLiteral("low")).toDouble(),
                                  v.value(QStringLiteral("high")).toDouble(), v.value(QStringLiteral("months")).toInt()},
                                 rowVersion);
        } else if (step == QStringLiteral("link")) {
            service.linkAction(id, v.value(QStringLiteral("action")).toLongLong());
        } else {
            // An edit starts from the record as stored, so that what the form does not show (its
            // notes) is kept.
            core::IncidentService::Incident i = step == QStringLiteral("edit") ? service.incident(id) : core::IncidentService::Incident{};
            if (step != QStringLiteral("edit")) i.weakness = step == QStringLiteral("weakness");
            i.title = v.value(QStringLiteral("title")).toString();
            i.level = v.value(QStringLiteral("level"), 1).toInt();
            i.category = v.value(QStringLiteral("category")).toString();
            i.known = momentOf(v, QStringLiteral("known"));
            i.reported = momentOf(v, QStringLiteral("reported"));
            i.reportedTo = v.value(QStringLiteral("reported_to")).toString();
            i.contained = momentOf(v, QStringLiteral("contained"));
            i.recovered = momentOf(v, QStringLiteral("recovered"));
            i.investigated = momentOf(v, QStringLiteral("investigated"));
            i.closed = v.value(QStringLiteral("closed")).toBool();
            i.reporterId = v.value(QStringLiteral("reporter")).toLongLong();
            i.systemId = v.value(QStringLiteral("system")).toLongLong();
            i.description = v.value(QStringLiteral("description")).toString();
            if (step == QStringLiteral("edit")) service.update(id, seen, i);
            else service.record(i);
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    for (RecordListWidget* w : m_lists->lists()) w->refresh();
    showClocks();
    return true;
}

bool IncidentsPage::writeReport(const QString& file, int year, QString* message) {
    return ExportFile::writeReport(
        file, [&] { return reports::IncidentReport::build(m_db, year); },
        [&](QIODevice& out) { reports::IncidentReport::writeCsv(m_db, year, out); }, message);
}

void IncidentsPage::ask(const QString& step) {
    if ((step == QStringLiteral("edit") || step == QStringLiteral("link")) && selected() == 0) {
        QMessageBox::information(this, tr("Incidents"), tr("Choose an incident in the register first."));
        return;
    }
    FieldsDialog* dialog = form(step);
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) { return run(step, values, m); });
    dialog->exec();
    delete dialog;
}

}  // namespace isms::ui
