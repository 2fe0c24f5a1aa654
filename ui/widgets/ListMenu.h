#pragma once

#include <QObject>
#include <QPointer>

class QAbstractButton;
class QAbstractItemView;
class QMenu;
class QModelIndex;

namespace isms::ui {

// The menu every list has (right click, or the menu key): Open — what Enter and a double click
// do —, Copy cell (Ctrl+C), Copy row, Delete (the Delete key) where the page deletes, and Export
// the rows shown as CSV…. A list whose page opens its records itself on a double click says so
// with the kOpensItself property; otherwise Open is the page's button for it on the row chosen,
// or, for a list whose records have no editor, the row in full, every column, in a window.
class ListMenu : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kOpensItself = "isms_opensItself";

    // Once per list; open: the page's button that opens the chosen record, or null.
    static ListMenu* install(QAbstractItemView* view, QAbstractButton* open,
                             QAbstractButton* remove = nullptr);
    // The menu for that cell, as a right click there shows it (for tests, too).
    QMenu* menuFor(const QModelIndex& index);
    bool canOpen() const;
    void open(const QModelIndex& index);
    // The row as text, its cells separated by tabs (as spreadsheets paste it).
    QString rowText(int row) const;
    // Every row the list shows, with its headers, as CSV (formula-safe cells).
    bool writeCsv(const QString& file, QString* message) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ListMenu(QAbstractItemView* view, QAbstractButton* open, QAbstractButton* remove);
    void showDetails(int row);
    void remove(const QModelIndex& index);

    QAbstractItemView* m_view;
    QPointer<QAbstractButton> m_open;
    QPointer<QAbstractButton> m_remove;
};

}  // namespace isms::ui
