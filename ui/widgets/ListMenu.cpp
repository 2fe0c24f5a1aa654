#include "ListMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "ExportFile.h"
#include "domain/Error.h"
#include "import/CsvWriter.h"
#include "storage/SafeFile.h"

namespace isms::ui {

ListMenu* ListMenu::install(QAbstractItemView* view, QAbstractButton* open,
                            QAbstractButton* remove) {
    if (auto* existing = view->findChild<ListMenu*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ListMenu(view, open, remove);
}

ListMenu::ListMenu(QAbstractItemView* view, QAbstractButton* open, QAbstractButton* remove)
    : QObject(view), m_view(view), m_open(open), m_remove(remove) {
    view->setContextMenuPolicy(Qt::DefaultContextMenu);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    if (!view->property(kOpensItself).toBool()) {
        connect(view, &QAbstractItemView::doubleClicked, this, &ListMenu::open);
    }
}

bool ListMenu::canOpen() const {
    // A list without an editor for its records still shows one in full.
    return m_view->property(kOpensItself).toBool() || !m_open || m_open->isEnabled();
}

void ListMenu::open(const QModelIndex& index) {
    if (!index.isValid()) return;
    if (m_view->property(kOpensItself).toBool()) {
        Q_EMIT m_view->doubleClicked(index);  // what the page does on a double click
        return;
    }
    if (!m_open) {
        showDetails(index.row());
        return;
    }
    if (!m_open->isEnabled()) return;
    m_view->setCurrentIndex(index);
    m_open->click();
}

void ListMenu::remove(const QModelIndex& index) {
    if (!m_remove || !m_remove->isEnabled() || !index.isValid()) return;
    m_view->setCurrentIndex(index);
    m_remove->click();
}

void ListMenu::showDetails(int row) {
    // Every column of the row, each in full: what a narrow column cuts to "…" is read here.
    const QAbstractItemModel* model = m_view->model();
    QDialog dialog(m_view);
    dialog.setObjectName(QStringLiteral("record_details"));
    dialog.setWindowTitle(tr("Record"));
    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    for (int c = 0; c < model->columnCount(); ++c) {
        if (auto* table = qobject_cast<QTableView*>(m_view); table && table->isColumnHidden(c))
            continue;
        auto* value = new QLabel;
        value->setTextFormat(Qt::PlainText);
        value->setText(model->index(row, c).data().toString());
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(model->headerData(c, Qt::Horizontal).toString() + tr(":"), value);
    }
    auto* scroll = new QScrollArea(&dialog);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 420);
    dialog.exec();
}

QString ListMenu::rowText(int row) const {
    const QAbstractItemModel* model = m_view->model();
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (auto* table = qobject_cast<QTableView*>(m_view); table && table->isColumnHidden(c))
            continue;
        cells << model->index(row, c).data().toString();
    }
    return cells.join(QLatin1Char('\t'));
}

bool ListMenu::writeCsv(const QString& file, QString* message) const {
    const QAbstractItemModel* model = m_view->model();
    try {
        core::SafeFile::write(file, [&](QIODevice& out) {
            out.write("\xEF\xBB\xBF");  // so that spreadsheets read it as UTF-8
            QList<int> columns;
            QList<QByteArray> header;
            for (int c = 0; c < model->columnCount(); ++c) {
                if (auto* table = qobject_cast<QTableView*>(m_view);
                    table && table->isColumnHidden(c))
                    continue;
                columns << c;
                header << core::CsvWriter::field(model->headerData(c, Qt::Horizontal).toString());
            }
            out.write(header.join(',') + "\r\n");
            for (int r = 0; r < model->rowCount(); ++r) {
                QList<QByteArray> cells;
                for (int c : columns)
                    cells << core::CsvWriter::field(model->index(r, c).data().toString());
                out.write(cells.join(',') + "\r\n");
            }
        });
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    return true;
}

QMenu* ListMenu::menuFor(const QModelIndex& index) {
    auto* menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* openAction = menu->addAction(tr("Open"), this, [this, index] { open(index); });
    openAction->setObjectName(QStringLiteral("list_open"));
    openAction->setEnabled(index.isValid() && canOpen());
    menu->setDefaultAction(openAction);
    menu->addSeparator();
    QAction* cell = menu->addAction(tr("Copy cell"), this, [index] {
        QApplication::clipboard()->setText(index.data().toString());
    });
    cell->setObjectName(QStringLiteral("list_copy_cell"));
    cell->setShortcut(QKeySequence::Copy);
    QAction* row = menu->addAction(tr("Copy row"), this, [this, index] {
        QApplication::clipboard()->setText(rowText(index.row()));
    });
    row->setObjectName(QStringLiteral("list_copy_row"));
    for (QAction* a : {cell, row}) a->setEnabled(index.isValid());
    if (m_remove) {
        QAction* del = menu->addAction(m_remove->text(), this, [this, index] { remove(index); });
        del->setObjectName(QStringLiteral("list_delete"));
        del->setShortcut(QKeySequence::Delete);
        del->setEnabled(index.isValid() && m_remove->isEnabled());
        if (!m_remove->isEnabled()) del->setToolTip(m_remove->toolTip());
    }
    menu->addSeparator();
    menu->addAction(tr("Export list as CSV…"), this,
                    [this] {
                        ExportFile::save(m_view, tr("Export list"), ExportFile::dated(tr("list")),
                                         tr("CSV files (*.csv)"),
                                         [this](const QString& file, QString* message) {
                                             return writeCsv(file, message);
                                         });
                    })
        ->setObjectName(QStringLiteral("list_export"));
    return menu;
}

bool ListMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ContextMenu) {
        auto* e = static_cast<QContextMenuEvent*>(event);
        const QPoint at = watched == m_view->viewport()
                              ? e->pos()
                              : m_view->viewport()->mapFrom(m_view, e->pos());
        const QModelIndex index = e->reason() == QContextMenuEvent::Keyboard
                                      ? m_view->currentIndex()
                                      : m_view->indexAt(at);
        if (index.isValid()) m_view->setCurrentIndex(index);
        menuFor(index)->popup(e->globalPos());
        return true;
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_view->currentIndex().isValid() && canOpen()) {
            open(m_view->currentIndex());
            return true;
        }
        if (key->matches(QKeySequence::Delete) && m_view->currentIndex().isValid()) {
            // Removed where the page removes; otherwise said why not, rather than nothing.
            QString why;
            if (!m_remove) {
                why =
                    tr("Records of this list are not deleted: they stay in the register and its "
                       "audit trail (cancel, end or withdraw them instead).");
            } else if (!m_remove->isEnabled()) {
                why = m_remove->toolTip();
            } else {
                remove(m_view->currentIndex());
            }
            if (auto* main = qobject_cast<QMainWindow*>(m_view->window()); main && !why.isEmpty())
                main->statusBar()->showMessage(why, 10000);
            return true;
        }
        if (key->matches(QKeySequence::Copy) && m_view->currentIndex().isValid()) {
            QApplication::clipboard()->setText(m_view->currentIndex().data().toString());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace isms::ui
