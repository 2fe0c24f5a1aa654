#pragma once

#include <QDialog>

#include "services/SectionEditor.h"

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
class TitleBlockForm;

// The editor of a draft policy version: the section tree (add, delete, move, indent, outdent —
// numbering follows live), each section's heading and text, and the title block. Every change
// is saved at once and can be undone and redone (Edit menu, Ctrl+Z / Ctrl+Shift+Z).
// Typed text is never dropped: leaving a section, or any step on the tree, first applies what was
// typed into it (one undoable step); Save (Ctrl+S) applies everything typed; closing with typed
// text not yet applied asks. The window title's "*" says that something typed is not applied.
class PolicyEditor : public QDialog {
    Q_OBJECT
public:
    PolicyEditor(core::Database& db, qint64 versionId, QWidget* parent = nullptr);

    // Read it; drive it through undo() and redo(), which also put it right when refused.
    QUndoStack* undoStack() const { return m_undo; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* headingField() const { return m_heading; }
    QPlainTextEdit* bodyField() const { return m_body; }
    // Why the last edit was refused, shown next to the fields it concerns.
    QLabel* sectionMessage() const { return m_sectionMessage; }
    QLabel* titleMessage() const;
    QLineEdit* titleField() const;
    QComboBox* classificationChooser() const;
    RocDateEdit* effectiveDateField() const;
    QAction* action(const QString& name) const;
    qint64 selectedSection() const;
    void selectSection(qint64 sectionId);
    bool hasUnappliedText() const;
    // Typed text of the section or the title block not yet applied.
    bool hasUnappliedWork() const;

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
    // Applies whatever was typed and not yet applied (Save).
    bool save();
    // When core refuses to undo or redo (someone else changed the draft), the history no
    // longer describes the draft: it is cleared, the draft shown as stored, and the reason said.
    bool undo();
    bool redo();

    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using Target = bool (core::SectionEditor::*)(qint64, core::SectionEditor::Position*) const;
    bool perform(const QString& text, const std::function<void()>& doIt,
                 const std::function<void()>& undoIt, qint64 select, qint64 showAfterUndo,
                 QLabel* message);
    bool moveBy(Target target, const QString& text);
    bool addAt(const core::SectionEditor::Position& at);
    bool applySectionTextTo(qint64 section, qint64 selectAfter);
    bool replay(bool back);
    void reload(qint64 select);
    void sectionChosen();
    void showSelected();
    void updateModified();
    QWidget* buildSectionFields();
    void buildMenus();
    core::SectionEditor::TitleBlock storedTitleBlock() const;

    core::Database& m_db;
    qint64 m_versionId;
    core::SectionEditor m_editor;
    int m_treeVersion;
    QUndoStack* m_undo;
    SectionTreeModel* m_model;
    QTreeView* m_tree;
    QLineEdit* m_heading;
    QPlainTextEdit* m_body;
    TitleBlockForm* m_titleBlock;
    QLabel* m_sectionMessage;
    qint64 m_shown = 0;  // the section whose heading and text the fields hold
    QString m_loadedHeading;
    QString m_loadedBody;
    QString m_refusal;  // why the undo or redo just run was refused
    bool m_reselecting = false;
};

}  // namespace isms::ui
