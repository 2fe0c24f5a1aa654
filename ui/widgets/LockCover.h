#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>

class QDialog;
class QWidget;

namespace isms::ui {

// While the window is locked, what was on screen stays as it was but out of sight: the main
// window's pages and every open dialog, with what was typed in it, are covered by a plain panel
// until someone signs in. Lifted for the same person, everything is where it was.
class LockCover {
    Q_DECLARE_TR_FUNCTIONS(LockCover)
public:
    explicit LockCover(QWidget* window);
    ~LockCover();
    LockCover(const LockCover&) = delete;
    LockCover& operator=(const LockCover&) = delete;

    // The dialogs that were open when the window locked.
    QList<QDialog*> dialogs() const;
    // Closes them without asking (another person signed in: the locked person's forms go).
    void closeDialogs();

private:
    void cover(QWidget* widget);

    QList<QPointer<QWidget>> m_covers;
    QList<QPointer<QDialog>> m_dialogs;
};

}  // namespace isms::ui
