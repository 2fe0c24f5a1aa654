#include "Icons.h"

#include <QApplication>
#include <QStyle>

namespace isms::ui {

QIcon Icons::get(Kind kind) {
    struct Source {
        const char* theme;  // freedesktop.org icon naming specification
        QStyle::StandardPixmap fallback;
    };
    static const Source sources[] = {
        {"document-save", QStyle::SP_DialogSaveButton},
        {"edit-undo", QStyle::SP_ArrowBack},
        {"edit-redo", QStyle::SP_ArrowForward},
        {"document-open", QStyle::SP_DialogOpenButton},
        {"document-new", QStyle::SP_FileIcon},
        {"edit-find", QStyle::SP_FileDialogContentsView},
        {"document-print", QStyle::SP_FileDialogDetailedView},
        {"document-save-as", QStyle::SP_DriveFDIcon},
        {"view-refresh", QStyle::SP_BrowserReload},
        {"help-contents", QStyle::SP_DialogHelpButton},
        {"system-log-out", QStyle::SP_DialogCloseButton},
    };
    const Source& source = sources[kind];
    return QIcon::fromTheme(QString::fromLatin1(source.theme),
                            QApplication::style()->standardIcon(source.fallback));
}

}  // namespace isms::ui
