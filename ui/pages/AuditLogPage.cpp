#include "AuditLogPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "BackgroundCheck.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/ListExport.h"
#include "storage/ListFormatter.h"
#include "storage/TrailReading.h"
#include "widgets/ExportFile.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RocDateEdit.h"
#include "widgets/TrailEntryView.h"

namespace isms::ui {

AuditLogPage::AuditLogPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_list(new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("audit_log")),
                                  this)),
      m_user(new QComboBox(this)),
      m_entity(new QComboBox(this)),
      m_useDates(new QCheckBox(tr("From"), this)),
      m_from(new RocDateEdit(core::Clock::today().addMonths(-1), this)),
      m_until(new RocDateEdit(core::Clock::today(), this)),
      m_entry(new TrailEntryView(db, this)),
      m_chain(new QLabel(this)) {
    for (RocDateEdit* edit : {m_from, m_until}) edit->setEnabled(false);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QLatin1String(Page::kExport));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Record type:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_until);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_entry);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_chain);

    // The entry chosen in full below; Enter or a double click, in a window of its own.
    m_list->view()->setProperty(ListMenu::kOpensItself, true);
    const auto chosenEntry = [this](const QModelIndex& index) {
        return index.isValid() ? m_list->model()->index(index.row(), 0).data(Qt::EditRole).toLongLong()
                               : 0;
    };
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, chosenEntry](const QModelIndex& current) {
                m_entry->showEntry(chosenEntry(current));
            });
    connect(m_list->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_entry->showEntry(0); });
    connect(m_list->view(), &QAbstractItemView::doubleClicked, this,
            [this, chosenEntry](const QModelIndex& index) { openEntry(chosenEntry(index)); });
    connect(m_entry, &TrailEntryView::openRecord, this, &AuditLogPage::openRecord);

    // The choices and the list are read when the page is shown (showEvent).
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &RocDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(m_until, &RocDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
}

void AuditLogPage::reloadChoices() {
    const QSignalBlocker blockUser(m_user);
    const QSignalBlocker blockEntity(m_entity);
    const QString user = m_user->currentData().toString();
    const QString entity = m_entity->currentData().toString();
    m_user->clear();
    m_entity->clear();
    m_user->addItem(tr("Anyone"), QString());
    m_entity->addItem(tr("Any"), QString());
    const core::AuditLog log(m_db);
    for (const QString& a : log.actors()) m_user->addItem(core::TrailReading::actorName(a), a);
    for (const QString& e : log.entities())
        m_entity->addItem(core::ListFormatter::text(core::ListDefinition::Format::RecordKind, e),
                          e);
    m_user->setCurrentIndex(qMax(0, m_user->findData(user)));
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
}

void AuditLogPage::applyFilters() {
    RecordListModel* model = m_list->model();
    model->setFilter(QStringLiteral("actor"), m_user->currentData());
    model->setFilter(QStringLiteral("entity"), m_entity->currentData());
    const bool dates = m_useDates->isChecked();
    // Entries are stamped in UTC; the day bounds are the user's days.
    const auto utc = [](const QDate& day) {
        return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    };
    model->setFilter(QStringLiteral("from"), dates ? QVariant(utc(m_from->date())) : QVariant());
    model->setFilter(QStringLiteral("until"),
                     dates ? QVariant(utc(m_until->date().addDays(1))) : QVariant());
    m_list->refresh();
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void AuditLogPage::reload() {
    reloadChoices();
    if (!m_check || !m_check->isRunning()) {
        m_chain->setText(tr("Verifying the audit trail…"));
        m_check = std::make_unique<BackgroundCheck>(m_db.path(), BackgroundCheck::Scope::AuditTrail,
                                                    m_db.password());
        connect(m_check.get(), &BackgroundCheck::finished, this,
                [this](const BackgroundCheck::Outcome& outcome) {
                    const auto& chain = outcome.audit;
                    m_chain->setText(
                        !outcome.opened ? outcome.lines.join(QLatin1Char(' '))
                        : chain.intact
                            ? tr("Audit trail intact: %n entries. Head hash: %1", nullptr,
                                 int(chain.entries))
                                  .arg(chain.headHash)
                            : tr("Audit trail BROKEN at entry %1.").arg(chain.firstBrokenId));
                });
        m_check->start();
    }
    m_list->refresh();
}

void AuditLogPage::openEntry(qint64 entryId) {
    if (entryId == 0) return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("trail_entry_dialog"));
    dialog.setWindowTitle(tr("Audit trail entry %1").arg(entryId));
    auto* view = new TrailEntryView(m_db, &dialog);
    view->showEntry(entryId);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(view, &TrailEntryView::openRecord, &dialog,
            [this, &dialog](const QString& table, qint64 id) {
                dialog.accept();
                Q_EMIT openRecord(table, id);
            });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 480);
    dialog.exec();
}

qint64 AuditLogPage::exportCsv(const QString& file) {
    return core::ListExport::writeCsv(m_db, m_list->model()->listQuery(), file);
}

void AuditLogPage::chooseExportFile() {
    ExportFile::save(this, tr("Export audit log"), ExportFile::dated(tr("audit-log")),
                     tr("CSV files (*.csv)"), [this](const QString& file, QString* message) {
                         try {
                             exportCsv(file);
                             return true;
                         } catch (const core::Error& e) {
                             *message = e.message();
                             return false;
                         }
                     });
}

}  // namespace isms::ui
