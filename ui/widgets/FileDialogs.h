#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace isms::ui {

// Every file dialog of the program. Qt's own dialog learns a file's type by reading it when its
// name does not say (a database's -wal and -shm files): opening and closing a database file
// this process has open drops the locks SQLite holds on it (POSIX), and another client then
// deletes the write-ahead log under the window. These dialogs tell files apart by name only and
// never open one.
class FileDialogs {
public:
    // A dialog to open, in folder (or a file proposed there), with the filters ";;"-separated.
    static QFileDialog* dialog(QWidget* parent, const QString& title, const QString& folderOrFile,
                               const QString& filters);
    static QString openFile(QWidget* parent, const QString& title, const QString& folder,
                            const QString& filters);
    // filter: in, the one chosen first; out, the one chosen.
    static QString saveFile(QWidget* parent, const QString& title, const QString& proposed,
                            const QString& filters, QString* filter = nullptr);
    static QString folder(QWidget* parent, const QString& title, const QString& folder);
};

}  // namespace isms::ui
