#include "ActionPlanPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include "JournaledText.h"
#include "PlanReports.h"
#include "PolicyPrinting.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/DialogForm.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/SafeFile.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/FileDialogs.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

ActionPlanPage::ActionPlanPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_list(new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("action_items")),
                                  this)),
      m_overdue(new QCheckBox(tr("Overdue only"), this)) {
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    for (const auto& [key, any] :
         QList<QPair<QString, QString>>{{QStringLiteral("year"), tr("All years")},
                                        {QStringLiteral("objective"), tr("All objectives")},
                                        {QStringLiteral("owner"), tr("Everyone")},
                                        {QStringLiteral("unit"), tr("All units")},
                                        {QStringLiteral("status"), tr("Any status")}}) {
        filters->addWidget(addFilter(key, any));
    }
    filters->addWidget(m_overdue);
    filters->addStretch(1);

    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, void (ActionPlanPage::*)()>> actions{
        {tr("New item…"), nullptr},
        {tr("Edit…"), nullptr},
        {tr("Set status…"), &ActionPlanPage::askStatus},
        {tr("Copy year to next…"), &ActionPlanPage::askCopy},
        {tr("Import CSV…"), &ActionPlanPage::askImport}};
    for (int i = 0; i < actions.size(); ++i) {
        auto* b = new QPushButton(actions[i].first, this);
        // Anyone opens an item (to read it, if the role may not change it); the rest is editing.
        if (i != 1) Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        buttons->addWidget(b);
        if (i == 0) b->setObjectName(QLatin1String(Page::kNew));
        if (i == 1) b->setObjectName(QLatin1String(Page::kOpen));
        if (i == 0) connect(b, &QPushButton::clicked, this, [this] { edit(0); });
        if (i == 1)
            connect(b, &QPushButton::clicked, this, [this] { edit(selectedIds().value(0)); });
        if (actions[i].second) connect(b, &QPushButton::clicked, this, actions[i].second);
    }
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    auto* reportButton = new QPushButton(tr("Report PDF…"), this);
    auto* printButton = new QPushButton(tr("Print report…"), this);
    exportButton->setObjectName(QLatin1String(Page::kExport));
    printButton->setObjectName(QLatin1String(Page::kPrint));
    buttons->addWidget(exportButton);
    buttons->addWidget(reportButton);
    buttons->addWidget(printButton);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QVariant chosen = filter(QStringLiteral("year"))->currentData();
        PolicyPrinting::preview(
            reports::PlanReports::actionPlan(
                m_db, chosen.isValid() ? chosen.toInt() : core::Clock::today().year()),
            this);
    });
    connect(reportButton, &QPushButton::clicked, this, &ActionPlanPage::askReport);
    buttons->addStretch(1);
    connect(exportButton, &QPushButton::clicked, this, &ActionPlanPage::askExport);
    connect(m_list->view(), &QTableView::doubleClicked, this,
            [this] { edit(selectedIds().value(0)); });
    m_list->view()->setProperty(ListMenu::kOpensItself, true);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionPlanPage::applyFilters);
    m_list->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    // The choices (years, owners, units) are read when the page is shown (showEvent).
}

QComboBox* ActionPlanPage::addFilter(const QString& key, const QString& anyText) {
    auto* box = new QComboBox(this);
    box->setObjectName(key);
    box->addItem(anyText, QVariant());
    m_filters << box;
    connect(box, &QComboBox::currentIndexChanged, this, &ActionPlanPage::applyFilters);
    return box;
}

QComboBox* ActionPlanPage::filter(const QString& key) const {
    for (QComboBox* box : m_filters) {
        if (box->objectName() == key) return box;
    }
    return nullptr;
}

