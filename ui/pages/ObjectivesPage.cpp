#include "ObjectivesPage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "JournaledText.h"
#include "PlanReports.h"
#include "PolicyPrinting.h"
#include "dialogs/IndicatorDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/IndicatorSource.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "services/ObjectiveService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/PolicyRepository.h"
#include "storage/SafeFile.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "models/RecordListModel.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"
#include "widgets/StatusStyle.h"

namespace isms::ui {

namespace {

// The document whose objectives are shown: the first one that has any.
QString documentCode(core::Database& db) {
    const auto documents = core::PolicyRepository(db).documents();
    return documents.isEmpty() ? QString() : documents.first().code;
}

}  // namespace

ObjectivesPage::ObjectivesPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_year(new QComboBox(this)),
      m_table(new QTableWidget(this)),
      m_version(new QLabel(this)),
      m_lists(new RecordPage(db, {QStringLiteral("objectives"), QStringLiteral("measurements")},
                             this)) {
    const int thisYear = core::Clock::today().year();
    for (int year = thisYear; year >= thisYear - 10; --year) {
        m_year->addItem(core::Language::isChinese()
                            ? tr("%1 (ROC year)").arg(year - core::RocDate::kYearOffset)
                            : QString::number(year),
                        year);
    }
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Objective"), tr("Indicator"), tr("Target"),
                                        tr("Latest"), tr("Measurements"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* record = new QPushButton(tr("Record measurement…"), this);
    Availability::follow(record, db, core::UserRole::Permission::EditRecords);
    auto* indicator = new QPushButton(tr("Edit indicator…"), this);
    Availability::follow(indicator, db, core::UserRole::Permission::EditRecords);
    connect(indicator, &QPushButton::clicked, this, &ObjectivesPage::askIndicator);
    auto* ended = new QPushButton(tr("Record ended periods"), this);
    ended->setToolTip(tr("Records the value of each objective computed from the records for every period that "
                         "has ended, with the records it was computed from."));
    Availability::follow(ended, db, core::UserRole::Permission::EditRecords);
    connect(ended, &QPushButton::clicked, this, [this] {
        QString message;
        const bool done = recordEndedPeriods(&message);
        if (done) QMessageBox::information(this, tr("Record ended periods"), message);
        else QMessageBox::warning(this, tr("Record ended periods"), message);
    });
    auto* records = new QPushButton(tr("Records of the measurement…"), this);
    records->setToolTip(tr("The records the measurement chosen below was computed from."));
    connect(records, &QPushButton::clicked, this, &ObjectivesPage::askRecords);
    auto* report = new QPushButton(tr("Effectiveness report…"), this);
    auto* print = new QPushButton(tr("Print report…"), this);
    record->setObjectName(QLatin1String(Page::kNew));
    indicator->setObjectName(QLatin1String(Page::kOpen));
    report->setObjectName(QLatin1String(Page::kExport));
    print->setObjectName(QLatin1String(Page::kPrint));
    connect(print, &QPushButton::clicked, this, [this] {
        PolicyPrinting::preview(reports::PlanReports::objectives(m_db, documentCode(m_db),
                                                                 m_year->currentData().toInt()),
                                this);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(indicator);
    top->addWidget(record);
    top->addWidget(ended);
    top->addWidget(records);
    top->addWidget(report);
    top->addWidget(print);
    connect(report, &QPushButton::clicked, this, &ObjectivesPage::askReport);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_lists);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_version->setWordWrap(true);
    layout->addWidget(m_version);
    layout->addWidget(split, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ObjectivesPage::refresh);
    connect(record, &QPushButton::clicked, this, &ObjectivesPage::askMeasurement);
    // Read when shown (showEvent), so building the window reads nothing for this page.
}

void ObjectivesPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void ObjectivesPage::reload() {
    refresh();
}

void ObjectivesPage::refresh() {
    QList<core::ObjectiveService::Standing> standings;
    try {
        const QString code = documentCode(m_db);
        // With the objectives a scheduled version adds, whose indicators can be set ahead.
        if (!code.isEmpty())
            standings =
                core::ObjectiveService(m_db).standings(code, m_year->currentData().toInt(), true);
    } catch (const core::Error&) {
        // No version in force yet: nothing to stand against.
    }
    // The objectives are those of the version in force; a version published to take effect later
    // brings its own on that day, and the chair should know before the meeting.
    QString note;
    if (const QString code = documentCode(m_db); !code.isEmpty()) {
        const core::PolicyRepository repository(m_db);
        const auto all =
            repository.standings(repository.find(code).documentId, core::Clock::today());
        const auto* current = core::VersionStanding::inForce(all);
        const auto* next = core::VersionStanding::nextScheduled(all);
        if (current && next) {
            note = tr("The objectives of %1 version %2, in force. Version %3 takes effect on %4; "
                      "its objectives apply "
                      "from that day.")
                       .arg(code, current->version.version, next->version.version,
                            core::Language::longDate(next->since));
        } else if (current) {
            note = tr("The objectives of %1 version %2, in force.")
                       .arg(code, current->version.version);
        } else if (next) {
            note = tr("No version of %1 is in force yet; version %2 takes effect on %3.")
                       .arg(code, next->version.version, core::Language::longDate(next->since));
        }
    }
    m_version->setText(note);
    m_objectiveIds.clear();
    m_computed.clear();
    m_table->setRowCount(int(standings.size()));
    for (int row = 0; row < standings.size(); ++row) {
        const auto& s = standings[row];
        m_objectiveIds << s.objectiveId;
        core::IndicatorSource::Kind kind;
        const bool computed = core::IndicatorSource::fromKey(s.source, &kind) && core::IndicatorSource::computed(kind);
        m_computed << computed;
        // A new objective of a revision has no indicator until someone sets it.
        const QString target =
            s.indicator.isEmpty()
                ? tr("Indicator still to be set")
                : QStringLiteral("%1 %2").arg(core::EnumLabels::label(s.direction),
                                                 core::Language::quantity(s.target, s.unit));
        // A value computed now from the records says so: it is not recorded until the period ends.
        const QString latest =
            !s.hasLatest     ? (computed && !s.indicator.isEmpty() ? tr("nothing to compute from yet") : QString())
            : s.latestIsLive ? tr("%1 (so far, to %2)")
                                   .arg(core::Language::quantity(s.latest, s.unit),
                                        core::Language::shortDate(s.livePeriod.end))
                             : QStringLiteral("%1 (%2)").arg(core::Language::quantity(s.latest, s.unit),
                                                             core::Language::shortDate(s.latestPeriodEnd));
        const QStringList cells{
            QString::number(s.number),
            s.indicator.isEmpty() ? s.text : s.indicator,
            target.simplified(),
            latest.simplified(),
            QString::number(s.measurements),
            s.fromVersion.isEmpty()
                ? StatusStyle::text(s.status)
                : tr("From version %1 (%2)").arg(s.fromVersion, core::Language::longDate(s.from))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1) item->setToolTip(s.text);
            if (c == 3 && s.latestIsLive) item->setToolTip(s.liveBasis);
            if (c == 5) item->setForeground(StatusStyle::colour(s.status));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (RecordListWidget* list : m_lists->lists()) list->refresh();
}

bool ObjectivesPage::recordMeasurement(qint64 objectiveId, const QDate& from, const QDate& to,
                                       double value, const QString& evidence, QString* message) {
    try {
        core::ObjectiveService(m_db).recordMeasurement(objectiveId, from, to, value, 0, evidence);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

bool ObjectivesPage::writeReport(const QString& file, QString* message) {
    const QString code = documentCode(m_db);
    const int year = m_year->currentData().toInt();
    try {
        if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            core::SafeFile::write(file, [&](QIODevice& out) {
                reports::PlanReports::writeObjectivesCsv(m_db, code, year, out);
            });
        } else {
            *message = reports::JournaledText::missingNote(
                reports::PlanReports::objectives(m_db, code, year).writePdf(file));
        }
    } catch (const core::Error& e) {
        *message = e.message();  // names the file and the reason
        return false;
    }
    return true;
}

void ObjectivesPage::askReport() {
    ExportFile::save(
        this, tr("Objective effectiveness report"),
        ExportFile::dated(tr("objectives-%1").arg(ExportFile::year(m_year->currentData().toInt()))),
        tr("PDF documents (*.pdf);;CSV files (*.csv)"),
        [this](const QString& file, QString* message) { return writeReport(file, message); });
}

bool ObjectivesPage::setIndicator(qint64 objectiveId, int rowVersion,
                                  const core::ObjectiveService::Indicator& indicator,
                                  QString* message) {
    try {
        core::ObjectiveService(m_db).setIndicator(objectiveId, rowVersion, indicator);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

void ObjectivesPage::askIndicator() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_objectiveIds.size()) {
        QMessageBox::information(this, tr("Edit indicator"),
                                 tr("Choose an objective in the table first."));
        return;
    }
    const qint64 id = m_objectiveIds[row];
    int rowVersion = 0;
    IndicatorDialog dialog(m_db, m_table->item(row, 1)->toolTip(),
                           core::ObjectiveService(m_db).indicator(id, &rowVersion), this);
    dialog.setWork([this, id, rowVersion](const core::ObjectiveService::Indicator& i, QString* message) {
        return setIndicator(id, rowVersion, i, message);
    });
    dialog.exec();
}

void ObjectivesPage::askMeasurement() {
    QList<MeasurementDialog::Choice> choices;
    for (int row = 0; row < m_objectiveIds.size(); ++row) {
        // An objective computed from the records is not typed in: not offered.
        if (m_computed.value(row)) continue;
        choices.append(
            {m_objectiveIds[row],
             m_table->item(row, 0)->text() + QStringLiteral(". ") + m_table->item(row, 1)->text(),
             QString()});
    }
    if (choices.isEmpty()) {
        QMessageBox::information(this, tr("Record measurement"),
                                 tr("Every objective is computed from the records: their values are recorded at each "
                                    "period's end (Record ended periods)."));
        return;
    }
    const int current = m_table->currentRow();
    MeasurementDialog dialog(choices, current >= 0 ? m_objectiveIds.value(current) : 0, this);
    dialog.setWork([this](qint64 id, const QDate& from, const QDate& to, double value,
                          const QString& evidence, QString* message) {
        return recordMeasurement(id, from, to, value, evidence, message);
    });
    dialog.exec();
}

bool ObjectivesPage::recordEndedPeriods(QString* message) {
    try {
        const int recorded = core::ObjectiveService(m_db).recordEndedPeriods();
        *message = recorded == 0 ? tr("No ended period was waiting to be recorded.")
                                 : tr("%n measurement(s) recorded from the records.", "", recorded);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

bool ObjectivesPage::showRecords(qint64 measurementId, QString* message) {
    if (measurementId == 0) {
        *message = tr("Choose a measurement in the list of measurements first.");
        return false;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Records of the measurement"));
    auto* list = new RecordListWidget(m_db, core::ListCatalog::definition(QStringLiteral("measurement_records")), dialog);
    list->model()->setFilter(QStringLiteral("measurement"), measurementId);
    list->refresh();
    if (list->model()->matchingRows() == 0) {
        delete dialog;
        *message = tr("This measurement was not computed from records (it was typed in, or a drill recorded it): its "
                      "evidence is in its Evidence column.");
        return false;
    }
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 420);
    m_recordsDialog = dialog;
    dialog->open();
    return true;
}

void ObjectivesPage::askRecords() {
    RecordListWidget* measurements = m_lists->lists().value(1);
    const QModelIndex current = measurements ? measurements->view()->currentIndex() : QModelIndex();
    const qint64 id = current.isValid() ? measurements->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong() : 0;
    QString message;
    if (!showRecords(id, &message)) {
        QMessageBox::information(this, tr("Records of the measurement"), message);
    }
}

}  // namespace isms::ui
