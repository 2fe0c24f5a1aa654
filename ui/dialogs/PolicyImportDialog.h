#pragma once

#include "domain/PolicyContent.h"
#include "import/ImportWarning.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeView;

namespace isms::core {
class Database;
}

namespace isms::ui {

class SectionTreeModel;

// File ▸ Import policy…: a policy's text read and shown before anything is written — its title
// block, its numbering, its section tree as it will print, and what was read differently, line
// by line. The document code and version may be given where the text has none. Importing stores
// it as a draft in one transaction; a refusal keeps the dialog open with core's reason.
class PolicyImportDialog : public QDialog {
    Q_OBJECT
public:
    PolicyImportDialog(core::Database& db, const QString& file, core::PolicyContent content,
                       QList<core::ImportWarning> warnings, QWidget* parent = nullptr);

    // Chooses a file, reads it (a file that is no policy is refused with the reason, nothing
    // written), previews it and imports it: the new draft's version id, 0 when nothing was.
    static qint64 run(core::Database& db, QWidget* parent);

    QLineEdit* codeField() const { return m_code; }
    QLineEdit* versionField() const { return m_version; }
    QTreeView* sectionView() const { return m_tree; }
    QListWidget* warningList() const { return m_warnings; }
    // The document's own numbering first, then the usual schemes: how the draft will number.
    QComboBox* numberingChooser() const { return m_numbering; }
    QLabel* messageLabel() const { return m_message; }
    qint64 importedVersion() const { return m_imported; }
    void accept() override;

private:
    core::Database& m_db;
    core::PolicyContent m_content;
    QLineEdit* m_code;
    QLineEdit* m_version;
    QComboBox* m_numbering;
    QList<core::NumberingScheme> m_schemes;
    QTreeView* m_tree;
    SectionTreeModel* m_model;
    QListWidget* m_warnings;
    QLabel* m_message;
    qint64 m_imported = 0;
};

}  // namespace isms::ui
