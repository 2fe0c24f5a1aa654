#include "VersionActions.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

#include "dialogs/ApprovalDialog.h"
#include "dialogs/NewVersionDialog.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "editor/PolicyEditor.h"
#include "i18n/Language.h"
#include "services/ApprovalReadiness.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "widgets/Availability.h"
#include "widgets/RocDateEdit.h"

namespace isms::ui {

using core::UserRole;
using core::VersionStatus;

VersionActions::VersionActions(core::Database& db, QWidget* parent) : QWidget(parent), m_db(db) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    connect(addButton(QStringLiteral("new"), tr("New version…")), &QPushButton::clicked, this,
            &VersionActions::askNewVersion);
    connect(addButton(QStringLiteral("edit"), tr("Edit draft…")), &QPushButton::clicked, this,
            &VersionActions::openEditor);
    connect(addButton(QStringLiteral("date"), tr("Effective date…")), &QPushButton::clicked, this,
            &VersionActions::askEffectiveDate);
    connect(addButton(QStringLiteral("submit"), tr("Submit for review")), &QPushButton::clicked,
            this, [this] {
                QString message;
                const QString number = m_version.version;
                explain(submit(&message), message,
                        tr("Version %1 is in review: the convener approves it, or returns it to "
                           "draft.")
                            .arg(number));
            });
    connect(addButton(QStringLiteral("return"), tr("Return to draft…")), &QPushButton::clicked,
            this, [this] { askReason(false); });
    connect(addButton(QStringLiteral("approve"), tr("Approve…")), &QPushButton::clicked, this,
            &VersionActions::askApproval);
    connect(addButton(QStringLiteral("publish"), tr("Publish")), &QPushButton::clicked, this,
            &VersionActions::confirmPublication);
    connect(addButton(QStringLiteral("withdraw"), tr("Withdraw…")), &QPushButton::clicked, this,
            [this] { askReason(true); });
    layout->addStretch(1);
    setVersion({});
}

QPushButton* VersionActions::addButton(const QString& name, const QString& text) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    layout()->addWidget(b);
    return b;
}

QPushButton* VersionActions::button(const QString& name) const {
    return findChild<QPushButton*>(name);
}

void VersionActions::setVersion(const core::VersionSummary& version) {
    m_version = version;
    const QString editor = m_db.refusal(UserRole::Permission::EditPolicy);
    const QString approver = m_db.refusal(UserRole::Permission::Approve);
    const auto s = version.status;
    const QString state = VersionStatus::label(s);
    // Each button that cannot be used says why: no version, the role (core's words, naming who
    // may), or the version's status.
    const auto why = [&](const QString& role, bool statusAllows, const QString& statusWhy) {
        if (version.id == 0) return tr("Choose a version in the list.");
        if (!role.isEmpty()) return role;
        return statusAllows ? QString() : statusWhy.arg(state);
    };
    const bool open = s == VersionStatus::Draft || s == VersionStatus::InReview;
    Availability::set(button(QStringLiteral("new")),
                      why(editor, s != VersionStatus::Withdrawn,
                          tr("A withdrawn version is not revised: start from another version.")));
    Availability::set(button(QStringLiteral("edit")),
                      why(editor, s == VersionStatus::Draft,
                          tr("Only a draft is edited; this version is “%1”: make a new version to "
                             "change it.")));
    Availability::set(button(QStringLiteral("date")),
                      why(editor, open,
                          tr("The effective date is set while the version is a draft or in "
                             "review; this one is “%1”.")));
    Availability::set(button(QStringLiteral("submit")),
                      why(editor, s == VersionStatus::Draft,
                          tr("Only a draft is submitted for review; this version is “%1”.")));
    Availability::set(button(QStringLiteral("return")),
                      why(editor.isEmpty() || approver.isEmpty() ? QString() : editor,
                          s == VersionStatus::InReview,
                          tr("Only a version in review is returned to draft; this one is “%1”.")));
    Availability::set(button(QStringLiteral("approve")),
                      why(approver, s == VersionStatus::InReview,
                          tr("Only a version in review is approved; this one is “%1”. An editor "
                             "submits it for review.")));
    Availability::set(button(QStringLiteral("publish")),
                      why(approver, s == VersionStatus::Approved,
                          tr("Only an approved version is published; this one is “%1”.")));
    Availability::set(button(QStringLiteral("withdraw")),
                      why(editor, open,
                          tr("Only a draft or a version in review is withdrawn; this one is "
                             "“%1”.")));
}

bool VersionActions::attempt(const std::function<qint64()>& work, QString* message) {
    try {
        const qint64 shown = work();
        Q_EMIT changed(shown);
        return true;
    } catch (const core::Error& e) {
        *message = e.message();
        // Changed or removed on another workstation: the page shows it as it is now, so that the
        // user sees what the refusal speaks of and can act on it again.
        if (e.kind() == core::Error::Kind::Conflict || e.kind() == core::Error::Kind::NotFound) {
            Q_EMIT changed(m_version.id);
        }
        return false;
    }
}

bool VersionActions::newVersion(const QString& number, const QString& summary, QString* message) {
    return attempt(
        [&] { return core::PolicyService(m_db).newVersion(m_version.id, number, summary); },
        message);
}