void ActionPlanPage::fillChoices() {
    auto refill = [&](const QString& key, const QString& sql,
                      const std::function<QString(const QSqlQuery&)>& label) {
        QComboBox* box = filter(key);
        const QSignalBlocker block(box);
        const QVariant current = box->currentData();
        while (box->count() > 1) box->removeItem(1);
        QSqlQuery q = core::Sql::run(m_db.connection(), sql);
        while (q.next()) box->addItem(label(q), q.value(0));
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(QStringLiteral("year"),
           QStringLiteral("SELECT DISTINCT plan_year FROM action_items ORDER BY plan_year DESC"),
           [](const QSqlQuery& q) {
               const int year = q.value(0).toInt();
               return core::Language::isChinese()
                          ? QString::number(year - core::RocDate::kYearOffset)
                          : QString::number(year);
           });
    refill(QStringLiteral("objective"),
           QStringLiteral("SELECT DISTINCT w.number FROM objective_wordings w WHERE w.objective_id "
                          "IN (SELECT objective_id "
                          "FROM action_items) ORDER BY 1"),
           [](const QSqlQuery& q) { return tr("Objective %1").arg(q.value(0).toInt()); });
    refill(QStringLiteral("owner"),
           QStringLiteral("SELECT DISTINCT p.id, p.name FROM action_items a JOIN people p ON p.id "
                          "= a.owner_person_id ORDER BY 2"),
           [](const QSqlQuery& q) { return q.value(1).toString(); });
    refill(QStringLiteral("unit"),
           QStringLiteral("SELECT DISTINCT u.id, u.name FROM action_items a JOIN people p ON p.id "
                          "= a.owner_person_id JOIN "
                          "org_units u ON u.id = p.unit_id ORDER BY 2"),
           [](const QSqlQuery& q) { return q.value(1).toString(); });
    QComboBox* status = filter(QStringLiteral("status"));
    if (status->count() == 1) {
        for (const QString& key : core::ActionItem::statuses())
            status->addItem(core::EnumLabels::label(key), key);
    }
}

void ActionPlanPage::applyFilters() {
    RecordListModel* model = m_list->model();
    for (QComboBox* box : std::as_const(m_filters))
        model->setFilter(box->objectName(), box->currentData());
    model->setFilter(
        QStringLiteral("overdue"),
        m_overdue->isChecked() ? QVariant(core::Clock::today().toString(Qt::ISODate)) : QVariant());
    m_list->refresh();
}

void ActionPlanPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void ActionPlanPage::reload() {
    fillChoices();
    applyFilters();
}

QList<qint64> ActionPlanPage::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex& row : m_list->view()->selectionModel()->selectedRows()) {
        ids << m_list->model()->index(row.row(), 0).data(Qt::EditRole).toLongLong();
    }
    return ids;
}

void ActionPlanPage::edit(qint64 id) {
    core::ActionItem item;
    try {
        if (id) {
            item = core::ActionPlanService(m_db).load(id);
        } else {
            item.planYear = filter(QStringLiteral("year"))->currentData().isValid()
                                ? filter(QStringLiteral("year"))->currentData().toInt()
                                : core::Clock::today().year();
            item.dueDate = QDate(item.planYear, 12, 31);
        }
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Action plan"), e.message());
        return;
    }
    ActionItemDialog dialog(m_db, item, this);
    // Opened by a role that may read it but not change it: shown to read.
    const QString why = m_db.refusal(core::UserRole::Permission::EditRecords);
    if (!why.isEmpty()) {
        if (!id) return;
        DialogForm::viewOnly(&dialog, why);
    }
    if (dialog.exec() == QDialog::Accepted) {
        fillChoices();
        m_list->refresh();
    }
}

