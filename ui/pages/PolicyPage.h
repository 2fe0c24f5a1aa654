#pragma once

#include <QWidget>

#include "Page.h"
#include "domain/VersionSummary.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace isms::core {
class Database;
}

namespace isms::ui {

class ControlledCopiesWidget;
class PolicyHistoryWidget;
class SectionTreeModel;
class VersionActions;

// A policy document: its versions, the chosen version's title block and section tree, and the
// text of the chosen section — reading like the paper original.
class PolicyPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit PolicyPage(core::Database& db, QWidget* parent = nullptr);

    // Reads the documents and their versions again, showing the chosen document's version in
    // force (on its effective date, the new one).
    void reload() override;
    // The version shown, printed or exported as the File menu's Print… and Export PDF… do.
    void print() override;
    void exportFile() override;
    bool canPrint() const override { return true; }
    bool canExport() const override { return true; }
    // New version… and Edit draft… are the page's New and Open.
    QAbstractButton* button(const char* name) const override;
    // The versions: opened (Enter, a double click), a draft goes to the editor and any other
    // version to its print preview, to be read like the paper copy.
    QAbstractItemView* mainList() const override;
    void openVersion();
    QComboBox* documentChooser() const { return m_documents; }
    QTableWidget* versionTable() const { return m_versions; }
    QTreeView* sectionView() const { return m_tree; }
    QTextBrowser* sectionText() const { return m_text; }
    QLabel* titleLabel() const { return m_title; }
    VersionActions* versionActions() const { return m_actions; }
    PolicyHistoryWidget* historyWidget() const { return m_historyWidget; }
    ControlledCopiesWidget* copiesWidget() const { return m_copies; }
    // The version shown, 0 for none.
    qint64 currentVersionId() const;
    // Reloads the document's versions and shows the given one.
    void showVersionById(qint64 versionId);

protected:
    // Shown again (View ▸ Refresh, coming back to the page): read again, on the version shown.
    void showEvent(QShowEvent* event) override;

private:
    void showDocument(int index);
    void showVersion(int row);
    void showSection();
    QWidget* buildTitleBlock();

    core::Database& m_db;
    QList<core::VersionSummary> m_versionList;
    QComboBox* m_documents;
    QTableWidget* m_versions;
    VersionActions* m_actions;
    PolicyHistoryWidget* m_historyWidget;
    ControlledCopiesWidget* m_copies = nullptr;
    QLabel* m_title;
    QLabel* m_org;
    QLabel* m_code;
    QLabel* m_classification;
    QLabel* m_effective;
    QLabel* m_notice;
    SectionTreeModel* m_sections;
    QTreeView* m_tree;
    QTextBrowser* m_text;
    bool m_read = true;  // what the constructor read is what a first showing shows
};

}  // namespace isms::ui
