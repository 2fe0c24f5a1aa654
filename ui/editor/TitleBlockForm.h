#pragma once

#include <QGroupBox>

#include "services/SectionEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace isms::ui {

class RocDateEdit;

// A draft's title block in the policy editor: organisation, title, classification, effective
// date (empty until set), note and section numbering (the document's own, as imported, or a
// usual scheme), with what was last loaded, so that a change not yet applied is known.
class TitleBlockForm : public QGroupBox {
    Q_OBJECT
public:
    explicit TitleBlockForm(QWidget* parent = nullptr);

    // Shows the block as stored; what is shown is then not pending.
    void load(const core::SectionEditor::TitleBlock& block);
    // The schemes the document's versions have: offered with the usual ones, so that a
    // document's own numbering can be chosen again after another was tried.
    void setDocumentSchemes(const QList<core::NumberingScheme>& schemes) { m_documentSchemes = schemes; }
    core::SectionEditor::TitleBlock value() const;
    bool isPending() const;

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* organisationField() const { return m_orgName; }
    QComboBox* classificationChooser() const { return m_classification; }
    RocDateEdit* effectiveDateField() const { return m_effective; }
    QComboBox* numberingChooser() const { return m_numbering; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    void edited();
    // Enter in one of its fields, or its Apply button: the block, and nothing else, is applied.
    void applyRequested();

private:
    QLineEdit* m_orgName;
    QLineEdit* m_title;
    QComboBox* m_classification;
    RocDateEdit* m_effective;
    QLineEdit* m_notice;
    QComboBox* m_numbering;
    QList<core::NumberingScheme> m_schemes;  // m_numbering's items
    QList<core::NumberingScheme> m_documentSchemes;
    QLabel* m_message;
    core::SectionEditor::TitleBlock m_loaded;
};

}  // namespace isms::ui
