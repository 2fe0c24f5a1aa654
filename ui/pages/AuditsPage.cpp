#include "AuditsPage.h"

#include <QDate>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "dialogs/FieldsDialog.h"
#include "dialogs/PeopleChoices.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "storage/Database.h"
#include "widgets/Availability.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"

namespace isms::ui {

using Field = FieldsDialog::Field;
using Kind = FieldsDialog::Field::Kind;

AuditsPage::AuditsPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_lists(new RecordPage(db,
                             {QStringLiteral("audits"), QStringLiteral("findings"),
                              QStringLiteral("corrective_actions")},
                             this)) {
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> steps{
        {QStringLiteral("audit"), tr("New audit…")},
        {QStringLiteral("finding"), tr("Add finding…")},
        {QStringLiteral("action"), tr("Corrective action…")},
        {QStringLiteral("done"), tr("Action done")},
        {QStringLiteral("verify"), tr("Verify effectiveness…")},
        {QStringLiteral("close"), tr("Close observation")}};
    for (const auto& [step, text] : steps) {
        auto* b = new QPushButton(text, this);
        Availability::follow(b, db, core::UserRole::Permission::RecordAudits);
        if (step == QLatin1String("audit")) b->setObjectName(QLatin1String(Page::kNew));
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, step] { ask(step); });
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_lists, 1);
}

qint64 AuditsPage::selected(const QString& list) const {
    return m_lists->selectedValue(list, 0).toLongLong();
}

int AuditsPage::selectedRowVersion(const QString& list) const {
    return m_lists->selectedRowVersion(list);
}

FieldsDialog* AuditsPage::form(const QString& step) {
    const QDate today = core::Clock::today();
    if (step == QStringLiteral("audit")) {
        return new FieldsDialog(tr("New audit"),
                                tr("An internal audit, or a compliance check (法令遵循查核) whose unresolved "
                                   "nonconformities measure compliance: when, what it covers, who audits whom."),
                                {{QStringLiteral("kind"), tr("Kind:"), Kind::Choice,
                                  {{core::EnumLabels::label(QStringLiteral("internal_audit")), QStringLiteral("internal_audit")},
                                   {core::EnumLabels::label(QStringLiteral("compliance_check")), QStringLiteral("compliance_check")}},
                                  QStringLiteral("internal_audit")},
                                 {QStringLiteral("title"), tr("Title:")},
                                 {QStringLiteral("start"), tr("From:"), Kind::Date, {}, today},
                                 {QStringLiteral("end"), tr("To:"), Kind::Date, {}, today},
                                 {QStringLiteral("scope"), tr("Scope (units, clauses):")},
                                 {QStringLiteral("auditors"), tr("Auditors:")},
                                 {QStringLiteral("auditees"), tr("Auditees:")}},
                                this);
    }
    if (step == QStringLiteral("finding")) {
        QList<QPair<QString, QVariant>> kinds;
        for (const char* k : {"major", "minor", "observation", "opportunity"}) {
            kinds.append({core::EnumLabels::label(QString::fromLatin1(k)), QString::fromLatin1(k)});
        }
        return new FieldsDialog(
            tr("Add finding"), tr("A finding of the audit chosen in the list of audits."),
            {{QStringLiteral("kind"), tr("Type:"), Kind::Choice, kinds, QStringLiteral("minor")},
             {QStringLiteral("clause"), tr("Clause:")},
             {QStringLiteral("description"), tr("Description:"), Kind::LongText},
             {QStringLiteral("evidence"), tr("Evidence:")}},
            this);
    }
    if (step == QStringLiteral("action")) {
        return new FieldsDialog(
            tr("Corrective action"), tr("For the nonconformity chosen in the list of findings."),
            {{QStringLiteral("cause"), tr("Root cause:"), Kind::LongText},
             {QStringLiteral("action"), tr("Action:"), Kind::LongText},
             {QStringLiteral("owner"), tr("Responsible:"), Kind::Choice,
              PeopleChoices::withPrompt(m_db), 0},
             {QStringLiteral("due"), tr("Due:"), Kind::Date, {}, today.addMonths(1)}},
            this);
    }
    if (step == QStringLiteral("done")) {
        return new FieldsDialog(tr("Corrective action done"),
                                tr("The day the corrective action chosen in the list was done: whether it was "
                                   "done by its due date counts for the objectives."),
                                {{QStringLiteral("on"), tr("Done on:"), Kind::Date, {}, today}}, this);
    }
    if (step == QStringLiteral("verify")) {
        return new FieldsDialog(
            tr("Verify effectiveness"),
            tr("Did the corrective action chosen in the list work? If it did, its finding closes."),
            {{QStringLiteral("on"), tr("Verified on:"), Kind::Date, {}, today},
             {QStringLiteral("verifier"), tr("Verified by:"), Kind::Choice,
              PeopleChoices::withPrompt(m_db), 0},
             {QStringLiteral("effective"),
              tr("Effective:"),
              Kind::Choice,
              {{tr("Yes: close the finding"), true}, {tr("No: back to work"), false}},
              true},
             {QStringLiteral("result"), tr("What was found:"), Kind::LongText}},
            this);
    }
    return nullptr;
}

