#include "OverviewPage.h"

#include "domain/Error.h"
#include "domain/RocDate.h"
#include "i18n/Language.h"
#include "services/OverviewService.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace isms::ui {

OverviewPage::OverviewPage(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_year(new QComboBox(this)), m_policies(new QLabel(this)) {
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear + 1; year >= thisYear - 10; --year) {
        m_year->addItem(core::Language::isChinese() ? tr("%1 (ROC year)").arg(year - core::RocDate::kYearOffset)
                                                    : QString::number(year),
                        year);
    }
    m_year->setCurrentIndex(m_year->findData(thisYear));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan year:"), this));
    top->addWidget(m_year);
    top->addStretch(1);

    auto* policyBox = new QGroupBox(tr("Policy in force"), this);
    auto* policyLayout = new QVBoxLayout(policyBox);
    m_policies->setWordWrap(true);
    m_policies->setObjectName(QStringLiteral("policies"));
    policyLayout->addWidget(m_policies);

    auto* box = new QGroupBox(tr("This year at a glance"), this);
    auto* form = new QFormLayout(box);
    addFigure(form, QStringLiteral("objectives"), tr("Objectives measured this year:"));
    addFigure(form, QStringLiteral("actions"), tr("Action items done:"));
    addFigure(form, QStringLiteral("overdue"), tr("Action items overdue:"));
    addFigure(form, QStringLiteral("reviews"), tr("Reviews overdue / due soon:"));
    addFigure(form, QStringLiteral("findings"), tr("Open audit findings:"));
    addFigure(form, QStringLiteral("corrective"), tr("Overdue corrective actions:"));
    addFigure(form, QStringLiteral("drills"), tr("Drills this year (failed):"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(policyBox);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &OverviewPage::refresh);
    refresh();
}

QLabel* OverviewPage::addFigure(QFormLayout* form, const QString& name, const QString& label) {
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

QLabel* OverviewPage::figure(const QString& name) const { return findChild<QLabel*>(name); }

void OverviewPage::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void OverviewPage::refresh() {
    core::OverviewService::Figures f;
    try {
        f = core::OverviewService(m_db).compute(m_year->currentData().toInt(), QDate::currentDate());
    } catch (const core::Error& e) {
        m_policies->setText(e.message());
        return;
    }
    QStringList policies;
    for (const auto& p : f.publishedPolicies) {
        policies << tr("%1 version %2, effective %3 — %4")
                        .arg(p.code, p.version, core::Language::longDate(p.effectiveDate), p.title);
    }
    m_policies->setText(policies.isEmpty() ? tr("No published policy.") : policies.join(QLatin1Char('\n')));
    figure(QStringLiteral("objectives"))->setText(tr("%1 of %2").arg(f.objectivesMeasured).arg(f.objectives));
    figure(QStringLiteral("actions"))->setText(tr("%1 of %2").arg(f.actionItemsDone).arg(f.actionItems));
    figure(QStringLiteral("overdue"))->setText(QString::number(f.actionItemsOverdue));
    figure(QStringLiteral("reviews"))->setText(QStringLiteral("%1 / %2").arg(f.reviewsOverdue).arg(f.reviewsDueSoon));
    figure(QStringLiteral("findings"))->setText(QString::number(f.openFindings));
    figure(QStringLiteral("corrective"))->setText(QString::number(f.correctiveActionsOverdue));
    figure(QStringLiteral("drills"))->setText(tr("%1 (%2 failed)").arg(f.drillsThisYear).arg(f.drillsFailed));
}

}  // namespace isms::ui
