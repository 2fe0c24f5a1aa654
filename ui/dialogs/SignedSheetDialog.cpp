#include "SignedSheetDialog.h"

#include "Attempt.h"
#include "DialogForm.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "i18n/Language.h"
#include "widgets/RocDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace isms::ui {

using core::AcknowledgementService;

SignedSheetDialog::SignedSheetDialog(core::Database& db, qint64 versionId, QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_versionId(versionId),
      m_audience(AcknowledgementService(db).audience(versionId, core::Clock::today())),
      m_unit(new QComboBox(this)),
      m_names(new QListWidget(this)),
      m_date(new RocDateEdit(core::Clock::today(), this)),
      m_method(new QComboBox(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Record a signed sheet"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_names->setObjectName(QStringLiteral("names"));
    for (const auto& m : m_audience) {
        if (m_unit->findData(m.unitId) < 0) m_unit->addItem(m.unitName.isEmpty() ? tr("(no unit)") : m.unitName, m.unitId);
    }
    // Start with the first unit that still has names to tick.
    for (const auto& m : m_audience) {
        if (!m.acknowledged.isValid()) {
            m_unit->setCurrentIndex(m_unit->findData(m.unitId));
            break;
        }
    }
    for (const QString& method : AcknowledgementService::methods()) m_method->addItem(core::EnumLabels::label(method), method);
    auto* all = new QPushButton(tr("Tick everyone"), this);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(tr("Tick the names that are signed on the sheet. Names already acknowledged "
                                      "stay ticked."), this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Unit:"), this));
    top->addWidget(m_unit, 1);
    top->addWidget(all);
    layout->addLayout(top);
    layout->addWidget(m_names, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Signed on:"), this));
    bottom->addWidget(m_date);
    bottom->addWidget(new QLabel(tr("How:"), this));
    bottom->addWidget(m_method);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    DialogForm::addButtons(this, layout, m_message, tr("Save"));
    resize(520, 480);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SignedSheetDialog::showUnit);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_names->count(); ++i) m_names->item(i)->setCheckState(Qt::Checked);
    });
    showUnit();
}

void SignedSheetDialog::showUnit() {
    m_names->clear();
    const qint64 unit = m_unit->currentData().toLongLong();
    for (const auto& m : m_audience) {
        if (m.unitId != unit) continue;
        auto* item = new QListWidgetItem(m.title.isEmpty() ? m.name : tr("%1, %2").arg(m.name, m.title), m_names);
        item->setData(Qt::UserRole, m.personId);
        item->setCheckState(m.acknowledged.isValid() ? Qt::Checked : Qt::Unchecked);
        if (m.acknowledged.isValid()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 — acknowledged %2").arg(item->text(), core::Language::shortDate(m.acknowledged)));
        }
    }
}

void SignedSheetDialog::accept() {
    QList<qint64> ticked;
    for (int i = 0; i < m_names->count(); ++i) {
        const QListWidgetItem* item = m_names->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled)) ticked << item->data(Qt::UserRole).toLongLong();
    }
    if (ticked.isEmpty()) {
        m_message->setText(tr("Tick at least one name that is signed on the sheet."));
        return;
    }
    QString message;
    if (!attempt([&] {
            m_recorded = AcknowledgementService(m_db).record(m_versionId, ticked, m_date->date(), m_method->currentData().toString());
        }, &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
