#include "FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <memory>

namespace isms::ui {

namespace {

// Icons and type names from the file's name alone.
class NameOnlyIcons : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override {
        return QAbstractFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override {
        if (info.isDir()) return QCoreApplication::translate("FileDialogs", "Folder");
        return info.suffix().isEmpty() ? QCoreApplication::translate("FileDialogs", "File")
                                       : info.suffix().toUpper();
    }
};

NameOnlyIcons& icons() {
    static NameOnlyIcons provider;
    return provider;
}

}  // namespace

QFileDialog* FileDialogs::dialog(QWidget* parent, const QString& title, const QString& folderOrFile,
                                 const QString& filters) {
    // Made on the file system's root, not on the folder asked for (nor the working folder,
    // which an empty one means): the dialog starts listing the folder it is made on at once, in a
    // thread of its own, with Qt's icons that read files, before another icon provider can be
    // set. The folder asked for is listed only with the icons below.
    auto* dialog = new QFileDialog(parent, title, QDir::rootPath(), filters);
    // Qt's own dialog, so that the icons below are the ones used; a native one is another
    // process's and never touches our locks, but is not there on every desktop.
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setIconProvider(&icons());
    const QFileInfo asked(folderOrFile.isEmpty() ? QDir::currentPath() : folderOrFile);
    if (asked.isDir()) {
        dialog->setDirectory(asked.absoluteFilePath());
    } else {
        dialog->setDirectory(asked.absolutePath());
        dialog->selectFile(asked.fileName());
    }
    return dialog;
}

QString FileDialogs::openFile(QWidget* parent, const QString& title, const QString& folder,
                              const QString& filters) {
    std::unique_ptr<QFileDialog> d(dialog(parent, title, folder, filters));
    d->setFileMode(QFileDialog::ExistingFile);
    d->setAcceptMode(QFileDialog::AcceptOpen);
    return d->exec() == QDialog::Accepted ? d->selectedFiles().value(0) : QString();
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& proposed,
                              const QString& filters, QString* filter) {
    std::unique_ptr<QFileDialog> d(dialog(parent, title, proposed, filters));
    d->setFileMode(QFileDialog::AnyFile);
    d->setAcceptMode(QFileDialog::AcceptSave);
    if (filter && !filter->isEmpty()) d->selectNameFilter(*filter);
    if (d->exec() != QDialog::Accepted) return {};
    if (filter) *filter = d->selectedNameFilter();
    return d->selectedFiles().value(0);
}

QString FileDialogs::folder(QWidget* parent, const QString& title, const QString& folder) {
    std::unique_ptr<QFileDialog> d(dialog(parent, title, folder, QString()));
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly, true);
    return d->exec() == QDialog::Accepted ? d->selectedFiles().value(0) : QString();
}

}  // namespace isms::ui