bool ActionPlanPage::setStatus(const QString& status, const QString& reason, QString* message) {
    try {
        core::ActionPlanService(m_db).setStatus(selectedIds(), status, reason);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    m_list->refresh();
    return true;
}

bool ActionPlanPage::copyYear(int year, QString* message) {
    try {
        const int copied = core::ActionPlanService(m_db).copyToNextYear(year);
        *message = tr("%n item(s) copied into %1.", nullptr, copied).arg(year + 1);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    fillChoices();
    m_list->refresh();
    return true;
}

bool ActionPlanPage::importCsv(const QString& file, QString* message) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot read “%1”: %2").arg(file, in.errorString());
        return false;
    }
    try {
        const auto report = core::ActionPlanService(m_db).importCsv(in.readAll());
        if (!report.errors.isEmpty()) {
            QStringList lines{
                tr("Nothing was imported. Correct these rows and import the file again:")};
            for (const auto& [line, problem] : report.errors)
                lines << tr("Line %1: %2").arg(line).arg(problem);
            *message = lines.join(QLatin1Char('\n'));
            return false;
        }
        *message = tr("%n item(s) imported.", nullptr, report.imported);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    fillChoices();
    m_list->refresh();
    return true;
}

bool ActionPlanPage::exportCsv(int year, const QString& file, QString* message) {
    qint64 rows = 0;
    try {
        core::SafeFile::write(file, [&](QIODevice& out) {
            rows = core::ActionPlanService(m_db).exportCsv(year, out);
        });
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    *message = tr("%n item(s) written.", nullptr, int(rows));
    return true;
}

void ActionPlanPage::askStatus() {
    if (selectedIds().isEmpty()) {
        QMessageBox::information(this, tr("Set status"), tr("Select the items first."));
        return;
    }
    QStringList labels;
    for (const QString& key : core::ActionItem::statuses()) labels << core::EnumLabels::label(key);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Set status"), tr("New status of the selected items:"), labels, 0, false, &ok);
    if (!ok) return;
    const QString status = core::ActionItem::statuses().at(labels.indexOf(chosen));
    QString reason;
    if (status == QStringLiteral("cancelled")) {
        reason = QInputDialog::getText(this, tr("Set status"), tr("Reason for cancelling:"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok) return;
    }
    QString message;
    if (!setStatus(status, reason, &message)) QMessageBox::warning(this, tr("Set status"), message);
}

void ActionPlanPage::askCopy() {
    bool ok = false;
    const int year =
        QInputDialog::getInt(this, tr("Copy year to next"), tr("Copy the plan of year:"),
                             core::Clock::today().year(), 2000, 2100, 1, &ok);
    if (!ok) return;
    QString message;
    if (copyYear(year, &message)) {
        QMessageBox::information(this, tr("Copy year to next"), message);
    } else {
        QMessageBox::warning(this, tr("Copy year to next"), message);
    }
}

void ActionPlanPage::askImport() {
    const QString file =
        FileDialogs::openFile(this, tr("Import action items"), QString(), tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    QString message;
    if (importCsv(file, &message)) {
        QMessageBox::information(this, tr("Import action items"), message);
    } else {
        QMessageBox::warning(this, tr("Import action items"), message);
    }
}

bool ActionPlanPage::writeReport(int year, const QString& file, QString* message) {
    try {
        *message = reports::JournaledText::missingNote(
            reports::PlanReports::actionPlan(m_db, year).writePdf(file));
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    return true;
}

void ActionPlanPage::askReport() {
    const QVariant chosen = filter(QStringLiteral("year"))->currentData();
    const int year = chosen.isValid() ? chosen.toInt() : core::Clock::today().year();
    ExportFile::save(this, tr("Action plan report"),
                     ExportFile::dated(tr("action-plan-%1").arg(ExportFile::year(year))),
                     tr("PDF documents (*.pdf)"), [&](const QString& file, QString* message) {
                         return writeReport(year, file, message);
                     });
}

void ActionPlanPage::askExport() {
    const QVariant chosen = filter(QStringLiteral("year"))->currentData();
    const int year = chosen.isValid() ? chosen.toInt() : core::Clock::today().year();
    ExportFile::save(this, tr("Export action items"),
                     ExportFile::dated(tr("action-plan-%1").arg(ExportFile::year(year))),
                     tr("CSV files (*.csv)"), [&](const QString& file, QString* message) {
                         return exportCsv(year, file, message);
                     });
}

}  // namespace isms::ui