bool VersionActions::setEffectiveDate(const QDate& date, QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).setEffectiveDate(m_version.id, m_version.rowVersion, date);
            return m_version.id;
        },
        message);
}

bool VersionActions::submit(QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).submitForReview(m_version.id, m_version.rowVersion);
            return m_version.id;
        },
        message);
}

bool VersionActions::returnToDraft(const QString& reason, QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).returnToDraft(m_version.id, m_version.rowVersion, reason);
            return m_version.id;
        },
        message);
}

bool VersionActions::approve(const QString& fingerprint, const QString& approverTitle,
                             const QString& password, QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).approve(m_version.id, m_version.rowVersion, fingerprint,
                                              approverTitle, password);
            return m_version.id;
        },
        message);
}

bool VersionActions::publish(QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).publish(m_version.id, m_version.rowVersion);
            return m_version.id;
        },
        message);
}

bool VersionActions::withdraw(const QString& reason, QString* message) {
    return attempt(
        [&] {
            core::PolicyService(m_db).withdraw(m_version.id, m_version.rowVersion, reason);
            return m_version.id;
        },
        message);
}

void VersionActions::explain(bool ok, const QString& message, const QString& done) {
    if (!ok) {
        QMessageBox::warning(this, tr("Policy version"), message);
        return;
    }
    // Done: said in the window's status bar, as a saved export is.
    auto* main = qobject_cast<QMainWindow*>(window());
    if (main && !done.isEmpty()) main->statusBar()->showMessage(done, 15000);
}

void VersionActions::askNewVersion() {
    NewVersionDialog dialog(m_version, core::PolicyService::nextVersionNumbers(m_version.version),
                            this);
    dialog.setWork([this](const QString& number, const QString& summary, QString* message) {
        return newVersion(number, summary, message);
    });
    dialog.exec();
}

void VersionActions::openEditor() {
    PolicyEditor editor(m_db, m_version.id, this);
    editor.exec();
    Q_EMIT changed(m_version.id);  // whatever was done in it is saved already
}

void VersionActions::askEffectiveDate() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Effective date"));
    auto* edit = new RocDateEdit(m_version.effectiveDate, &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("Version %1 takes effect on:").arg(m_version.version), edit);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) return;
    QString message;
    const QString number = m_version.version;
    explain(setEffectiveDate(edit->date(), &message), message,
            tr("Version %1's effective date is set to %2.")
                .arg(number, core::Language::longDate(edit->date())));
}

void VersionActions::askReason(bool withdrawing) {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, withdrawing ? tr("Withdraw version") : tr("Return to draft"),
                              tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    QString message;
    const QString number = m_version.version;
    explain(withdrawing ? withdraw(reason, &message) : returnToDraft(reason, &message), message,
            withdrawing ? tr("Version %1 is withdrawn.").arg(number)
                        : tr("Version %1 is a draft again.").arg(number));
}

void VersionActions::askApproval() {
    // The approval records the text as it is now: its fingerprint is shown, and a text changed
    // before it is signed is refused.
    QString fingerprint;
    QString missing;
    try {
        fingerprint = core::PolicyService(m_db).fingerprint(m_version.id);
        missing = core::ApprovalReadiness::refusal(m_db, m_version.id,
                                                   core::ApprovalReadiness::For::Approver);
    } catch (const core::Error& e) {
        explain(false, e.message());
        return;
    }
    // Said before anything is typed, rather than after the title and password.
    if (!missing.isEmpty()) {
        explain(false, missing);
        return;
    }
    const core::Session& s = m_db.session();
    ApprovalDialog dialog(m_version, fingerprint,
                          QStringLiteral("%1 (%2)").arg(s.displayName, s.username), this);
    dialog.setWork(
        [this, fingerprint](const QString& title, const QString& password, QString* message) {
            return approve(fingerprint, title, password, message);
        });
    const QString number = m_version.version;
    if (dialog.exec() == QDialog::Accepted)
        explain(true, QString(),
                tr("Version %1 is approved, signed by %2.").arg(number, s.displayName));
}

void VersionActions::confirmPublication() {
    // What publishing does depends on the day: at once, or on the effective date approved.
    const core::PolicyRepository repository(m_db);
    const core::VersionSummary current =
        repository.inForce(m_version.documentId, core::Clock::today());
    const QString question =
        m_version.effectiveDate > core::Clock::today()
            ? (current.id
                   ? tr("Publish version %1? It takes effect on %2; until then version %3 stays in "
                        "force.")
                         .arg(m_version.version, core::Language::longDate(m_version.effectiveDate),
                              current.version)
                   : tr("Publish version %1? It takes effect on %2.")
                         .arg(m_version.version, core::Language::longDate(m_version.effectiveDate)))
            : (current.id
                   ? tr("Publish version %1? It takes effect at once, and version %2 is superseded "
                        "from today.")
                         .arg(m_version.version, current.version)
                   : tr("Publish version %1? It takes effect at once.").arg(m_version.version));
    const auto answer =
        QMessageBox::question(this, tr("Publish version %1").arg(m_version.version), question);
    if (answer != QMessageBox::Yes) return;
    QString message;
    const QString number = m_version.version;
    explain(publish(&message), message, tr("Version %1 is published.").arg(number));
}

}  // namespace isms::ui
