#include "PolicyPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "PolicyPrinting.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "models/SectionTreeModel.h"
#include "storage/PolicyRepository.h"
#include "widgets/ControlledCopiesWidget.h"
#include "widgets/ListMenu.h"
#include "widgets/PolicyHistoryWidget.h"
#include "widgets/VersionActions.h"

namespace isms::ui {

using core::Classification;
using core::VersionStatus;

PolicyPage::PolicyPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_documents(new QComboBox(this)),
      m_versions(new QTableWidget(this)),
      m_actions(new VersionActions(db, this)),
      m_historyWidget(new PolicyHistoryWidget(db, this)),
      m_title(new QLabel(this)),
      m_org(new QLabel(this)),
      m_code(new QLabel(this)),
      m_classification(new QLabel(this)),
      m_effective(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_sections(new SectionTreeModel(this)),
      m_tree(new QTreeView(this)),
      m_text(new QTextBrowser(this)) {
    m_versions->setColumnCount(4);
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Status"), tr("Effective"), tr("Change summary")});
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMaximumHeight(110);
    m_versions->setProperty(ListMenu::kOpensItself, true);
    connect(m_versions, &QTableWidget::cellDoubleClicked, this, &PolicyPage::openVersion);

    m_tree->setModel(m_sections);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Document:"), this));
    chooser->addWidget(m_documents, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_text);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* lower = new QTabWidget(this);
    lower->addTab(split, tr("Text"));
    lower->addTab(m_historyWidget, tr("Revision history and reviews"));
    m_copies = new ControlledCopiesWidget(
        db, [this] { return currentVersionId(); }, this);
    lower->addTab(m_copies, tr("Controlled copies"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_versions);
    layout->addWidget(m_actions);
    layout->addWidget(buildTitleBlock());
    layout->addWidget(lower, 1);

    connect(m_actions, &VersionActions::changed, this, &PolicyPage::showVersionById);
    connect(m_historyWidget, &PolicyHistoryWidget::versionCreated, this,
            &PolicyPage::showVersionById);

    connect(m_documents, &QComboBox::currentIndexChanged, this, &PolicyPage::showDocument);
    connect(m_versions, &QTableWidget::currentCellChanged, this,
            [this](int row) { showVersion(row); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PolicyPage::showSection);
    reload();
}

QWidget* PolicyPage::buildTitleBlock() {
    auto* box = new QGroupBox(tr("Title block"), this);
    auto* form = new QFormLayout(box);
    m_title->setWordWrap(true);
    m_org->setWordWrap(true);
    m_notice->setWordWrap(true);
    form->addRow(tr("Organisation:"), m_org);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Document code / version:"), m_code);
    form->addRow(tr("Security classification:"), m_classification);
    form->addRow(tr("Effective date:"), m_effective);
    form->addRow(tr("Note:"), m_notice);
    return box;
}

void PolicyPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (event->spontaneous()) return;
    if (m_read) {
        m_read = false;
        return;
    }
    showVersionById(currentVersionId());
}

void PolicyPage::print() {
    if (const qint64 version = currentVersionId()) PolicyPrinting(m_db, this).print(version);
}

QAbstractButton* PolicyPage::button(const char* name) const {
    if (qstrcmp(name, kNew) == 0) return m_actions->button(QStringLiteral("new"));
    if (qstrcmp(name, kOpen) == 0) return m_actions->button(QStringLiteral("edit"));
    return Page::button(name);
}

QAbstractItemView* PolicyPage::mainList() const {
    return m_versions;
}

void PolicyPage::openVersion() {
    const qint64 version = currentVersionId();
    if (!version) return;
    if (QAbstractButton* editDraft = m_actions->button(QStringLiteral("edit"));
        editDraft && editDraft->isEnabled()) {
        editDraft->click();
        return;
    }
    PolicyPrinting(m_db, this).preview(version);
}

void PolicyPage::exportFile() {
    if (const qint64 version = currentVersionId())
        PolicyPrinting(m_db, this).chooseExportFile(version);
}

void PolicyPage::reload() {
    const QVariant current = m_documents->currentData();
    const QSignalBlocker block(m_documents);
    m_documents->clear();
    for (const auto& d : core::PolicyRepository(m_db).documents()) {
        m_documents->addItem(QStringLiteral("%1  %2").arg(d.code, d.title), d.id);
    }
    const int index = qMax(0, m_documents->findData(current));
    m_documents->setCurrentIndex(index);
    showDocument(index);
}

void PolicyPage::showDocument(int index) {
    // Where each version stands today (the one rule): the status column and the version shown
    // first are the in-force one's, and a scheduled version says when it takes effect.
    const QList<core::VersionStanding> standings =
        index < 0 ? QList<core::VersionStanding>()
                  : core::PolicyRepository(m_db).standings(
                        m_documents->itemData(index).toLongLong(), core::Clock::today());
    m_versionList.clear();
    for (const auto& s : standings) m_versionList << s.version;
    const QSignalBlocker block(m_versions);
    m_versions->setRowCount(int(m_versionList.size()));
    int preferred = 0;
    for (int row = 0; row < m_versionList.size(); ++row) {
        const auto& v = m_versionList[row];
        if (standings[row].kind == core::VersionStanding::InForce) preferred = row;
        const QStringList cells{v.version, standings[row].label(),
                                core::Language::longDate(v.effectiveDate), v.changeSummary};
        for (int c = 0; c < cells.size(); ++c)
            m_versions->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_versions->resizeColumnsToContents();
    // Sized to the contents, the summary column is stretched again over the rest (without this
    // it kept its contents' width after a version changed status).
    m_versions->horizontalHeader()->setStretchLastSection(false);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->selectRow(preferred);
    m_historyWidget->setDocument(index < 0 ? 0 : m_documents->itemData(index).toLongLong());
    showVersion(m_versionList.isEmpty() ? -1 : preferred);
}

qint64 PolicyPage::currentVersionId() const {
    const int row = m_versions->currentRow();
    return row >= 0 && row < m_versionList.size() ? m_versionList[row].id : 0;
}

void PolicyPage::showVersionById(qint64 versionId) {
    // The version's own document, which may be new since the list was read (an import).
    qint64 document = 0;
    try {
        document = core::PolicyRepository(m_db).version(versionId).documentId;
    } catch (const core::Error&) {
    }
    if (document != 0 && m_documents->findData(document) < 0) reload();
    const int index = m_documents->findData(document);
    if (index >= 0) {
        const QSignalBlocker block(m_documents);
        m_documents->setCurrentIndex(index);
    }
    showDocument(m_documents->currentIndex());
    for (int row = 0; row < m_versionList.size(); ++row) {
        if (m_versionList[row].id != versionId) continue;
        const QSignalBlocker block(m_versions);
        m_versions->selectRow(row);
        showVersion(row);
    }
}

void PolicyPage::showVersion(int row) {
    m_actions->setVersion(row < 0 || row >= m_versionList.size() ? core::VersionSummary()
                                                                 : m_versionList[row]);
    if (row < 0 || row >= m_versionList.size()) {
        m_sections->setSections({});
        m_text->clear();
        return;
    }
    const auto& summary = m_versionList[row];
    core::PolicyContent content;
    try {
        content = core::PolicyRepository(m_db).load(summary.id);
    } catch (const core::Error& e) {
        m_text->setPlainText(e.message());
        return;
    }
    m_org->setText(content.orgNameEn.isEmpty()
                       ? content.orgName
                       : QStringLiteral("%1\n%2").arg(content.orgName, content.orgNameEn));
    m_title->setText(content.title);
    m_code->setText(QStringLiteral("%1  ·  %2").arg(content.code, content.version));
    m_classification->setText(Classification::label(content.classification));
    m_effective->setText(core::Language::longDate(content.effectiveDate));
    m_notice->setText(content.notice);
    m_sections->setSections(std::move(content.sections), content.numbering);
    m_tree->expandAll();
    m_tree->setCurrentIndex(m_sections->index(0, 0));
}

void PolicyPage::showSection() {
    const QModelIndex index = m_tree->currentIndex();
    const core::PolicySection* s = m_sections->section(index);
    if (!s) {
        m_text->clear();
        return;
    }
    // The section as printed: its number and heading, its paragraphs, then its subsections.
    QString html = QStringLiteral("<h3>%1%2</h3>")
                       .arg(m_sections->number(index).toHtmlEscaped(), s->heading.toHtmlEscaped());
    for (const QString& p : s->paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    for (int row = 0; row < m_sections->rowCount(index); ++row) {
        const QModelIndex child = m_sections->index(row, 0, index);
        html += QStringLiteral("<p style='margin-left:1.5em'>%1</p>")
                    .arg(m_sections->data(child).toString().toHtmlEscaped());
    }
    m_text->setHtml(html);
}

}  // namespace isms::ui
