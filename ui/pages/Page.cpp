#include "Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QTableView>
#include <QWidget>

#include "widgets/RecordListWidget.h"

namespace isms::ui {

QWidget* Page::widget() const {
    return dynamic_cast<QWidget*>(const_cast<Page*>(this));
}

void Page::reload() {
    for (RecordListWidget* list : widget()->findChildren<RecordListWidget*>()) list->refresh();
}

QLineEdit* Page::searchField() const {
    // The first list's that is shown (not one on a tab behind), as it is laid out.
    for (RecordListWidget* list : widget()->findChildren<RecordListWidget*>())
        if (list->isVisibleTo(widget())) return list->searchField();
    return nullptr;
}

QList<QAbstractItemView*> Page::lists() const {
    QList<QAbstractItemView*> out;
    for (QAbstractItemView* view : widget()->findChildren<QAbstractItemView*>()) {
        bool popup = false;
        for (QWidget* w = view; w && w != widget(); w = w->parentWidget())
            popup = popup || w->isWindow();
        if (!popup) out << view;
    }
    return out;
}

QAbstractItemView* Page::mainList() const {
    const auto records = widget()->findChildren<RecordListWidget*>();
    if (!records.isEmpty()) return records.first()->view();
    const auto all = lists();
    return all.isEmpty() ? nullptr : all.first();
}

QAbstractButton* Page::deleteButtonFor(const QAbstractItemView*) const {
    return nullptr;
}

QAbstractButton* Page::button(const char* name) const {
    return widget()->findChild<QAbstractButton*>(QString::fromLatin1(name));
}

void Page::print() {
    if (QAbstractButton* b = button(kPrint); b && b->isEnabled()) b->click();
}

void Page::exportFile() {
    if (QAbstractButton* b = button(kExport); b && b->isEnabled()) b->click();
}

bool Page::canPrint() const {
    return button(kPrint) != nullptr;
}

bool Page::canExport() const {
    return button(kExport) != nullptr;
}

}  // namespace isms::ui
