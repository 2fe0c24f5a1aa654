#include "ActionItemDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

#include "DialogForm.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "services/ActionPlanService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/Sql.h"
#include "widgets/RocDateEdit.h"
#include "widgets/YearSpinBox.h"

namespace isms::ui {

ActionItemDialog::ActionItemDialog(core::Database& db, const core::ActionItem& item,
                                   QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_item(item),
      m_year(new YearSpinBox(this)),
      m_objective(new QComboBox(this)),
      m_title(new QLineEdit(item.title, this)),
      m_resources(new QLineEdit(item.resources, this)),
      m_owner(new QComboBox(this)),
      m_due(new RocDateEdit(item.dueDate, this)),
      m_dueReason(new QLineEdit(item.dueReason, this)),
      m_evaluation(new QLineEdit(item.evaluationMethod, this)),
      m_result(new QLineEdit(item.measuredResult, this)),
      m_status(new QComboBox(this)),
      m_cancelReason(new QLineEdit(item.cancelReason, this)),
      m_progress(new QSpinBox(this)),
      m_notes(new QPlainTextEdit(item.notes, this)) {
    setWindowTitle(item.id ? tr("Edit action item") : tr("New action item"));
    m_year->setRange(2000, 2100);
    m_year->setObjectName(QStringLiteral("plan_year"));
    m_year->setValue(item.planYear);
    m_objective->addItem(tr("(none)"), 0);
    // The objectives of the policy in force, and the item's own if that version no longer holds it.
    QSqlQuery objectives = core::Sql::run(
        db.connection(),
        QStringLiteral("SELECT o.id, w.number, w.text FROM objectives o JOIN objective_wordings w "
                       "ON w.id = %1 WHERE w.version_id = %2 OR o.id = :current ORDER BY w.number")
            .arg(core::PolicyRepository::shownWordingSql(QStringLiteral("o.id")),
                 core::PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
        {{QStringLiteral("current"), item.objectiveId},
         {QStringLiteral("today"), core::Clock::today().toString(Qt::ISODate)}});
    while (objectives.next()) {
        m_objective->addItem(QStringLiteral("%1. %2")
                                 .arg(objectives.value(1).toInt())
                                 .arg(objectives.value(2).toString().left(40)),
                             objectives.value(0));
    }
    m_objective->setCurrentIndex(qMax(0, m_objective->findData(item.objectiveId)));
    m_owner->addItem(tr("(choose)"), 0);
    QSqlQuery people = core::Sql::run(
        db.connection(),
        QStringLiteral(
            "SELECT p.id, p.name, COALESCE(u.name, '') FROM people p LEFT JOIN org_units u "
            "ON u.id = p.unit_id ORDER BY p.name"));
    while (people.next()) {
        const QString unit = people.value(2).toString();
        m_owner->addItem(unit.isEmpty()
                             ? people.value(1).toString()
                             : QStringLiteral("%1（%2）").arg(people.value(1).toString(), unit),
                         people.value(0));
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(item.ownerPersonId)));
    for (const QString& key : core::ActionItem::statuses())
        m_status->addItem(core::EnumLabels::label(key), key);
    m_status->setCurrentIndex(qMax(0, m_status->findData(item.status)));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral("%"));
    m_progress->setValue(item.progress);
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    m_title->setObjectName(QStringLiteral("title"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto row = [&](const QString& label, QWidget* field, const char* key = nullptr) {
        form->addRow(label, field);
        if (key) form->addRow(QString(), messageLabel(QString::fromLatin1(key)));
    };
    row(tr("Plan year:"), m_year, "plan_year");
    row(tr("Objective:"), m_objective);
    row(tr("What will be done:"), m_title, "title");
    row(tr("Resources needed:"), m_resources);
    row(tr("Person responsible:"), m_owner, "owner");
    row(tr("Expected completion:"), m_due, "due_date");
    row(tr("Reason, if outside the year:"), m_dueReason, "due_reason");
    row(tr("How achievement is evaluated:"), m_evaluation);
    row(tr("Measured result:"), m_result, "measured_result");
    row(tr("Status:"), m_status, "status");
    row(tr("Reason for cancelling:"), m_cancelReason, "cancel_reason");
    row(tr("Progress:"), m_progress, "progress");
    row(tr("Notes:"), m_notes);
    layout->addLayout(form);
    auto* general = DialogForm::messageLabel(this);
    m_messages.insert(QStringLiteral("general"), general);
    DialogForm::addButtons(this, layout, general, tr("Save"));
    setMinimumWidth(560);
}

QLabel* ActionItemDialog::messageLabel(const QString& field) {
    QLabel* label = DialogForm::messageLabel(this);
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QString ActionItemDialog::messageFor(const QString& field) const {
    const QLabel* label = m_messages.value(field);
    return label ? label->text() : QString();
}

core::ActionItem ActionItemDialog::item() const {
    core::ActionItem a = m_item;
    a.planYear = m_year->value();
    a.objectiveId = m_objective->currentData().toLongLong();
    a.title = m_title->text();
    a.resources = m_resources->text();
    a.ownerPersonId = m_owner->currentData().toLongLong();
    a.dueDate = m_due->date();
    a.dueReason = m_dueReason->text();
    a.evaluationMethod = m_evaluation->text();
    a.measuredResult = m_result->text();
    a.status = m_status->currentData().toString();
    a.cancelReason = m_cancelReason->text();
    a.progress = m_progress->value();
    a.notes = m_notes->toPlainText();
    return a;
}

void ActionItemDialog::accept() {
    for (QLabel* label : std::as_const(m_messages)) {
        label->clear();
        if (label != m_messages.value(QStringLiteral("general"))) label->hide();
    }
    const core::ActionItem a = item();
    const auto problems = a.problems();
    for (const auto& [field, message] : problems) {
        QLabel* label = m_messages.value(field, m_messages.value(QStringLiteral("general")));
        label->setText(message);
        label->show();
    }
    if (!problems.isEmpty()) return;
    try {
        m_savedId = core::ActionPlanService(m_db).save(a);
    } catch (const core::Error& e) {
        m_messages.value(QStringLiteral("general"))->setText(e.message());
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
