#include "RecordPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "RecordListWidget.h"
#include "storage/ListCatalog.h"

namespace isms::ui {

RecordPage::RecordPage(core::Database& db, const QStringList& listKeys, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QTabWidget* tabs = listKeys.size() > 1 ? new QTabWidget(this) : nullptr;
    for (const QString& key : listKeys) {
        const auto definition = core::ListCatalog::definition(key);
        auto* list = new RecordListWidget(db, definition, this);
        m_lists << list;
        if (tabs) {
            tabs->addTab(list, definition.title);
        } else {
            layout->addWidget(list);
        }
    }
    if (tabs) layout->addWidget(tabs);
}

void RecordPage::showEvent(QShowEvent* event) {
    // Another page (or another instance on the same file) may have changed the records.
    for (RecordListWidget* list : m_lists) list->refresh();
    QWidget::showEvent(event);
}

}  // namespace isms::ui
