#pragma once

#include <QList>

class QAbstractButton;
class QAbstractItemView;
class QLineEdit;
class QWidget;

namespace isms::ui {

// What the main window asks of the page on screen, so that its toolbar and standard keys mean
// the same on every page: Refresh (F5) reads it again, New (Ctrl+N) and Open (Enter, a double
// click in its lists) are its own buttons for them, Find (Ctrl+F) goes to its search field,
// Print (Ctrl+P) and Export its own outputs. A page names its buttons for these with the object
// names below; a page that has none of one leaves the window's action greyed out, saying so.
class Page {
public:
    static constexpr const char* kNew = "page_new";
    static constexpr const char* kOpen = "page_open";
    static constexpr const char* kPrint = "page_print";
    static constexpr const char* kExport = "page_export";

    virtual ~Page() = default;
    // Reads again what the page shows (each page reads when shown, and on F5).
    virtual void reload();
    // The search field of its list, or null.
    virtual QLineEdit* searchField() const;
    // The list whose records New adds to and Open opens: the first one, as it is laid out.
    virtual QAbstractItemView* mainList() const;
    // The button that deletes the record chosen in that list (the Delete key), or null.
    virtual QAbstractButton* deleteButtonFor(const QAbstractItemView* list) const;
    // Its lists, not counting the lists inside pop-ups (a combo box's).
    QList<QAbstractItemView*> lists() const;
    // Its button of that name, or null.
    virtual QAbstractButton* button(const char* name) const;
    // Print and export what the page shows; by default, its own buttons for them.
    virtual void print();
    virtual void exportFile();
    virtual bool canPrint() const;
    virtual bool canExport() const;

protected:
    QWidget* widget() const;
};

}  // namespace isms::ui
