#pragma once

#include "services/SectionEditor.h"

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;
class QUndoStack;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RocDateEdit;
class SectionTreeModel;

// The editor of a draft policy version: the section tree (add, delete, move, indent, outdent —
// numbering follows live), each section's heading and text, and the title block. Every change
// is saved at once and can be undone and redone (Edit menu, Ctrl+Z / Ctrl+Shift+Z); text typed
// but not yet applied is asked about on close.
class PolicyEditor : public QDialog {
    Q_OBJECT
public:
    PolicyEditor(core::Database& db, qint64 versionId, QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* headingField() const { return m_heading; }
    QPlainTextEdit* bodyField() const { return m_body; }
    // Why the last edit was refused, shown next to the fields it concerns.
    QLabel* sectionMessage() const { return m_sectionMessage; }
    QLabel* titleMessage() const { return m_titleMessage; }
    QLineEdit* titleField() const { return m_title; }
    QComboBox* classificationChooser() const { return m_classification; }
    RocDateEdit* effectiveDateField() const { return m_effective; }
    qint64 selectedSection() const;
    void selectSection(qint64 sectionId);
    bool hasUnappliedText() const;

    // The editing steps behind the menu; false (and a message) when refused.
    bool addSibling();
    bool addChild();
    bool removeSection();
    bool moveUp();
    bool moveDown();
    bool indent();
    bool outdent();
    bool applySectionText();
    bool applyTitleBlock();

    void reject() override;

private:
    using Target = bool (core::SectionEditor::*)(qint64, core::SectionEditor::Position*) const;
    bool perform(const QString& text, const std::function<void()>& doIt, const std::function<void()>& undoIt,
                 qint64 select, QLabel* message);
    bool moveBy(Target target, const QString& text);
    bool addAt(const core::SectionEditor::Position& at);
    void reload(qint64 select);
    void showSelected();
    void failed(const QString& message);
    QWidget* buildTitleBlock();
    QWidget* buildSectionFields();
    void buildMenus();
    core::SectionEditor::TitleBlock currentTitleBlock() const;

    core::Database& m_db;
    qint64 m_versionId;
    core::SectionEditor m_editor;
    int m_treeVersion;
    QUndoStack* m_undo;
    SectionTreeModel* m_model;
    QTreeView* m_tree;
    QLineEdit* m_heading;
    QPlainTextEdit* m_body;
    QLineEdit* m_title;
    QComboBox* m_classification;
    RocDateEdit* m_effective;
    QLineEdit* m_notice;
    QLabel* m_sectionMessage;
    QLabel* m_titleMessage;
    QString m_loadedHeading;
    QString m_loadedBody;
};

}  // namespace isms::ui
