#include "OrganisationPage.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "dialogs/Attempt.h"
#include "dialogs/DialogForm.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "models/RecordListModel.h"
#include "services/OrganisationService.h"
#include "services/PeopleService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/FileDialogs.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

using core::OrganisationService;
using core::PeopleService;

OrganisationPage::OrganisationPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_tree(new QTreeWidget(this)),
      m_people(
          new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("people")), this)) {
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, std::function<void()>>> actions{
        {tr("New unit…"), [this] { editUnit(true); }},
        {tr("Edit unit…"), [this] { editUnit(false); }},
        {tr("Move unit…"), [this] { moveUnit(); }},
        {tr("Remove unit"), [this] { removeUnit(); }},
        {tr("New person…"), [this] { editPerson(true); }},
        {tr("Edit person…"), [this] { editPerson(false); }},
        {tr("Import staff list…"), [this] { chooseStaffList(); }}};
    for (int i = 0; i < actions.size(); ++i) {
        auto* b = new QPushButton(actions[i].first, this);
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        connect(b, &QPushButton::clicked, this, actions[i].second);
        if (i == 3) b->setObjectName(QStringLiteral("remove_unit"));
        if (i == 4) b->setObjectName(QLatin1String(Page::kNew));  // a person, the common case
        if (i == 5) b->setObjectName(QLatin1String(Page::kOpen));
        if (i == 4) buttons->addSpacing(16);  // the units' buttons, then the people's
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    m_tree->setObjectName(QStringLiteral("units"));
    m_tree->setHeaderLabels({tr("Unit"), tr("People")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(m_people);
    split->setStretchFactor(1, 2);
    split->setSizes({320, 700});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const qint64 unit = selectedUnit();
        m_people->model()->setFilter(QStringLiteral("unit"), unit ? QVariant(unit) : QVariant());
    });
    connect(m_people->view(), &QTableView::doubleClicked, this, [this] { editPerson(false); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { editUnit(false); });
    m_people->view()->setProperty(ListMenu::kOpensItself, true);
    m_tree->setProperty(ListMenu::kOpensItself, true);
}

void OrganisationPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

QAbstractButton* OrganisationPage::deleteButtonFor(const QAbstractItemView* list) const {
    return list == m_tree ? button("remove_unit") : nullptr;
}

void OrganisationPage::reload() {
    refresh();
}

void OrganisationPage::refresh() {
    const qint64 keep = selectedUnit();
    QHash<qint64, int> counts;
    QSqlQuery q = core::Sql::run(
        m_db.connection(), QStringLiteral("SELECT unit_id, COUNT(*) FROM people GROUP BY unit_id"));
    while (q.next()) counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto* everyone = new QTreeWidgetItem(m_tree, {tr("All units")});
    everyone->setData(0, Qt::UserRole, 0);
    QHash<qint64, QTreeWidgetItem*> items;
    for (const auto& u : OrganisationService(m_db).units()) {
        QTreeWidgetItem* parent = items.value(u.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, u.kind == QStringLiteral("internal")
                             ? u.name
                             : tr("%1 (%2)").arg(u.name, core::EnumLabels::label(u.kind)));
        item->setToolTip(0, u.nameEn);
        item->setText(1, QString::number(counts.value(u.id)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, u.id);
        items.insert(u.id, item);
    }
    m_tree->expandAll();
    QTreeWidgetItem* current = items.value(keep, everyone);
    m_tree->setCurrentItem(current);
    m_people->model()->setFilter(QStringLiteral("unit"),
                                 keep && items.contains(keep) ? QVariant(keep) : QVariant());
    m_people->refresh();
}

qint64 OrganisationPage::selectedUnit() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

qint64 OrganisationPage::selectedPerson() const {
    const QModelIndex current = m_people->view()->currentIndex();
    return current.isValid()
               ? m_people->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong()
               : 0;
}

QList<QPair<QString, QVariant>> OrganisationPage::unitChoices(const QString& none) const {
    QList<QPair<QString, QVariant>> out{{none, qint64(0)}};
    for (const auto& u : OrganisationService(m_db).units()) out.append({u.name, u.id});
    return out;
}

void OrganisationPage::editUnit(bool create) {
    OrganisationService service(m_db);
    OrganisationService::Unit unit;
    if (create) {
        unit.parentId = selectedUnit();
    } else {
        if (!selectedUnit()) {
            QMessageBox::information(this, tr("Edit unit"),
                                     tr("Choose the unit in the tree first."));
            return;
        }
        unit = service.unit(selectedUnit());
    }
    QList<QPair<QString, QVariant>> kinds;
    for (const QString& k : OrganisationService::kinds())
        kinds.append({core::EnumLabels::label(k), k});
    QList<FieldsDialog::Field> fields{
        {QStringLiteral("name"), tr("Name:"), FieldsDialog::Field::Kind::Text, {}, unit.name},
        {QStringLiteral("name_en"),
         tr("English name:"),
         FieldsDialog::Field::Kind::Text,
         {},
         unit.nameEn},
        {QStringLiteral("kind"), tr("Kind:"), FieldsDialog::Field::Kind::Choice, kinds, unit.kind},
        {QStringLiteral("notes"),
         tr("Notes:"),
         FieldsDialog::Field::Kind::LongText,
         {},
         unit.notes}};
    if (create) {
        fields.insert(2,
                      {QStringLiteral("parent"), tr("Part of:"), FieldsDialog::Field::Kind::Choice,
                       unitChoices(tr("(top level)")), unit.parentId});
    }
    FieldsDialog dialog(
        create ? tr("New unit") : tr("Edit unit"),
        tr("A unit of the organisation, or an external party (a vendor, a connected agency)."),
        fields, this);
    dialog.setWork([&](const FieldsDialog::Values& v, QString* message) {
        unit.name = v.value(QStringLiteral("name")).toString();
        unit.nameEn = v.value(QStringLiteral("name_en")).toString();
        unit.kind = v.value(QStringLiteral("kind")).toString();
        unit.notes = v.value(QStringLiteral("notes")).toString();
        if (create) unit.parentId = v.value(QStringLiteral("parent")).toLongLong();
        return attempt(
            [&] { create ? void(unit.id = service.addUnit(unit)) : service.updateUnit(unit); },
            message);
    });
    const QString why = m_db.refusal(core::UserRole::Permission::EditRecords);
    if (!why.isEmpty()) {
        if (create) return;
        DialogForm::viewOnly(&dialog, why);
    }
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void OrganisationPage::moveUnit() {
    const qint64 id = selectedUnit();
    if (!id) {
        QMessageBox::information(this, tr("Move unit"), tr("Choose the unit in the tree first."));
        return;
    }
    OrganisationService service(m_db);
    const auto unit = service.unit(id);
    FieldsDialog dialog(
        tr("Move unit"), tr("Where “%1” belongs, with the units below it.").arg(unit.name),
        {{QStringLiteral("parent"), tr("Part of:"), FieldsDialog::Field::Kind::Choice,
          unitChoices(tr("(top level)")), unit.parentId}},
        this);
    dialog.setWork([&](const FieldsDialog::Values& v, QString* message) {
        return attempt(
            [&] {
                service.moveUnit(id, v.value(QStringLiteral("parent")).toLongLong(),
                                 unit.rowVersion);
            },
            message);
    });
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void OrganisationPage::removeUnit() {
    const qint64 id = selectedUnit();
    if (!id) return;
    OrganisationService service(m_db);
    const auto unit = service.unit(id);
    if (QMessageBox::question(this, tr("Remove unit"), tr("Remove “%1”?").arg(unit.name)) !=
        QMessageBox::Yes)
        return;
    QString message;
    if (!attempt([&] { service.removeUnit(id, unit.rowVersion); }, &message)) {
        QMessageBox::warning(this, tr("Remove unit"), message);
    }
    refresh();
}

std::unique_ptr<FieldsDialog> OrganisationPage::personForm(bool create) {
    PeopleService::Person person;
    if (create) {
        person.unitId = selectedUnit();
        person.activeFrom = core::Clock::today();
    } else {
        if (!selectedPerson()) return nullptr;
        person = PeopleService(m_db).person(selectedPerson());
    }
    QList<QPair<QString, QVariant>> categories;
    for (const QString& c : core::EnumLabels::personCategories())
        categories.append({core::EnumLabels::label(c), c});
    using Kind = FieldsDialog::Field::Kind;
    auto dialog = std::make_unique<FieldsDialog>(
        create ? tr("New person") : tr("Edit person"),
        tr("Someone the policy applies to. Leave “active to” empty while they are still here."),
        QList<FieldsDialog::Field>{
            {QStringLiteral("name"), tr("Name:", "a person's name"), Kind::Text, {}, person.name},
            {QStringLiteral("title"),
             tr("Title:", "a person's job title"),
             Kind::Text,
             {},
             person.title},
            {QStringLiteral("unit"), tr("Unit:"), Kind::Choice, unitChoices(tr("(none)")),
             person.unitId},
            {QStringLiteral("category"), tr("Scope category:"), Kind::Choice, categories,
             person.category},
            {QStringLiteral("contact"), tr("Contact:"), Kind::Text, {}, person.contact},
            {QStringLiteral("active_from"),
             tr("Active from:"),
             Kind::OptionalDate,
             {},
             person.activeFrom},
            {QStringLiteral("active_to"),
             tr("Active to:"),
             Kind::OptionalDate,
             {},
             person.activeTo},
            {QStringLiteral("notes"), tr("Notes:"), Kind::LongText, {}, person.notes}},
        this);
    dialog->setWork(
        [this, create, person](const FieldsDialog::Values& v, QString* message) mutable {
            person.name = v.value(QStringLiteral("name")).toString();
            person.title = v.value(QStringLiteral("title")).toString();
            person.unitId = v.value(QStringLiteral("unit")).toLongLong();
            person.category = v.value(QStringLiteral("category")).toString();
            person.contact = v.value(QStringLiteral("contact")).toString();
            person.activeFrom = v.value(QStringLiteral("active_from")).toDate();
            person.activeTo = v.value(QStringLiteral("active_to")).toDate();
            person.notes = v.value(QStringLiteral("notes")).toString();
            PeopleService service(m_db);
            const bool saved = attempt(
                [&] { create ? void(person.id = service.add(person)) : service.update(person); },
                message);
            if (saved) refresh();
            return saved;
        });
    return dialog;
}

void OrganisationPage::editPerson(bool create) {
    const auto dialog = personForm(create);
    if (!dialog) {
        QMessageBox::information(this, tr("Edit person"),
                                 tr("Choose the person in the list first."));
        return;
    }
    const QString why = m_db.refusal(core::UserRole::Permission::EditRecords);
    if (!why.isEmpty()) {
        if (create) return;
        DialogForm::viewOnly(dialog.get(), why);
    }
    dialog->exec();
}

QString OrganisationPage::importStaffList(const QByteArray& csv) {
    QString message;
    PeopleService::ImportReport report;
    if (!attempt([&] { report = PeopleService(m_db).importCsv(csv); }, &message)) return message;
    refresh();
    if (report.errors.isEmpty()) return tr("Imported %n person(s).", nullptr, report.imported);
    QStringList lines{tr("Nothing was imported; correct these lines and import the file again:")};
    for (const auto& [line, problem] : report.errors)
        lines << tr("Line %1: %2").arg(line).arg(problem);
    return lines.join(QLatin1Char('\n'));
}

void OrganisationPage::chooseStaffList() {
    const QString file =
        FileDialogs::openFile(this, tr("Import staff list"), QString(),
                              tr("CSV files (*.csv)") + QStringLiteral(";;") + tr("All files (*)"));
    if (file.isEmpty()) return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import staff list"),
                             tr("Cannot read “%1”: %2").arg(file, in.errorString()));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Import staff list"),
                    importStaffList(in.readAll()), QMessageBox::Ok, this);
    box.setInformativeText(
        tr("Columns: %1. Units by name; dates as 2025-01-31 or 114/01/31.")
            .arg(core::CsvColumn::titles(PeopleService::csvColumns()).join(QStringLiteral(", "))));
    box.exec();
}

}  // namespace isms::ui
