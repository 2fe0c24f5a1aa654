#pragma once

#include <QWidget>
#include <memory>

#include "Page.h"
#include "dialogs/FieldsDialog.h"

class QTreeWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// The organisation (肆、一): units as a tree on the left, the people of the chosen unit on the
// right; adding, editing and moving units, people, and importing a staff list.
class OrganisationPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit OrganisationPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;
    // Remove unit, for the unit chosen in the tree.
    QAbstractButton* deleteButtonFor(const QAbstractItemView* list) const override;

    QTreeWidget* tree() const { return m_tree; }
    RecordListWidget* people() const { return m_people; }
    void refresh();
    // The staff-list import as the button runs it, without the file dialog; the report as shown.
    QString importStaffList(const QByteArray& csv);
    // The person form as New person… / Edit person… open it (null: no person chosen to edit);
    // saving it saves the person and reads the page again.
    std::unique_ptr<FieldsDialog> personForm(bool create);

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedUnit() const;
    qint64 selectedPerson() const;
    void editUnit(bool create);
    void moveUnit();
    void removeUnit();
    void editPerson(bool create);
    void chooseStaffList();
    QList<QPair<QString, QVariant>> unitChoices(const QString& none) const;

    core::Database& m_db;
    QTreeWidget* m_tree;
    RecordListWidget* m_people;
};

}  // namespace isms::ui
