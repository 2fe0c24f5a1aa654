#pragma once

#include <QWidget>

#include "Page.h"

class QPushButton;

namespace isms::core {
class Database;
}

namespace isms::ui {

class RecordListWidget;

// User accounts, for administrators: add, disable or enable, reset a password, change a role.
class UsersPage : public QWidget, public Page {
    Q_OBJECT
public:
    explicit UsersPage(core::Database& db, QWidget* parent = nullptr);

    RecordListWidget* list() const { return m_list; }
    qint64 selectedUserId() const;
    int selectedRowVersion() const;
    void toggleDisabled();
    void resetPassword();
    void changeRole();

private:
    void addUser();
    void run(const std::function<void()>& action);

    core::Database& m_db;
    RecordListWidget* m_list;
};

}  // namespace isms::ui
