#pragma once

#include <QWidget>

#include "domain/VersionSummary.h"

class QPushButton;

namespace isms::core {
class Database;
}

namespace isms::ui {

// The buttons that move a policy version through its life — new version, effective date,
// submit, return, approve, publish, withdraw — each enabled only where the version's status and
// the user's role allow it (core decides again when it is pressed).
class VersionActions : public QWidget {
    Q_OBJECT
public:
    explicit VersionActions(core::Database& db, QWidget* parent = nullptr);

    void setVersion(const core::VersionSummary& version);
    QPushButton* button(const QString& name) const;

    // The work behind each button, without its dialog; false with *message on refusal.
    bool newVersion(const QString& number, const QString& summary, QString* message);
    bool setEffectiveDate(const QDate& date, QString* message);
    bool submit(QString* message);
    bool returnToDraft(const QString& reason, QString* message);
    bool approve(const QString& fingerprint, const QString& approverTitle, const QString& password,
                 QString* message);
    bool publish(QString* message);
    bool withdraw(const QString& reason, QString* message);

Q_SIGNALS:
    // A version changed or was created: show it.
    void changed(qint64 versionId);

private:
    QPushButton* addButton(const QString& name, const QString& text);
    bool attempt(const std::function<qint64()>& work, QString* message);
    void askNewVersion();
    void openEditor();
    void askEffectiveDate();
    void askReason(bool withdrawing);
    void askApproval();
    void confirmPublication();
    // A refusal in a message box; done, the confirmation in the window's status bar.
    void explain(bool ok, const QString& message, const QString& done = QString());

    core::Database& m_db;
    core::VersionSummary m_version;
};

}  // namespace isms::ui
