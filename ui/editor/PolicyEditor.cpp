#include "PolicyEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "EditCommand.h"
#include "TitleBlockForm.h"
#include "dialogs/DialogForm.h"
#include "domain/Error.h"
#include "models/SectionTreeModel.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "widgets/Icons.h"
#include "widgets/RocDateEdit.h"

namespace isms::ui {

using core::SectionEditor;

PolicyEditor::PolicyEditor(core::Database& db, qint64 versionId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_versionId(versionId),
      m_editor(db, versionId),
      m_treeVersion(m_editor.treeVersion()),
      m_undo(new QUndoStack(this)),
      m_model(new SectionTreeModel(this)),
      m_tree(new QTreeView(this)),
      m_heading(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_titleBlock(new TitleBlockForm(this)),
      m_sectionMessage(DialogForm::messageLabel(this)) {
    const auto summary = core::PolicyRepository(db).version(versionId);
    setWindowTitle(tr("Edit %1 version %2").arg(summary.code, summary.version) +
                   QStringLiteral("[*]"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    const core::PolicyRepository repository(m_db);
    m_titleBlock->setDocumentSchemes(repository.numberings(repository.version(m_versionId).documentId));
    m_titleBlock->load(storedTitleBlock());

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_titleBlock);
    rightLayout->addWidget(buildSectionFields(), 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    buildMenus();
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Apply everything typed (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the editor (Esc, Ctrl+W)"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &PolicyEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyEditor::reject);
    layout->addWidget(buttons);
    // Enter belongs to the field it is typed in (the heading applies the section, a title block
    // field the block): no button of the dialog is pressed by it.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    for (QLineEdit* field : findChildren<QLineEdit*>()) field->installEventFilter(this);
    for (QPlainTextEdit* field : findChildren<QPlainTextEdit*>()) field->installEventFilter(this);
    resize(1100, 720);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PolicyEditor::sectionChosen);
    connect(m_heading, &QLineEdit::textEdited, this, &PolicyEditor::updateModified);
    connect(m_heading, &QLineEdit::returnPressed, this, &PolicyEditor::applySectionText);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PolicyEditor::updateModified);
    connect(m_titleBlock, &TitleBlockForm::edited, this, &PolicyEditor::updateModified);
    connect(m_titleBlock, &TitleBlockForm::applyRequested, this, &PolicyEditor::applyTitleBlock);
    reload(0);
}

QLabel* PolicyEditor::titleMessage() const {
    return m_titleBlock->message();
}
QLineEdit* PolicyEditor::titleField() const {
    return m_titleBlock->titleField();
}
QComboBox* PolicyEditor::classificationChooser() const {
    return m_titleBlock->classificationChooser();
}
RocDateEdit* PolicyEditor::effectiveDateField() const {
    return m_titleBlock->effectiveDateField();
}

QAction* PolicyEditor::action(const QString& name) const {
    return findChild<QAction*>(name);
}

QWidget* PolicyEditor::buildSectionFields() {
    auto* box = new QGroupBox(tr("Section"), this);
    auto* form = new QFormLayout(box);
    m_body->setPlaceholderText(tr("One paragraph per line"));
    auto* apply = new QPushButton(tr("Apply section text"), box);
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    apply->setToolTip(
        tr("Apply the heading and text (Ctrl+Enter); leaving the section also "
           "applies them"));
    form->addRow(tr("Heading:"), m_heading);
    form->addRow(QString(), m_sectionMessage);
    form->addRow(tr("Text:"), m_body);
    form->addRow(QString(), apply);
    connect(apply, &QPushButton::clicked, this, &PolicyEditor::applySectionText);
    return box;
}

bool PolicyEditor::eventFilter(QObject* watched, QEvent* event) {
    // Undo and redo in a field undo its own typing while it has some; past that, the keys are
    // the draft's Undo and Redo, rather than doing nothing.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            bool fieldHas = true;
            if (auto* line = qobject_cast<QLineEdit*>(watched))
                fieldHas = undo ? line->isUndoAvailable() : line->isRedoAvailable();
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched))
                fieldHas = undo ? plain->document()->isUndoAvailable()
                                : plain->document()->isRedoAvailable();
            if (!fieldHas) return true;  // not taken by the field: the window's action runs
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PolicyEditor::buildMenus() {
    auto* bar = new QMenuBar(this);
    auto* tools = new QToolBar(this);
    const auto make = [this](const QString& name, const QString& text, const QIcon& icon,
                             const QList<QKeySequence>& keys, bool (PolicyEditor::*step)()) {
        auto* a = new QAction(icon, text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, [this, step] { (this->*step)(); });
        return a;
    };
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(make(QStringLiteral("save"), tr("&Save"), Icons::get(Icons::Save),
                         {QKeySequence::Save}, &PolicyEditor::save));
    QAction* close = file->addAction(tr("&Close"), this, &PolicyEditor::reject);
    close->setObjectName(QStringLiteral("close"));
    // The platform's Close keys with Ctrl+W, each once: a key given twice to one action is an
    // ambiguous shortcut that Qt runs neither time.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    close->setShortcuts(closeKeys);
    QMenu* edit = bar->addMenu(tr("&Edit"));
    QAction* undo = make(QStringLiteral("undo"), tr("&Undo"), Icons::get(Icons::Undo),
                         {QKeySequence::Undo}, &PolicyEditor::undo);
    QAction* redo = make(QStringLiteral("redo"), tr("&Redo"), Icons::get(Icons::Redo),
                         {QKeySequence::Redo}, &PolicyEditor::redo);
    // The menu names what would be undone; the toolbar keeps its icon, so it never jumps.
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString& step) {
        undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo “%1”").arg(step));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString& step) {
        redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo “%1”").arg(step));
    });
    edit->addAction(undo);
    edit->addAction(redo);
    tools->addAction(undo);
    tools->addAction(redo);
    for (QAction* a : {undo, redo}) {
        if (auto* button = qobject_cast<QToolButton*>(tools->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    tools->addSeparator();
    QMenu* section = bar->addMenu(tr("&Section"));
    const auto add = [&](const char* name, const QString& text, const QKeySequence& key,
                         bool (PolicyEditor::*step)()) {
        QAction* a = make(QString::fromLatin1(name), text, QIcon(), {key}, step);
        section->addAction(a);
        tools->addAction(a);
    };
    add("add_sibling", tr("Add section after"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
        &PolicyEditor::addSibling);
    add("add_child", tr("Add subsection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus),
        &PolicyEditor::addChild);
    add("delete", tr("Delete section"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
        &PolicyEditor::removeSection);
    add("move_up", tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), &PolicyEditor::moveUp);
    add("move_down", tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down),
        &PolicyEditor::moveDown);
    add("indent", tr("Indent"), QKeySequence(Qt::ALT | Qt::Key_Right), &PolicyEditor::indent);
    add("outdent", tr("Outdent"), QKeySequence(Qt::ALT | Qt::Key_Left), &PolicyEditor::outdent);
    auto* top = new QVBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(bar);
    top->addWidget(tools);
    static_cast<QVBoxLayout*>(layout())->addLayout(top);
}

qint64 PolicyEditor::selectedSection() const {
    const core::PolicySection* s = m_model->section(m_tree->currentIndex());
    return s ? s->id : 0;
}

void PolicyEditor::selectSection(qint64 sectionId) {
    const QModelIndex index = m_model->indexOf(sectionId);
    if (index.isValid()) m_tree->setCurrentIndex(index);
}

void PolicyEditor::reload(qint64 select) {
    const qint64 keep = select ? select : selectedSection();
    core::PolicyContent content = core::PolicyRepository(m_db).load(m_versionId);
    m_model->setSections(std::move(content.sections), content.numbering);
    m_tree->expandAll();
    m_treeVersion = m_editor.treeVersion();
    // Whatever the fields held is applied, or was refused and is to be shown as stored.
    m_shown = 0;
    const QModelIndex index = m_model->indexOf(keep);
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    }
    showSelected();
    if (!m_titleBlock->isPending()) m_titleBlock->load(storedTitleBlock());
    updateModified();
}

void PolicyEditor::sectionChosen() {
    if (m_reselecting) return;
    const qint64 chosen = selectedSection();
    if (m_shown && m_shown != chosen && hasUnappliedText()) {
        // What was typed into the section being left is applied to it first; if that is
        // refused, the section stays chosen with its text and the reason.
        if (!applySectionTextTo(m_shown, chosen)) {
            m_reselecting = true;
            selectSection(m_shown);
            m_reselecting = false;
        }
        return;
    }
    showSelected();
}

void PolicyEditor::showSelected() {
    const core::PolicySection* s = m_model->section(m_tree->currentIndex());
    m_shown = s ? s->id : 0;
    m_loadedHeading = s ? s->heading : QString();
    m_loadedBody = s ? s->paragraphs.join(QLatin1Char('\n')) : QString();
    const QSignalBlocker blockBody(m_body);
    m_heading->setText(m_loadedHeading);
    m_body->setPlainText(m_loadedBody);
    m_heading->setEnabled(s);
    m_body->setEnabled(s);
    updateModified();
}

bool PolicyEditor::hasUnappliedText() const {
    return m_shown &&
           (m_heading->text() != m_loadedHeading || m_body->toPlainText() != m_loadedBody);
}

bool PolicyEditor::hasUnappliedWork() const {
    return hasUnappliedText() || m_titleBlock->isPending();
}

void PolicyEditor::updateModified() {
    setWindowModified(hasUnappliedWork());
}

bool PolicyEditor::perform(const QString& text, const std::function<void()>& doIt,
                           const std::function<void()>& undoIt, qint64 select, qint64 showAfterUndo,
                           QLabel* message) {
    try {
        doIt();
    } catch (const core::Error& e) {
        message->setText(e.message());
        return false;
    }
    m_sectionMessage->clear();
    titleMessage()->clear();
    // Undo and redo also reload, so the tree and numbers always show what is stored.
    auto after = [this, showAfterUndo] { reload(showAfterUndo); };
    m_undo->push(new EditCommand(
        text,
        [doIt, after] {
            doIt();
            after();
        },
        [undoIt, after] {
            undoIt();
            after();
        },
        [this](const QString& why) { m_refusal = why; }));
    reload(select);
    return true;
}

bool PolicyEditor::addAt(const SectionEditor::Position& at) {
    auto id = std::make_shared<qint64>(0);
    const QString heading = tr("New section");
    const bool added = perform(
        tr("Add section"),
        [this, at, id, heading] {
            if (*id == 0) {
                *id = m_editor.insert(m_treeVersion, at, heading, {});
            } else {
                m_editor.restore(m_treeVersion, at, core::PolicySection{*id, heading, {}, {}});
            }
            m_treeVersion = m_editor.treeVersion();
        },
        [this, id] {
            m_editor.remove(m_treeVersion, *id);
            m_treeVersion = m_editor.treeVersion();
        },
        0, 0, m_sectionMessage);
    if (added) selectSection(*id);
    return added;
}

bool PolicyEditor::addSibling() {
    if (!save()) return false;
    const qint64 current = selectedSection();
    if (!current) return addAt({0, m_model->rowCount()});
    const auto p = m_editor.positionOf(current);
    return addAt({p.parentId, p.index + 1});
}

bool PolicyEditor::addChild() {
    if (!save()) return false;
    const qint64 current = selectedSection();
    if (!current) return false;
    return addAt({current, m_model->rowCount(m_tree->currentIndex())});
}

bool PolicyEditor::removeSection() {
    if (!save()) return false;
    const qint64 current = selectedSection();
    if (!current) return false;
    const auto at = m_editor.positionOf(current);
    const core::PolicySection subtree = m_editor.load(current);
    return perform(
        tr("Delete section"),
        [this, current] {
            m_editor.remove(m_treeVersion, current);
            m_treeVersion = m_editor.treeVersion();
        },
        [this, at, subtree] {
            m_editor.restore(m_treeVersion, at, subtree);
            m_treeVersion = m_editor.treeVersion();
        },
        0, current, m_sectionMessage);
}

bool PolicyEditor::moveBy(Target target, const QString& text) {
    if (!save()) return false;
    const qint64 current = selectedSection();
    SectionEditor::Position to;
    if (!current || !(m_editor.*target)(current, &to)) return false;
    const auto from = m_editor.positionOf(current);
    return perform(
        text,
        [this, current, to] {
            m_editor.move(m_treeVersion, current, to);
            m_treeVersion = m_editor.treeVersion();
        },
        [this, current, from] {
            m_editor.move(m_treeVersion, current, from);
            m_treeVersion = m_editor.treeVersion();
        },
        current, current, m_sectionMessage);
}

bool PolicyEditor::moveUp() {
    return moveBy(&SectionEditor::upTarget, tr("Move up"));
}
bool PolicyEditor::moveDown() {
    return moveBy(&SectionEditor::downTarget, tr("Move down"));
}
bool PolicyEditor::indent() {
    return moveBy(&SectionEditor::indentTarget, tr("Indent"));
}
bool PolicyEditor::outdent() {
    return moveBy(&SectionEditor::outdentTarget, tr("Outdent"));
}

bool PolicyEditor::applySectionText() {
    return applySectionTextTo(m_shown, m_shown);
}

bool PolicyEditor::applySectionTextTo(qint64 section, qint64 selectAfter) {
    if (!section) return false;
    const core::PolicySection before = m_editor.load(section);
    const QString heading = m_heading->text();
    const QStringList paragraphs = m_body->toPlainText().split(QLatin1Char('\n'));
    return perform(
        tr("Edit section “%1”").arg(heading.isEmpty() ? before.heading : heading),
        [this, section, heading, paragraphs] {
            m_editor.update(m_treeVersion, section, heading, paragraphs);
            m_treeVersion = m_editor.treeVersion();
        },
        [this, section, before] {
            m_editor.update(m_treeVersion, section, before.heading, before.paragraphs);
            m_treeVersion = m_editor.treeVersion();
        },
        selectAfter, section, m_sectionMessage);
}

SectionEditor::TitleBlock PolicyEditor::storedTitleBlock() const {
    const core::PolicyContent c = core::PolicyRepository(m_db).load(m_versionId);
    return {c.title, c.classification, c.effectiveDate, c.notice, c.numbering, c.orgName};
}

bool PolicyEditor::applyTitleBlock() {
    const SectionEditor::TitleBlock before = storedTitleBlock();
    const SectionEditor::TitleBlock after = m_titleBlock->value();
    const bool applied = perform(
        tr("Edit title block"),
        [this, after] {
            m_editor.setTitleBlock(m_treeVersion, after);
            m_treeVersion = m_editor.treeVersion();
            m_titleBlock->load(after);
        },
        [this, before] {
            m_editor.setTitleBlock(m_treeVersion, before);
            m_treeVersion = m_editor.treeVersion();
            m_titleBlock->load(before);
        },
        m_shown, m_shown, titleMessage());
    return applied;
}

bool PolicyEditor::save() {
    if (hasUnappliedText() && !applySectionText()) return false;
    if (m_titleBlock->isPending() && !applyTitleBlock()) return false;
    return true;
}

bool PolicyEditor::undo() {
    return replay(true);
}
bool PolicyEditor::redo() {
    return replay(false);
}

bool PolicyEditor::replay(bool back) {
    // What was typed becomes a step first, so that undoing never drops it unseen: undo then
    // takes back that step, and redo brings it again.
    if (!save()) return false;
    if (back ? !m_undo->canUndo() : !m_undo->canRedo()) return false;
    m_refusal.clear();
    if (back)
        m_undo->undo();
    else
        m_undo->redo();
    if (m_refusal.isEmpty()) return true;
    m_undo->clear();
    m_sectionMessage->setText(
        tr("%1 The undo history no longer matches the draft and was cleared; the editor shows "
           "the draft as it is stored.")
            .arg(m_refusal));
    reload(0);
    return false;
}

void PolicyEditor::reject() {
    // Closed because someone else signed in at the lock: the locked person's typing goes.
    if (hasUnappliedWork() && !property("isms_closed_by_lock").toBool()) {
        const auto answer = QMessageBox::question(
            this, windowTitle().remove(QStringLiteral("[*]")),
            tr("What you typed has not been saved yet. Save it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) return;
        if (answer == QMessageBox::Save && !save()) return;
    }
    QDialog::reject();
}

}  // namespace isms::ui
