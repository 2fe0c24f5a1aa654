#include "DrillDialog.h"

#include "DialogForm.h"
#include "domain/Clock.h"
#include "domain/DrillResult.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "widgets/RocDateEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>

namespace isms::ui {

using core::DrillResult;

DrillDialog::DrillDialog(const QList<QPair<qint64, QString>>& units, QWidget* parent)
    : QDialog(parent),
      m_period(new QComboBox(this)),
      m_unit(new QComboBox(this)),
      m_date(new RocDateEdit(core::Clock::today(), this)),
      m_sent(new QSpinBox(this)),
      m_opened(new QSpinBox(this)),
      m_clicked(new QSpinBox(this)),
      m_reported(new QSpinBox(this)),
      m_openThreshold(new QDoubleSpinBox(this)),
      m_clickThreshold(new QDoubleSpinBox(this)),
      m_verdict(new QLabel(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Record drill"));
    const int year = core::Clock::today().year();
    for (int y = year; y >= year - 3; --y) {
        for (int h = 2; h >= 1; --h) {
            const QString name = core::Language::isChinese()
                                     ? tr("%1 %2").arg(y - core::RocDate::kYearOffset).arg(h == 1 ? tr("first half") : tr("second half"))
                                     : tr("%1 %2").arg(y).arg(h == 1 ? tr("first half") : tr("second half"));
            m_period->addItem(name, y * 10 + h);
        }
    }
    m_period->setCurrentIndex(qMax(0, m_period->findData(year * 10 + DrillResult::half(core::Clock::today()))));
    m_unit->addItem(tr("Whole organisation"), 0);
    for (const auto& [id, name] : units) m_unit->addItem(name, id);
    for (QSpinBox* s : {m_sent, m_opened, m_clicked, m_reported}) s->setRange(0, 1000000);
    for (QDoubleSpinBox* s : {m_openThreshold, m_clickThreshold}) {
        s->setRange(0.1, 100);
        s->setDecimals(1);
        s->setSuffix(QStringLiteral("%"));
    }
    m_openThreshold->setValue(DrillResult::kDefaultOpenThreshold);
    m_clickThreshold->setValue(DrillResult::kDefaultClickThreshold);
    DialogForm form(this, tr("Objective 8: each half-year's drill must pass — fewer opened and clicked than the thresholds."));
    form.addRow(tr("Half-year:"), m_period);
    form.addRow(tr("Date:"), m_date);
    form.addRow(tr("Unit:"), m_unit);
    form.addRow(tr("E-mails sent:"), m_sent);
    form.addRow(tr("Opened:"), m_opened);
    form.addRow(tr("Clicked (links or attachments):"), m_clicked);
    form.addRow(tr("Reported by staff:"), m_reported);
    form.addRow(tr("Pass if opened under:"), m_openThreshold);
    form.addRow(tr("Pass if clicked under:"), m_clickThreshold);
    form.addRow(tr("Result:"), m_verdict);
    form.finish(m_message, tr("Record"));
    for (QSpinBox* s : {m_sent, m_opened, m_clicked}) connect(s, &QSpinBox::valueChanged, this, &DrillDialog::updateVerdict);
    for (QDoubleSpinBox* s : {m_openThreshold, m_clickThreshold}) {
        connect(s, &QDoubleSpinBox::valueChanged, this, &DrillDialog::updateVerdict);
    }
    updateVerdict();
}

core::DrillService::Drill DrillDialog::drill() const {
    core::DrillService::Drill d;
    d.year = m_period->currentData().toInt() / 10;
    d.half = m_period->currentData().toInt() % 10;
    d.date = m_date->date();
    d.unitId = m_unit->currentData().toLongLong();
    d.sent = m_sent->value();
    d.opened = m_opened->value();
    d.clicked = m_clicked->value();
    d.reported = m_reported->value();
    d.openThreshold = m_openThreshold->value();
    d.clickThreshold = m_clickThreshold->value();
    return d;
}

void DrillDialog::updateVerdict() {
    const auto d = drill();
    if (d.sent == 0) {
        m_verdict->setText(tr("—"));
        return;
    }
    const bool passed = DrillResult::passed(d.sent, d.opened, d.clicked, d.openThreshold, d.clickThreshold);
    m_verdict->setText(tr("%1 — %2% opened, %3% clicked")
                           .arg(passed ? tr("✔ Passed") : tr("✖ Failed"))
                           .arg(DrillResult::rate(d.opened, d.sent), 0, 'f', 1)
                           .arg(DrillResult::rate(d.clicked, d.sent), 0, 'f', 1));
}

void DrillDialog::accept() {
    QString message;
    if (m_work && !m_work(drill(), &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
