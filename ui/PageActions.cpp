#include "PageActions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QTabWidget>
#include <QToolBar>

#include "pages/Page.h"
#include "widgets/Availability.h"
#include "widgets/Icons.h"
#include "widgets/ListMenu.h"

namespace isms::ui {

PageActions::PageActions(QMainWindow* window)
    : QObject(window), m_toolBar(new QToolBar(tr("Main toolbar"), window)) {
    m_toolBar->setObjectName(QStringLiteral("main_toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    connect(add(QStringLiteral("page_new"), tr("New"), Icons::get(Icons::New), QKeySequence::New),
            &QAction::triggered, this, [this] {
                if (Page* p = page(); p && p->button(Page::kNew)) p->button(Page::kNew)->click();
            });
    connect(add(QStringLiteral("page_open"), tr("Open"), Icons::get(Icons::Open), QKeySequence()),
            &QAction::triggered, this, [this] {
                Page* p = page();
                if (!p || !p->button(Page::kOpen)) return;
                QAbstractItemView* list = p->mainList();
                if (list && list->currentIndex().isValid())
                    ListMenu::install(list, p->button(Page::kOpen))->open(list->currentIndex());
                else
                    p->button(Page::kOpen)->click();
            });
    connect(
        add(QStringLiteral("page_find"), tr("Find"), Icons::get(Icons::Find), QKeySequence::Find),
        &QAction::triggered, this, [this] {
            if (Page* p = page(); p && p->searchField()) {
                p->searchField()->setFocus(Qt::ShortcutFocusReason);
                p->searchField()->selectAll();
            }
        });
    connect(add(QStringLiteral("page_print"), tr("Print"), Icons::get(Icons::Print),
                QKeySequence::Print),
            &QAction::triggered, this, [this] {
                if (Page* p = page()) p->print();
            });
    connect(
        add(QStringLiteral("page_export"), tr("Export"), Icons::get(Icons::Export), QKeySequence()),
        &QAction::triggered, this, [this] {
            if (Page* p = page()) p->exportFile();
        });
    update();
}

QAction* PageActions::add(const QString& name, const QString& text, const QIcon& icon,
                          const QKeySequence& key) {
    QAction* a = m_toolBar->addAction(icon, text);
    a->setObjectName(name);
    a->setShortcut(key);
    return a;
}

QAction* PageActions::action(const QString& name) const {
    return m_toolBar->findChild<QAction*>(name);
}

void PageActions::prepare(QWidget* widget) {
    auto* p = dynamic_cast<Page*>(widget);
    if (!p) return;
    QAbstractItemView* main = p->mainList();
    for (QAbstractItemView* list : p->lists())
        ListMenu::install(list, list == main ? p->button(Page::kOpen) : nullptr,
                          p->deleteButtonFor(list));
}

Page* PageActions::page() const {
    return m_page ? dynamic_cast<Page*>(m_page.data()) : nullptr;
}

void PageActions::follow(QWidget* widget) {
    if (Page* before = page()) {
        for (const char* name : {Page::kNew, Page::kOpen, Page::kPrint, Page::kExport})
            if (QAbstractButton* b = before->button(name)) b->removeEventFilter(this);
    }
    for (const auto& c : std::as_const(m_tabs)) disconnect(c);
    m_tabs.clear();
    m_page = widget;
    if (widget) {
        for (QTabWidget* tabs : widget->findChildren<QTabWidget*>())
            m_tabs << connect(tabs, &QTabWidget::currentChanged, this, &PageActions::update);
    }
    if (Page* p = page()) {
        // The window's actions follow the page's buttons as these are enabled and disabled.
        for (const char* name : {Page::kNew, Page::kOpen, Page::kPrint, Page::kExport})
            if (QAbstractButton* b = p->button(name)) b->installEventFilter(this);
    }
    update();
}

bool PageActions::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::ToolTipChange) update();
    return QObject::eventFilter(watched, event);
}

void PageActions::update() {
    Page* p = page();
    const QString nothing = tr("Nothing is shown: sign in and choose a page.");
    // The page's own button decides, with its reason when it is greyed out.
    const auto follow = [&](const QString& name, const char* role, const QString& none) {
        QAbstractButton* b = p ? p->button(role) : nullptr;
        Availability::set(action(name), !p                       ? nothing
                                        : !b                     ? none
                                        : b->isEnabled()         ? QString()
                                        : b->toolTip().isEmpty() ? none
                                                                 : b->toolTip());
    };
    follow(QStringLiteral("page_new"), Page::kNew, tr("There is nothing to add on this page."));
    follow(QStringLiteral("page_open"), Page::kOpen, tr("There is nothing to open on this page."));
    Availability::set(action(QStringLiteral("page_find")),
                      !p                 ? nothing
                      : p->searchField() ? QString()
                                         : tr("This page has no list to search."));
    if (p && dynamic_cast<QWidget*>(p) && (p->canPrint() || p->canExport()) &&
        !p->button(Page::kPrint) && !p->button(Page::kExport)) {
        // A page that prints by itself (the Policies page prints the version shown).
        Availability::set(action(QStringLiteral("page_print")), QString());
        Availability::set(action(QStringLiteral("page_export")), QString());
        return;
    }
    follow(QStringLiteral("page_print"), Page::kPrint, tr("This page has nothing to print."));
    follow(QStringLiteral("page_export"), Page::kExport, tr("This page has nothing to export."));
}

}  // namespace isms::ui
