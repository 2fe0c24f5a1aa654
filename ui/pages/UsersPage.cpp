#include "UsersPage.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "dialogs/AccountDialog.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "widgets/Availability.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

UsersPage::UsersPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_list(
          new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("users")), this)) {
    auto* add = new QPushButton(tr("Add user…"), this);
    add->setObjectName(QLatin1String(Page::kNew));
    auto* disable = new QPushButton(tr("Disable / enable"), this);
    auto* reset = new QPushButton(tr("Reset password…"), this);
    auto* role = new QPushButton(tr("Change role…"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, disable, reset, role}) {
        Availability::follow(b, db, core::UserRole::Permission::ManageUsers);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(role, &QPushButton::clicked, this, &UsersPage::changeRole);
}

qint64 UsersPage::selectedUserId() const {
    const QModelIndex current = m_list->view()->currentIndex();
    if (!current.isValid()) return 0;
    return m_list->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong();
}

int UsersPage::selectedRowVersion() const {
    // The last column: the account's row_version as the list read it (not shown).
    const QModelIndex current = m_list->view()->currentIndex();
    const int column = m_list->model()->columnCount() - 1;
    return current.isValid()
               ? m_list->model()->index(current.row(), column).data(Qt::EditRole).toInt()
               : 0;
}

void UsersPage::run(const std::function<void()>& action) {
    try {
        action();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("User accounts"), e.message());
    }
    m_list->refresh();
}

void UsersPage::addUser() {
    AccountDialog dialog(m_db, AccountDialog::Purpose::NewAccount, this);
    if (dialog.exec() == QDialog::Accepted) m_list->refresh();
}

void UsersPage::toggleDisabled() {
    const qint64 id = selectedUserId();
    if (id == 0) return;
    const QModelIndex current = m_list->view()->currentIndex();
    const bool disabled = m_list->model()->index(current.row(), 4).data(Qt::EditRole).toString() ==
                          QStringLiteral("disabled");
    const int rowVersion = selectedRowVersion();
    run([&] { core::UserService(m_db).setDisabled(id, rowVersion, !disabled); });
}

void UsersPage::resetPassword() {
    const qint64 id = selectedUserId();
    if (id == 0) return;
    const int rowVersion = selectedRowVersion();
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password (at least %1 characters):").arg(core::UserService::kMinimumPasswordLength),
        QLineEdit::Password, QString(), &ok);
    if (ok) run([&] { core::UserService(m_db).resetPassword(id, rowVersion, password); });
}

void UsersPage::changeRole() {
    const qint64 id = selectedUserId();
    if (id == 0) return;
    const int rowVersion = selectedRowVersion();
    QStringList labels;
    for (auto role : core::UserRole::all()) labels << core::UserRole::label(role);
    // The account's role as the list shows it is where the choice starts: OK alone changes nothing.
    int current = 0;
    const QModelIndex row = m_list->view()->currentIndex();
    for (int column = 0; column < m_list->model()->columnCount(); ++column) {
        const int at = labels.indexOf(m_list->model()->index(row.row(), column).data().toString());
        if (at >= 0) {
            current = at;
            break;
        }
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role:"), labels, current, false, &ok);
    if (ok)
        run([&] {
            core::UserService(m_db).setRole(id, rowVersion,
                                            core::UserRole::all().at(labels.indexOf(chosen)));
        });
}

}  // namespace isms::ui
