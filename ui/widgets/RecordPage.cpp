#include "RecordPage.h"

#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "RecordListWidget.h"
#include "models/RecordListModel.h"
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

QVariant RecordPage::selectedValue(const QString& listKey, int column) const {
    for (RecordListWidget* w : m_lists) {
        if (w->objectName() != listKey) continue;
        const QModelIndex current = w->view()->currentIndex();
        return current.isValid() ? w->model()->index(current.row(), column).data(Qt::EditRole) : QVariant();
    }
    return {};
}

int RecordPage::selectedRowVersion(const QString& listKey) const {
    for (RecordListWidget* w : m_lists) {
        if (w->objectName() == listKey) return selectedValue(listKey, w->model()->columnCount() - 1).toInt();
    }
    return 0;
}

void RecordPage::showEvent(QShowEvent* event) {
    // Another page (or another instance on the same file) may have changed the records.
    for (RecordListWidget* list : m_lists) list->refresh();
    QWidget::showEvent(event);
}

}  // namespace isms::ui
