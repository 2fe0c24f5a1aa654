#include "PolicyEditor.h"

#include "EditCommand.h"
#include "dialogs/DialogForm.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "models/SectionTreeModel.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "widgets/RocDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

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
      m_title(new QLineEdit(this)),
      m_classification(new QComboBox(this)),
      m_effective(new RocDateEdit(QDate(), this)),
      m_notice(new QLineEdit(this)),
      m_sectionMessage(DialogForm::messageLabel(this)),
      m_titleMessage(DialogForm::messageLabel(this)) {
    const auto summary = core::PolicyRepository(db).version(versionId);
    setWindowTitle(tr("Edit %1 version %2").arg(summary.code, summary.version) + QStringLiteral("[*]"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setTextElideMode(Qt::ElideRight);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildTitleBlock());
    rightLayout->addWidget(buildSectionFields(), 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    buildMenus();
    layout->addWidget(split, 1);
    resize(1100, 720);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PolicyEditor::showSelected);
    auto markModified = [this] { setWindowModified(hasUnappliedText()); };
    connect(m_heading, &QLineEdit::textEdited, this, markModified);
    connect(m_body, &QPlainTextEdit::textChanged, this, markModified);
    reload(0);
}

QWidget* PolicyEditor::buildTitleBlock() {
    auto* box = new QGroupBox(tr("Title block"), this);
    auto* form = new QFormLayout(box);
    for (auto c : core::Classification::all()) m_classification->addItem(core::Classification::label(c), int(c));
    const core::PolicyContent content = core::PolicyRepository(m_db).load(m_versionId);
    m_title->setText(content.title);
    m_classification->setCurrentIndex(m_classification->findData(int(content.classification)));
    m_effective->setDate(content.effectiveDate.isValid() ? content.effectiveDate : core::Clock::today());
    m_notice->setText(content.notice);
    auto* apply = new QPushButton(tr("Apply title block"), box);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Security classification:"), m_classification);
    form->addRow(tr("Effective date:"), m_effective);
    form->addRow(tr("Note:"), m_notice);
    form->addRow(QString(), m_titleMessage);
    form->addRow(QString(), apply);
    connect(apply, &QPushButton::clicked, this, &PolicyEditor::applyTitleBlock);
    return box;
}

QWidget* PolicyEditor::buildSectionFields() {
    auto* box = new QGroupBox(tr("Section"), this);
    auto* form = new QFormLayout(box);
    m_body->setPlaceholderText(tr("One paragraph per line"));
    auto* apply = new QPushButton(tr("Apply section text"), box);
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    form->addRow(tr("Heading:"), m_heading);
    form->addRow(QString(), m_sectionMessage);
    form->addRow(tr("Text:"), m_body);
    form->addRow(QString(), apply);
    connect(apply, &QPushButton::clicked, this, &PolicyEditor::applySectionText);
    return box;
}

void PolicyEditor::buildMenus() {
    auto* bar = new QMenuBar(this);
    QMenu* edit = bar->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu* section = bar->addMenu(tr("&Section"));
    auto* tools = new QToolBar(this);
    const auto add = [&](const QString& text, const QKeySequence& key, bool (PolicyEditor::*step)()) {
        QAction* a = section->addAction(text, this, [this, step] { (this->*step)(); });
        a->setShortcut(key);
        tools->addAction(a);
    };
    add(tr("Add section after"), QKeySequence(Qt::CTRL | Qt::Key_Plus), &PolicyEditor::addSibling);
    add(tr("Add subsection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus), &PolicyEditor::addChild);
    add(tr("Delete section"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &PolicyEditor::removeSection);
    add(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), &PolicyEditor::moveUp);
    add(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), &PolicyEditor::moveDown);
    add(tr("Indent"), QKeySequence(Qt::ALT | Qt::Key_Right), &PolicyEditor::indent);
    add(tr("Outdent"), QKeySequence(Qt::ALT | Qt::Key_Left), &PolicyEditor::outdent);
    tools->insertAction(tools->actions().value(0), redo);
    tools->insertAction(redo, undo);
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
    m_model->setSections(core::PolicyRepository(m_db).load(m_versionId).sections);
    m_tree->expandAll();
    m_treeVersion = m_editor.treeVersion();
    const QModelIndex index = m_model->indexOf(keep);
    m_tree->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    showSelected();
}

void PolicyEditor::showSelected() {
    const core::PolicySection* s = m_model->section(m_tree->currentIndex());
    m_loadedHeading = s ? s->heading : QString();
    m_loadedBody = s ? s->paragraphs.join(QLatin1Char('\n')) : QString();
    const QSignalBlocker blockBody(m_body);
    m_heading->setText(m_loadedHeading);
    m_body->setPlainText(m_loadedBody);
    m_heading->setEnabled(s);
    m_body->setEnabled(s);
    setWindowModified(false);
}

bool PolicyEditor::hasUnappliedText() const {
    return m_heading->text() != m_loadedHeading || m_body->toPlainText() != m_loadedBody;
}

void PolicyEditor::failed(const QString& message) {
    m_sectionMessage->setText(message);
    reload(0);
}

bool PolicyEditor::perform(const QString& text, const std::function<void()>& doIt, const std::function<void()>& undoIt,
                           qint64 select, QLabel* message) {
    try {
        doIt();
    } catch (const core::Error& e) {
        message->setText(e.message());
        return false;
    }
    m_sectionMessage->clear();
    m_titleMessage->clear();
    // Undo and redo also reload, so the tree and numbers always show what is stored.
    auto after = [this, select] { reload(select); };
    m_undo->push(new EditCommand(
        text, [doIt, after] { doIt(); after(); }, [undoIt, after] { undoIt(); after(); },
        [this](const QString& message) { failed(message); }));
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
        0, m_sectionMessage);
    if (added) selectSection(*id);
    return added;
}

bool PolicyEditor::addSibling() {
    const qint64 current = selectedSection();
    if (!current) return addAt({0, m_model->rowCount()});
    const auto p = m_editor.positionOf(current);
    return addAt({p.parentId, p.index + 1});
}

bool PolicyEditor::addChild() {
    const qint64 current = selectedSection();
    if (!current) return false;
    return addAt({current, m_model->rowCount(m_tree->currentIndex())});
}

bool PolicyEditor::removeSection() {
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
        0, m_sectionMessage);
}

