#pragma once

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Compares any two versions of a document — sections added, removed and changed, with the
// changed words marked — on screen and in print.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    CompareDialog(core::Database& db, qint64 documentId, QWidget* parent = nullptr);

    QComboBox* beforeChooser() const { return m_before; }
    QComboBox* afterChooser() const { return m_after; }
    QTextBrowser* view() const { return m_view; }
    void refresh();

private:
    void printPreview();

    core::Database& m_db;
    QComboBox* m_before;
    QComboBox* m_after;
    QTextBrowser* m_view;
};

}  // namespace isms::ui
