#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QToolBar;
class QWidget;

namespace isms::ui {

class Page;

// The main toolbar's New (Ctrl+N), Open, Find (Ctrl+F), Print (Ctrl+P) and Export, which act on
// the page on screen through its Page interface: each follows the page's own button for it
// (enabled as it is, greyed out with its reason), or says that the page has none.
class PageActions : public QObject {
    Q_OBJECT
public:
    explicit PageActions(QMainWindow* window);

    QToolBar* toolBar() const { return m_toolBar; }
    // "page_new", "page_open", "page_find", "page_print", "page_export".
    QAction* action(const QString& name) const;
    // A page just built: each of its lists gets the list menu (ListMenu), its main list opening
    // with the page's Open.
    static void prepare(QWidget* page);
    // The page now on screen (null: none).
    void follow(QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* add(const QString& name, const QString& text, const QIcon& icon,
                 const QKeySequence& key);
    void update();
    Page* page() const;

    QToolBar* m_toolBar;
    QPointer<QWidget> m_page;
    QList<QMetaObject::Connection> m_tabs;  // the page's tabs: a tab shown changes what Find finds
};

}  // namespace isms::ui
