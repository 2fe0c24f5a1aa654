#include "ResponsibilitiesPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dialogs/Attempt.h"
#include "dialogs/FieldsDialog.h"
#include "dialogs/PeopleChoices.h"
#include "domain/Clock.h"
#include "i18n/Language.h"
#include "services/OrganisationService.h"
#include "services/RoleService.h"
#include "storage/Database.h"
#include "widgets/Availability.h"
#include "widgets/RaciWidget.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/RecordPage.h"

namespace isms::ui {

using core::RoleService;

ResponsibilitiesPage::ResponsibilitiesPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_tabs(new QTabWidget(this)),
      m_roles(ReadOnlyTable::create({tr("Role"), tr("Held today by")}, this)),
      m_assignments(ReadOnlyTable::create(
          {tr("Person"), tr("Unit"), tr("From"), tr("To"), tr("Notes")}, this)),
      m_gaps(new QListWidget(this)),
      m_raci(new RaciWidget(db, this)) {
    m_roles->setObjectName(QStringLiteral("roles"));
    m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assignments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assignments->setObjectName(QStringLiteral("assignments"));
    m_gaps->setObjectName(QStringLiteral("gaps"));
    m_gaps->setWordWrap(true);

    auto* rolesTab = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    auto* assign = new QPushButton(tr("Assign…"), rolesTab);
    auto* end = new QPushButton(tr("End assignment…"), rolesTab);
    assign->setObjectName(QLatin1String(Page::kNew));
    for (QPushButton* b : {assign, end})
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
    buttons->addWidget(assign);
    buttons->addWidget(end);
    buttons->addStretch(1);
    auto* split = new QSplitter(rolesTab);
    split->addWidget(m_roles);
    auto* history = new QWidget(split);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Who held the chosen role, newest first:"), history));
    historyLayout->addWidget(m_assignments, 1);
    split->addWidget(history);
    split->setStretchFactor(1, 1);
    split->setSizes({520, 640});
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* gapsBox = new QVBoxLayout;
    gapsBox->addWidget(new QLabel(tr("Gaps today:"), rolesTab));
    gapsBox->addWidget(m_gaps);
    auto* rolesLayout = new QVBoxLayout(rolesTab);
    rolesLayout->addLayout(buttons);
    rolesLayout->addWidget(split, 3);
    rolesLayout->addLayout(gapsBox, 1);

    m_tabs->addTab(rolesTab, tr("Roles and assignments"));
    m_tabs->addTab(m_raci, tr("RACI matrix"));
    m_tabs->addTab(
        new RecordPage(db, {QStringLiteral("responsibilities"), QStringLiteral("scope_items")},
                       this),
        tr("Policy duties and scope"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_roles, &QTableWidget::currentCellChanged, this,
            &ResponsibilitiesPage::showAssignments);
    connect(assign, &QPushButton::clicked, this, &ResponsibilitiesPage::assign);
    connect(end, &QPushButton::clicked, this, &ResponsibilitiesPage::endAssignment);
}

void ResponsibilitiesPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

QAbstractButton* ResponsibilitiesPage::deleteButtonFor(const QAbstractItemView* list) const {
    return list->objectName() == QLatin1String("raci") ? button("raci_remove") : nullptr;
}

void ResponsibilitiesPage::reload() {
    refresh();
}

void ResponsibilitiesPage::refresh() {
    const QDate today = core::Clock::today();
    const int keep = qMax(0, m_roles->currentRow());
    RoleService service(m_db);
    const auto roles = service.roles();
    {
        const QSignalBlocker block(m_roles);
        m_roles->setRowCount(int(roles.size()));
        for (int row = 0; row < roles.size(); ++row) {
            QStringList holders;
            for (const auto& a : service.holders(roles[row].id, today)) {
                holders << (a.unitName.isEmpty() ? a.personName
                                                 : tr("%1 (%2)").arg(a.personName, a.unitName));
            }
            auto* name = new QTableWidgetItem(roles[row].name);
            name->setData(Qt::UserRole, roles[row].id);
            m_roles->setItem(row, 0, name);
            auto* who =
                new QTableWidgetItem(holders.isEmpty() ? tr("— nobody —") : holders.join(tr(", ")));
            if (holders.isEmpty()) who->setForeground(QColor(0xb0, 0x00, 0x20));
            m_roles->setItem(row, 1, who);
        }
        m_roles->resizeColumnToContents(0);
        m_roles->setCurrentCell(qMin(keep, int(roles.size()) - 1), 0);
    }
    showAssignments();
    m_gaps->clear();
    for (const auto& gap : service.gaps(today)) m_gaps->addItem(gap.text);
    if (m_gaps->count() == 0)
        m_gaps->addItem(
            tr("None: every role is held and every unit with staff has its security officer."));
    m_raci->refresh();
}

qint64 ResponsibilitiesPage::selectedRole() const {
    const QTableWidgetItem* item = m_roles->item(m_roles->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ResponsibilitiesPage::showAssignments() {
    const qint64 role = selectedRole();
    const auto list = role ? RoleService(m_db).assignments(role) : QList<RoleService::Assignment>();
    const QDate today = core::Clock::today();
    m_assignments->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const auto& a = list[row];
        const QStringList cells{a.personName, a.unitName, core::Language::shortDate(a.start),
                                a.end.isValid() ? core::Language::shortDate(a.end) : QString(),
                                a.notes};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, a.id);
            if (!a.holdsOn(today))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_assignments->setItem(row, column, item);
        }
    }
    m_assignments->resizeColumnsToContents();
}

std::unique_ptr<FieldsDialog> ResponsibilitiesPage::assignForm() {
    const qint64 role = selectedRole();
    if (!role) return nullptr;
    const auto r = RoleService(m_db).role(role);
    QList<QPair<QString, QVariant>> units{{tr("(none)"), qint64(0)}};
    for (const auto& u : core::OrganisationService(m_db).units()) units.append({u.name, u.id});
    using Kind = FieldsDialog::Field::Kind;
    auto dialog = std::make_unique<FieldsDialog>(
        tr("Assign “%1”").arg(r.name),
        r.perUnit ? tr("This role is held for a unit: choose the unit too.")
                  : tr("Who holds the role, from when; leave the end empty while they hold it."),
        QList<FieldsDialog::Field>{
            {QStringLiteral("person"), tr("Person:"), Kind::Choice,
             PeopleChoices::withPrompt(m_db)},
            {QStringLiteral("unit"), tr("For unit:"), Kind::Choice, units},
            {QStringLiteral("start"), tr("From:"), Kind::Date, {}, core::Clock::today()},
            {QStringLiteral("end"), tr("To:"), Kind::OptionalDate},
            {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
        this);
    dialog->setWork([this, role](const FieldsDialog::Values& v, QString* message) {
        RoleService::Assignment a;
        a.roleId = role;
        a.personId = v.value(QStringLiteral("person")).toLongLong();
        a.unitId = v.value(QStringLiteral("unit")).toLongLong();
        a.start = v.value(QStringLiteral("start")).toDate();
        a.end = v.value(QStringLiteral("end")).toDate();
        a.notes = v.value(QStringLiteral("notes")).toString();
        const bool saved = attempt([&] { RoleService(m_db).assign(a); }, message);
        if (saved) refresh();
        return saved;
    });
    return dialog;
}

void ResponsibilitiesPage::assign() {
    if (const auto dialog = assignForm()) dialog->exec();
}

void ResponsibilitiesPage::endAssignment() {
    const QTableWidgetItem* item = m_assignments->item(m_assignments->currentRow(), 0);
    if (!item) {
        QMessageBox::information(this, tr("End assignment"),
                                 tr("Choose the assignment in the list first."));
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    RoleService service(m_db);
    RoleService::Assignment a;
    for (const auto& candidate : service.assignments(selectedRole())) {
        if (candidate.id == id) a = candidate;
    }
    FieldsDialog dialog(tr("End assignment"),
                        tr("%1 holds the role until this day; the assignment stays in the history.")
                            .arg(a.personName),
                        {{QStringLiteral("end"),
                          tr("Last day:"),
                          FieldsDialog::Field::Kind::Date,
                          {},
                          core::Clock::today()}},
                        this);
    dialog.setWork([&](const FieldsDialog::Values& v, QString* message) {
        return attempt(
            [&] {
                service.endAssignment(id, v.value(QStringLiteral("end")).toDate(), a.rowVersion);
            },
            message);
    });
    if (dialog.exec() == QDialog::Accepted) refresh();
}

}  // namespace isms::ui