bool PolicyEditor::moveBy(Target target, const QString& text) {
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
        current, m_sectionMessage);
}

bool PolicyEditor::moveUp() { return moveBy(&SectionEditor::upTarget, tr("Move up")); }
bool PolicyEditor::moveDown() { return moveBy(&SectionEditor::downTarget, tr("Move down")); }
bool PolicyEditor::indent() { return moveBy(&SectionEditor::indentTarget, tr("Indent")); }
bool PolicyEditor::outdent() { return moveBy(&SectionEditor::outdentTarget, tr("Outdent")); }

bool PolicyEditor::applySectionText() {
    const qint64 current = selectedSection();
    if (!current) return false;
    const core::PolicySection before = m_editor.load(current);
    const QString heading = m_heading->text();
    const QStringList paragraphs = m_body->toPlainText().split(QLatin1Char('\n'));
    return perform(
        tr("Edit section"),
        [this, current, heading, paragraphs] {
            m_editor.update(m_treeVersion, current, heading, paragraphs);
            m_treeVersion = m_editor.treeVersion();
        },
        [this, current, before] {
            m_editor.update(m_treeVersion, current, before.heading, before.paragraphs);
            m_treeVersion = m_editor.treeVersion();
        },
        current, m_sectionMessage);
}

SectionEditor::TitleBlock PolicyEditor::currentTitleBlock() const {
    const core::PolicyContent c = core::PolicyRepository(m_db).load(m_versionId);
    return {c.title, c.classification, c.effectiveDate, c.notice};
}

bool PolicyEditor::applyTitleBlock() {
    const SectionEditor::TitleBlock before = currentTitleBlock();
    const SectionEditor::TitleBlock after{m_title->text(),
                                          core::Classification::Value(m_classification->currentData().toInt()),
                                          m_effective->date(), m_notice->text()};
    return perform(
        tr("Edit title block"),
        [this, after] {
            m_editor.setTitleBlock(m_treeVersion, after);
            m_treeVersion = m_editor.treeVersion();
        },
        [this, before] {
            m_editor.setTitleBlock(m_treeVersion, before);
            m_treeVersion = m_editor.treeVersion();
        },
        selectedSection(), m_titleMessage);
}

void PolicyEditor::reject() {
    if (hasUnappliedText()) {
        const auto answer = QMessageBox::question(
            this, windowTitle().remove(QStringLiteral("[*]")),
            tr("The section text you typed has not been applied. Apply it before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) return;
        if (answer == QMessageBox::Save && !applySectionText()) return;
    }
    QDialog::reject();
}

}  // namespace isms::ui
