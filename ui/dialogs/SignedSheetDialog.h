#pragma once

#include "services/AcknowledgementService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RocDateEdit;

// Entering a signed sign-in sheet back: the unit's roster as on the sheet, the signed names
// ticked, the day it was signed. Who had already acknowledged shows ticked and cannot change.
class SignedSheetDialog : public QDialog {
    Q_OBJECT
public:
    SignedSheetDialog(core::Database& db, qint64 versionId, QWidget* parent = nullptr);

    QComboBox* unitChooser() const { return m_unit; }
    QListWidget* names() const { return m_names; }
    RocDateEdit* dateEdit() const { return m_date; }
    QLabel* messageLabel() const { return m_message; }
    int recorded() const { return m_recorded; }
    void accept() override;

private:
    void showUnit();

    core::Database& m_db;
    qint64 m_versionId;
    QList<core::AcknowledgementService::Member> m_audience;
    QComboBox* m_unit;
    QListWidget* m_names;
    RocDateEdit* m_date;
    QComboBox* m_method;
    QLabel* m_message;
    int m_recorded = 0;
};

}  // namespace isms::ui
