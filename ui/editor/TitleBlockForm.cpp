#include "TitleBlockForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "dialogs/DialogForm.h"
#include "widgets/RocDateEdit.h"

namespace isms::ui {

TitleBlockForm::TitleBlockForm(QWidget* parent)
    : QGroupBox(tr("Title block"), parent),
      m_orgName(new QLineEdit(this)),
      m_title(new QLineEdit(this)),
      m_classification(new QComboBox(this)),
      m_effective(new RocDateEdit(QDate(), this)),
      m_notice(new QLineEdit(this)),
      m_numbering(new QComboBox(this)),
      m_message(DialogForm::messageLabel(this)) {
    for (auto c : core::Classification::all())
        m_classification->addItem(core::Classification::label(c), int(c));
    // A draft has no effective date until one is chosen; showing today would suggest one.
    m_effective->allowNone(tr("(not set)"));
    auto* apply = new QPushButton(tr("Apply title block"), this);
    apply->setAutoDefault(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Organisation:"), m_orgName);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Security classification:"), m_classification);
    form->addRow(tr("Effective date:"), m_effective);
    form->addRow(tr("Note:"), m_notice);
    form->addRow(tr("Section numbering:"), m_numbering);
    m_numbering->setToolTip(tr("How the sections are numbered in the editor, on screen, in print and in every export."));
    form->addRow(QString(), m_message);
    form->addRow(QString(), apply);
    connect(apply, &QPushButton::clicked, this, &TitleBlockForm::applyRequested);
    for (QLineEdit* field : {m_orgName, m_title, m_notice}) {
        connect(field, &QLineEdit::textEdited, this, &TitleBlockForm::edited);
        connect(field, &QLineEdit::returnPressed, this, &TitleBlockForm::applyRequested);
    }
    connect(m_classification, &QComboBox::currentIndexChanged, this, &TitleBlockForm::edited);
    connect(m_effective, &QDateEdit::dateChanged, this, &TitleBlockForm::edited);
    connect(m_numbering, &QComboBox::currentIndexChanged, this, &TitleBlockForm::edited);
}

void TitleBlockForm::load(const core::SectionEditor::TitleBlock& block) {
    m_loaded = block;
    const QSignalBlocker blockClassification(m_classification);
    const QSignalBlocker blockDate(m_effective);
    m_orgName->setText(block.orgName.value_or(QString()));
    m_title->setText(block.title);
    m_classification->setCurrentIndex(m_classification->findData(int(block.classification)));
    m_effective->setChosen(block.effectiveDate);
    m_notice->setText(block.notice);
    const QSignalBlocker blockNumbering(m_numbering);
    const core::NumberingScheme own = block.numbering.value_or(core::NumberingScheme::government());
    m_schemes.clear();
    m_numbering->clear();
    for (auto p : core::NumberingScheme::presets()) m_schemes << core::NumberingScheme::preset(p);
    // A document's own schemes (learnt at import) stay choices, first.
    QList<core::NumberingScheme> owns = m_documentSchemes;
    if (!owns.contains(own)) owns << own;
    for (auto it = owns.crbegin(); it != owns.crend(); ++it) {
        if (!m_schemes.contains(*it)) m_schemes.prepend(*it);
    }
    for (const core::NumberingScheme& s : m_schemes) m_numbering->addItem(s.sample());
    m_numbering->setCurrentIndex(int(m_schemes.indexOf(own)));
}

core::SectionEditor::TitleBlock TitleBlockForm::value() const {
    const int chosen = m_numbering->currentIndex();
    return {m_title->text(), core::Classification::Value(m_classification->currentData().toInt()),
            m_effective->chosen(), m_notice->text(),
            chosen >= 0 ? std::optional(m_schemes.at(chosen)) : m_loaded.numbering, m_orgName->text()};
}

bool TitleBlockForm::isPending() const {
    const core::SectionEditor::TitleBlock now = value();
    return now.orgName.value_or(QString()).simplified() != m_loaded.orgName.value_or(QString()).simplified() ||
           now.title != m_loaded.title || now.classification != m_loaded.classification ||
           now.effectiveDate != m_loaded.effectiveDate || now.notice != m_loaded.notice ||
           now.numbering.value_or(core::NumberingScheme::government()) !=
               m_loaded.numbering.value_or(core::NumberingScheme::government());
}

}  // namespace isms::ui
