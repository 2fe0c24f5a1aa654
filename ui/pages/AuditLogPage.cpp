#include "AuditLogPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
#include "widgets/ExportFile.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

AuditLogPage::AuditLogPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_list(new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("audit_log")),
                                  this)),
      m_user(new QComboBox(this)),
      m_entity(new QComboBox(this)),
      m_useDates(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(core::Clock::today().addMonths(-1), this)),
      m_until(new QDateEdit(core::Clock::today(), this)),
      m_chain(new QLabel(this)) {
    for (QDateEdit* edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chain);

    // The choices and the list are read when the page is shown (showEvent).
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_until->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilters);
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
    for (const QString& a : log.actors()) m_user->addItem(a, a);
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