// The list whose chosen record a step acts on, and how a message names that record.
QPair<QString, QString> AuditsPage::target(const QString& step) const {
    if (step == QStringLiteral("finding")) return {QStringLiteral("audits"), tr("an audit")};
    if (step == QStringLiteral("action") || step == QStringLiteral("close"))
        return {QStringLiteral("findings"), tr("a finding")};
    if (step == QStringLiteral("done") || step == QStringLiteral("verify"))
        return {QStringLiteral("corrective_actions"), tr("a corrective action")};
    return {};
}

bool AuditsPage::chosen(const QString& step, QString* message) const {
    const auto [list, what] = target(step);
    if (list.isEmpty() || selected(list) != 0) return true;
    *message = tr("Choose %1 in its list first.").arg(what);
    return false;
}

bool AuditsPage::run(const QString& step, const QHash<QString, QVariant>& v, QString* message) {
    if (!chosen(step, message)) return false;
    core::AuditService service(m_db);
    const qint64 id = selected(target(step).first);
    const int seen = selectedRowVersion(target(step).first);
    try {
        if (step == QStringLiteral("audit")) {
            service.addAudit({v.value(QStringLiteral("title")).toString(),
                              v.value(QStringLiteral("start")).toDate(),
                              v.value(QStringLiteral("end")).toDate(),
                              v.value(QStringLiteral("scope")).toString(),
                              v.value(QStringLiteral("auditors")).toString(),
                              v.value(QStringLiteral("auditees")).toString(),
                              v.value(QStringLiteral("kind"), QStringLiteral("internal_audit")).toString()});
        } else if (step == QStringLiteral("finding")) {
            service.addFinding(id, {v.value(QStringLiteral("kind")).toString(),
                                    v.value(QStringLiteral("clause")).toString(),
                                    v.value(QStringLiteral("description")).toString(),
                                    v.value(QStringLiteral("evidence")).toString()});
        } else if (step == QStringLiteral("action")) {
            service.addCorrectiveAction(id, {v.value(QStringLiteral("cause")).toString(),
                                             v.value(QStringLiteral("action")).toString(),
                                             v.value(QStringLiteral("owner")).toLongLong(),
                                             v.value(QStringLiteral("due")).toDate()});
        } else if (step == QStringLiteral("done")) {
            service.markActionDone(id, seen, v.value(QStringLiteral("on")).toDate());
        } else if (step == QStringLiteral("verify")) {
            service.verify(id, seen, v.value(QStringLiteral("on")).toDate(),
                           v.value(QStringLiteral("verifier")).toLongLong(),
                           v.value(QStringLiteral("effective")).toBool(),
                           v.value(QStringLiteral("result")).toString());
        } else if (step == QStringLiteral("close")) {
            service.closeFinding(id, seen);
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    for (RecordListWidget* w : m_lists->lists()) w->refresh();
    return true;
}

void AuditsPage::ask(const QString& step) {
    QString message;
    // Say what to choose before the form is filled in, not after.
    if (!chosen(step, &message)) {
        QMessageBox::information(this, tr("Internal audits"), message);
        return;
    }
    FieldsDialog* dialog = form(step);
    if (!dialog) {
        if (!run(step, {}, &message)) QMessageBox::warning(this, tr("Internal audits"), message);
        return;
    }
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) {
        return run(step, values, m);
    });
    dialog->exec();
    delete dialog;
}

}  // namespace isms::ui
