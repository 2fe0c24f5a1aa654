#pragma once

#include <QWidget>
#include <memory>

#include "Page.h"
#include "dialogs/FieldsDialog.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// Communicating a policy version and who has acknowledged it (肆、五): its events, coverage per
// unit and per scope category, who has not yet signed; sign-in sheets to print per unit, and
// signed sheets entered back.
class CommunicationPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit CommunicationPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    QComboBox* versionChooser() const { return m_version; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* events() const { return m_events; }
    QTableWidget* byUnit() const { return m_byUnit; }
    QTableWidget* byCategory() const { return m_byCategory; }
    QTableWidget* missing() const { return m_missing; }
    qint64 versionId() const;
    void refresh();
    // The form New event… opens for the chosen version (null: none); saving it records the event.
    std::unique_ptr<FieldsDialog> eventForm();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillVersions();
    void addEvent();
    void printSheet();
    void recordSheet();
    void exportReport();

    core::Database& m_db;
    QComboBox* m_version;
    QLabel* m_summary;
    QTableWidget* m_events;
    QTableWidget* m_byUnit;
    QTableWidget* m_byCategory;
    QTableWidget* m_missing;
};

}  // namespace isms::ui
