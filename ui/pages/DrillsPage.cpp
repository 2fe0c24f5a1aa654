#include "DrillsPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

#include "dialogs/DrillDialog.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

DrillsPage::DrillsPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_list(
          new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("drills")), this)),
      m_missing(new QLabel(this)) {
    auto* record = new QPushButton(tr("Record drill…"), this);
    record->setObjectName(QLatin1String(Page::kNew));
    Availability::follow(record, db, core::UserRole::Permission::EditRecords);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    auto* top = new QHBoxLayout;
    top->addWidget(m_missing, 1);
    top->addWidget(record);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    connect(record, &QPushButton::clicked, this, &DrillsPage::askDrill);
    // Read when shown (showEvent), so building the window reads nothing for this page.
}

void DrillsPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void DrillsPage::reload() {
    refresh();
}

void DrillsPage::refresh() {
    const core::DrillService drills(m_db);
    const auto missing = drills.missing(drills.dueSince(), core::Clock::today());
    QStringList halves;
    for (const auto& h : missing) {
        const int year = core::Language::isChinese() ? h.year - core::RocDate::kYearOffset : h.year;
        halves << tr("%1 %2").arg(year).arg(h.half == 1 ? tr("first half") : tr("second half"));
    }
    m_missing->setText(
        missing.isEmpty()
            ? tr("Every half-year so far has its drill.")
            : QStringLiteral("<b style='color:#b00020'>%1</b> %2")
                  .arg(tr("OVERDUE:"),
                       tr("no drill for %1.").arg(halves.join(tr(", "))).toHtmlEscaped()));
    m_list->refresh();
}

bool DrillsPage::record(const core::DrillService::Drill& drill, QString* message) {
    try {
        core::DrillService(m_db).record(drill);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refresh();
    return true;
}

void DrillsPage::askDrill() {
    QList<QPair<qint64, QString>> units;
    QSqlQuery q = core::Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT id, name FROM org_units WHERE kind = 'internal' ORDER BY parent_id, position"));
    while (q.next()) units.append({q.value(0).toLongLong(), q.value(1).toString()});
    DrillDialog dialog(units, this);
    dialog.setWork([this](const core::DrillService::Drill& d, QString* message) {
        return record(d, message);
    });
    dialog.exec();
}

}  // namespace isms::ui
