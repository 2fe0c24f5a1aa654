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
      m_title(new QLineEdit(this)),
      m_classification(new QComboBox(this)),
      m_effective(new RocDateEdit(QDate(), this)),
      m_notice(new QLineEdit(this)),
      m_message(DialogForm::messageLabel(this)) {
    for (auto c : core::Classification::all())
        m_classification->addItem(core::Classification::label(c), int(c));
    // A draft has no effective date until one is chosen; showing today would suggest one.
    m_effective->allowNone(tr("(not set)"));
    auto* apply = new QPushButton(tr("Apply title block"), this);
    apply->setAutoDefault(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Security classification:"), m_classification);
    form->addRow(tr("Effective date:"), m_effective);
    form->addRow(tr("Note:"), m_notice);
    form->addRow(QString(), m_message);
    form->addRow(QString(), apply);
    connect(apply, &QPushButton::clicked, this, &TitleBlockForm::applyRequested);
    for (QLineEdit* field : {m_title, m_notice}) {
        connect(field, &QLineEdit::textEdited, this, &TitleBlockForm::edited);
        connect(field, &QLineEdit::returnPressed, this, &TitleBlockForm::applyRequested);
    }
    connect(m_classification, &QComboBox::currentIndexChanged, this, &TitleBlockForm::edited);
    connect(m_effective, &QDateEdit::dateChanged, this, &TitleBlockForm::edited);
}

void TitleBlockForm::load(const core::SectionEditor::TitleBlock& block) {
    m_loaded = block;
    const QSignalBlocker blockClassification(m_classification);
    const QSignalBlocker blockDate(m_effective);
    m_title->setText(block.title);
    m_classification->setCurrentIndex(m_classification->findData(int(block.classification)));
    m_effective->setChosen(block.effectiveDate);
    m_notice->setText(block.notice);
}

core::SectionEditor::TitleBlock TitleBlockForm::value() const {
    return {m_title->text(), core::Classification::Value(m_classification->currentData().toInt()),
            m_effective->chosen(), m_notice->text()};
}

bool TitleBlockForm::isPending() const {
    const core::SectionEditor::TitleBlock now = value();
    return now.title != m_loaded.title || now.classification != m_loaded.classification ||
           now.effectiveDate != m_loaded.effectiveDate || now.notice != m_loaded.notice;
}

}  // namespace isms::ui
