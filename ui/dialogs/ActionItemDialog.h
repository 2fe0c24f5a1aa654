#pragma once

#include "domain/ActionItem.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RocDateEdit;

// Adds or edits one action item. What is wrong is said next to the field it concerns, checked
// as the item is saved (and checked again in core).
class ActionItemDialog : public QDialog {
    Q_OBJECT
public:
    ActionItemDialog(core::Database& db, const core::ActionItem& item, QWidget* parent = nullptr);

    core::ActionItem item() const;
    QLineEdit* titleField() const { return m_title; }
    QComboBox* ownerChooser() const { return m_owner; }
    QComboBox* statusChooser() const { return m_status; }
    QLineEdit* resultField() const { return m_result; }
    RocDateEdit* dueField() const { return m_due; }
    // The message shown next to a field ("title", "owner", "due_reason", …), empty if none.
    QString messageFor(const QString& field) const;
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    QLabel* messageLabel(const QString& field);

    core::Database& m_db;
    core::ActionItem m_item;
    qint64 m_savedId = 0;
    QSpinBox* m_year;
    QComboBox* m_objective;
    QLineEdit* m_title;
    QLineEdit* m_resources;
    QComboBox* m_owner;
    RocDateEdit* m_due;
    QLineEdit* m_dueReason;
    QLineEdit* m_evaluation;
    QLineEdit* m_result;
    QComboBox* m_status;
    QLineEdit* m_cancelReason;
    QSpinBox* m_progress;
    QPlainTextEdit* m_notes;
    QHash<QString, QLabel*> m_messages;
};

}  // namespace isms::ui
