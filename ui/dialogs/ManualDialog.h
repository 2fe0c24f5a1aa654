#pragma once

#include <QDialog>

class QTextBrowser;

namespace isms::ui {

// Help ▸ User manual (F1): the short manual shipped with the program, in the language the
// program runs in (English where there is none), following the journeys of its three users.
class ManualDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualDialog(QWidget* parent = nullptr);

    QTextBrowser* text() const { return m_text; }
    // The manual's resource for the language ("zh_TW", "en").
    static QString resourceFor(const QString& language);

private:
    QTextBrowser* m_text;
};

}  // namespace isms::ui
