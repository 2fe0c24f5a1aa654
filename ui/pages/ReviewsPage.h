#pragma once

#include <QWidget>

#include "Page.h"
#include "dialogs/FieldsDialog.h"
#include "services/ReviewCalendar.h"

class QComboBox;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordPage;

// One place where every cycle is visible: the agenda of the next 90 days and everything overdue,
// filtered by owner and unit; marking a cycle done; opening an item's area; the records below.
class ReviewsPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit ReviewsPage(core::Database& db, QWidget* parent = nullptr);
    void reload() override;

    QTableWidget* agenda() const { return m_agenda; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* unitFilter() const { return m_unit; }
    void refresh();
    bool markDone(int row, const QDate& on, const QString& by, QString* message);
    void openRow(int row);
    // The cycle forms: "new" (a custom cycle) and "edit" (the cycle chosen in the list of cycles).
    FieldsDialog* cycleForm(const QString& step);
    bool saveCycle(const QString& step, const FieldsDialog::Values& values, QString* message);
    qint64 selectedCycle() const;

Q_SIGNALS:
    // The area (as the navigation names it by key: policies, objectives, drills) an item belongs
    // to.
    void openArea(const QString& area);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askDone();
    void askCycle(const QString& step);

    core::Database& m_db;
    QTableWidget* m_agenda;
    QComboBox* m_owner;
    QComboBox* m_unit;
    RecordPage* m_lists;
    QList<core::ReviewCalendar::Item> m_items;
    qint64 m_formCycle = 0;
    int m_formVersion = 0;
};

}  // namespace isms::ui
