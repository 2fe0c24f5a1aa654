#include "MeasurementDialog.h"

#include "DialogForm.h"
#include "domain/Clock.h"
#include "widgets/RocDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace isms::ui {

MeasurementDialog::MeasurementDialog(const QList<Choice>& objectives, qint64 preselected, QWidget* parent)
    : QDialog(parent),
      m_objective(new QComboBox(this)),
      m_from(new RocDateEdit(QDate(core::Clock::today().year(), core::Clock::today().month(), 1).addMonths(-1), this)),
      m_to(new RocDateEdit(QDate(core::Clock::today().year(), core::Clock::today().month(), 1).addDays(-1), this)),
      m_value(new QLineEdit(this)),
      m_evidence(new QLineEdit(this)),
      m_unit(new QLabel(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Record measurement"));
    for (const Choice& c : objectives) m_objective->addItem(c.label, c.objectiveId);
    m_objective->setCurrentIndex(qMax(0, m_objective->findData(preselected)));
    auto showUnit = [this, objectives] {
        const int i = m_objective->currentIndex();
        m_unit->setText(i >= 0 && i < objectives.size() ? objectives[i].unit : QString());
    };
    connect(m_objective, &QComboBox::currentIndexChanged, this, showUnit);
    showUnit();
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);
    auto* valueBox = new QWidget(this);
    valueBox->setLayout(valueRow);
    valueRow->setContentsMargins(0, 0, 0, 0);
    m_evidence->setPlaceholderText(tr("e.g. the monthly availability report"));
    DialogForm form(this, tr("The status of the objective is computed from its measurements."));
    form.addRow(tr("Objective:"), m_objective);
    form.addRow(tr("Period from:"), m_from);
    form.addRow(tr("Period to:"), m_to);
    form.addRow(tr("Value:"), valueBox);
    form.addRow(tr("Evidence:"), m_evidence);
    form.finish(m_message, tr("Record"));
    m_value->setFocus();
}

void MeasurementDialog::accept() {
    bool ok = false;
    // Either decimal mark is accepted: 99.5 and 99,5 mean the same here.
    QString text = m_value->text().trimmed();
    double value = QLocale().toDouble(text, &ok);
    if (!ok) value = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok) {
        m_message->setText(tr("The value must be a number."));
        m_value->setFocus();
        return;
    }
    QString message;
    if (m_work && !m_work(m_objective->currentData().toLongLong(), m_from->date(), m_to->date(), value,
                          m_evidence->text(), &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
