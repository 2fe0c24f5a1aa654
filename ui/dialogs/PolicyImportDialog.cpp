#include "PolicyImportDialog.h"

#include "DialogForm.h"
#include "models/SectionTreeModel.h"
#include "widgets/FileDialogs.h"

#include "domain/Classification.h"
#include "domain/DocumentCode.h"
#include "domain/Error.h"
#include "domain/VersionNumber.h"
#include "i18n/Language.h"
#include "services/PolicyImporter.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace isms::ui {

PolicyImportDialog::PolicyImportDialog(core::Database& db, const QString& file, core::PolicyContent content,
                                       QList<core::ImportWarning> warnings, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_content(std::move(content)),
      m_code(new QLineEdit(m_content.code, this)),
      m_version(new QLineEdit(m_content.version, this)),
      m_numbering(new QComboBox(this)),
      m_tree(new QTreeView(this)),
      m_model(new SectionTreeModel(this)),
      m_warnings(new QListWidget(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Import policy: %1").arg(QFileInfo(file).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This is how the file was read. Nothing is stored until you import it; it "
                                "becomes a draft version, to be edited, reviewed and approved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* org = new QLabel(m_content.orgNameEn.isEmpty()
                               ? m_content.orgName
                               : QStringLiteral("%1\n%2").arg(m_content.orgName, m_content.orgNameEn),
                           this);
    auto* title = new QLabel(m_content.title, this);
    title->setWordWrap(true);
    form->addRow(tr("Organisation:"), org);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Document code:"), m_code);
    form->addRow(tr("Version:"), m_version);
    m_version->setObjectName(QStringLiteral("import_version"));
    form->addRow(tr("Effective date:"), new QLabel(m_content.effectiveDate.isValid()
                                                       ? core::Language::longDate(m_content.effectiveDate)
                                                       : tr("(not set)"),
                                                   this));
    form->addRow(tr("Security classification:"),
                 new QLabel(core::Classification::label(m_content.classification), this));
    form->addRow(tr("Section numbering:"), m_numbering);
    if (!m_content.notice.isEmpty()) {
        auto* notice = new QLabel(m_content.notice, this);
        notice->setWordWrap(true);
        form->addRow(tr("Note:"), notice);
    }
    layout->addLayout(form);

    m_schemes << m_content.numbering;
    for (auto p : core::NumberingScheme::presets()) {
        if (!m_schemes.contains(core::NumberingScheme::preset(p))) m_schemes << core::NumberingScheme::preset(p);
    }
    for (qsizetype i = 0; i < m_schemes.size(); ++i) {
        m_numbering->addItem(i == 0 ? tr("%1 (as the document numbers)").arg(m_schemes[i].sample()) : m_schemes[i].sample());
    }
    m_numbering->setToolTip(tr("How the draft's sections will be numbered; the editor can change it later."));
    connect(m_numbering, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        // The chosen section stays chosen, its text shown with its new number.
        QList<int> rows;
        for (QModelIndex i = m_tree->currentIndex(); i.isValid(); i = i.parent()) rows.prepend(i.row());
        m_content.numbering = m_schemes.at(index);
        m_model->setSections(m_content.sections, m_content.numbering);
        m_tree->expandAll();
        QModelIndex chosen;
        for (int row : rows) chosen = m_model->index(row, 0, chosen);
        m_tree->setCurrentIndex(chosen.isValid() ? chosen : m_model->index(0, 0));
    });
    m_model->setSections(m_content.sections, m_content.numbering);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->expandAll();
    auto* text = new QTextBrowser(this);
    text->setAccessibleName(tr("The chosen section's text"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, text](const QModelIndex& index) {
        const core::PolicySection* s = m_model->section(index);
        if (!s) return text->clear();
        QString html = QStringLiteral("<p><b>%1%2</b></p>").arg(m_model->number(index).toHtmlEscaped(), s->heading.toHtmlEscaped());
        for (const QString& p : s->paragraphs) html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
        if (s->paragraphs.isEmpty()) html += QStringLiteral("<p><i>%1</i></p>").arg(tr("(no text of its own)").toHtmlEscaped());
        text->setHtml(html);
    });
    m_tree->setAccessibleName(tr("Sections as they will be numbered"));
    for (const core::ImportWarning& w : warnings) {
        m_warnings->addItem(w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.text) : w.text);
    }
    if (warnings.isEmpty()) m_warnings->addItem(tr("Everything was read as the document writes it."));
    m_warnings->setWordWrap(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* sections = new QWidget(split);
    auto* sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    int count = 0;
    core::forEachSection(m_content.sections, [&count](const core::PolicySection&, const QList<int>&) { ++count; });
    sectionsLayout->addWidget(new QLabel(tr("Sections (%n):", nullptr, count), sections));
    auto* across = new QSplitter(Qt::Horizontal, sections);
    across->addWidget(m_tree);
    across->addWidget(text);
    across->setStretchFactor(0, 3);
    across->setStretchFactor(1, 2);
    sectionsLayout->addWidget(across, 1);
    auto* read = new QWidget(split);
    auto* readLayout = new QVBoxLayout(read);
    readLayout->setContentsMargins(0, 0, 0, 0);
    readLayout->addWidget(new QLabel(tr("Read differently from the file (%n):", nullptr, int(warnings.size())), read));
    readLayout->addWidget(m_warnings, 1);
    split->addWidget(sections);
    split->addWidget(read);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    DialogForm::addButtons(this, layout, m_message, tr("Import as draft"));
    resize(900, 660);
    m_tree->setCurrentIndex(m_model->index(0, 0));
}

