#pragma once

#include <QPair>
#include <QWidget>

#include "Page.h"
#include "services/AuditService.h"

namespace isms::core {
class Database;
}

namespace isms::ui {

class FieldsDialog;
class RecordPage;

// Internal audits: the audits, their findings and corrective actions, with recording each step —
// an audit, a finding, its corrective action, the action done, the verification of its effect
// (which closes the finding), and closing an observation.
class AuditsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit AuditsPage(core::Database& db, QWidget* parent = nullptr);

    RecordPage* lists() const { return m_lists; }
    // The record chosen in one of the lists ("audits", "findings", "corrective_actions"); 0: none.
    qint64 selected(const QString& list) const;
    // The chosen record's row_version as its list read it: what a change made from it hands core.
    int selectedRowVersion(const QString& list) const;
    // The forms each step uses, filled in by the caller and run by run().
    FieldsDialog* form(const QString& step);
    bool run(const QString& step, const QHash<QString, QVariant>& values, QString* message);

private:
    QPair<QString, QString> target(const QString& step) const;
    bool chosen(const QString& step, QString* message) const;
    void ask(const QString& step);

    core::Database& m_db;
    RecordPage* m_lists;
};

}  // namespace isms::ui
