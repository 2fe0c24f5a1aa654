#pragma once

#include <QWidget>
#include <memory>

#include "Page.h"
#include "dialogs/FieldsDialog.h"

class QListWidget;
class QTableWidget;
class QTabWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RaciWidget;

// Who does what (肆、二): the roles and who holds them (with the history of assignments), the
// gaps to fill, the RACI matrix, and the policy's own lines of duty and scope.
class ResponsibilitiesPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit ResponsibilitiesPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;
    // Remove activity, for the activity chosen in the RACI matrix.
    QAbstractButton* deleteButtonFor(const QAbstractItemView* list) const override;

    QTableWidget* roles() const { return m_roles; }
    QTableWidget* assignments() const { return m_assignments; }
    QListWidget* gaps() const { return m_gaps; }
    RaciWidget* raci() const { return m_raci; }
    void refresh();
    // The form Assign… opens for the chosen role (null: none chosen); saving it assigns.
    std::unique_ptr<FieldsDialog> assignForm();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedRole() const;
    void showAssignments();
    void assign();
    void endAssignment();

    core::Database& m_db;
    QTabWidget* m_tabs;
    QTableWidget* m_roles;
    QTableWidget* m_assignments;
    QListWidget* m_gaps;
    RaciWidget* m_raci;
};

}  // namespace isms::ui