void PolicyImportDialog::accept() {
    core::PolicyContent content = m_content;
    content.code = m_code->text().trimmed();
    content.version = m_version->text().trimmed();
    // Another version than the file's: what the file's history says of its own is not this one's.
    if (core::VersionNumber::canonical(content.version) != core::VersionNumber::canonical(m_content.version)) content.changeSummary.clear();
    // Said here as core would say it, with the field to put right chosen.
    if (content.code.isEmpty()) {
        m_message->setText(tr("Give the document code (文件編號)."));
        m_code->setFocus();
        return;
    }
    if (const QString refusal = core::DocumentCode::refusal(content.code); !refusal.isEmpty()) {
        m_message->setText(refusal);
        m_code->setFocus();
        return;
    }
    if (!core::VersionNumber::isValid(content.version)) {
        m_message->setText(tr("A version number is written like 2.1 or 3.0."));
        m_version->setFocus();
        return;
    }
    try {
        m_imported = core::PolicyImporter(m_db).import(std::move(content)).versionId;
    } catch (const core::Error& e) {
        m_message->setText(e.message());
        return;
    }
    QDialog::accept();
}

qint64 PolicyImportDialog::run(core::Database& db, QWidget* parent) {
    const QString file = FileDialogs::openFile(parent, tr("Import policy"), QString(),
                                               tr("Policies (*.docx *.odt *.pdf *.txt)") + QStringLiteral(";;") + tr("Word documents (*.docx)") +
                                                   QStringLiteral(";;") + tr("OpenDocument text (*.odt)") +
                                                   QStringLiteral(";;") + tr("PDF documents (*.pdf)") + QStringLiteral(";;") +
                                                   tr("Text files (*.txt)") + QStringLiteral(";;") + tr("All files (*)"));
    if (file.isEmpty()) return 0;
    core::PolicyContent content;
    QList<core::ImportWarning> warnings;
    try {
        content = core::PolicyImporter::readFile(file, &warnings);
    } catch (const core::Error& e) {
        QMessageBox::warning(parent, tr("Import policy"), e.message());
        return 0;
    }
    PolicyImportDialog dialog(db, file, std::move(content), warnings, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.importedVersion() : 0;
}

}  // namespace isms::ui
