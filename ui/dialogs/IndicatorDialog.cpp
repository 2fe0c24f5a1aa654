#include "IndicatorDialog.h"

#include "DialogForm.h"
#include "domain/EnumLabels.h"
#include "domain/IndicatorSource.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>

namespace isms::ui {

IndicatorDialog::IndicatorDialog(core::Database& db, const QString& objective,
                                 const core::ObjectiveService::Indicator& current, QWidget* parent)
    : QDialog(parent),
      m_source(new QComboBox(this)),
      m_explanation(new QLabel(this)),
      m_roles(new QListWidget(this)),
      m_systems(new QListWidget(this)),
      m_name(new QLineEdit(current.name, this)),
      m_unit(new QLineEdit(current.unit, this)),
      m_direction(new QComboBox(this)),
      m_target(new QDoubleSpinBox(this)),
      m_frequency(new QComboBox(this)),
      m_role(new QComboBox(this)),
      m_person(new QComboBox(this)),
      m_message(DialogForm::messageLabel(this)) {
    setWindowTitle(tr("Indicator"));
    for (const char* key : {"at_least", "at_most", "equal"}) {
        m_direction->addItem(core::EnumLabels::label(QString::fromLatin1(key)), QString::fromLatin1(key));
    }
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(current.direction)));
    for (const char* key : {"monthly", "quarterly", "half_yearly", "yearly"}) {
        m_frequency->addItem(core::EnumLabels::label(QString::fromLatin1(key)), QString::fromLatin1(key));
    }
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(current.frequency)));
    m_target->setRange(-1e9, 1e9);
    m_target->setDecimals(3);
    m_target->setValue(current.target);
    for (const auto kind : core::IndicatorSource::all()) {
        m_source->addItem(core::IndicatorSource::label(kind), core::IndicatorSource::key(kind));
    }
    m_source->setCurrentIndex(qMax(0, m_source->findData(current.source)));
    m_explanation->setWordWrap(true);
    m_role->addItem(tr("(none)"), 0);
    QSqlQuery roles = core::Sql::run(db.connection(), QStringLiteral("SELECT id, name FROM roles ORDER BY id"));
    while (roles.next()) {
        m_role->addItem(roles.value(1).toString(), roles.value(0));
        auto* item = new QListWidgetItem(roles.value(1).toString(), m_roles);
        item->setData(Qt::UserRole, roles.value(0));
        item->setCheckState(current.roleIds.contains(roles.value(0).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_roles->setMaximumHeight(110);
    QSqlQuery systems = core::Sql::run(db.connection(), QStringLiteral("SELECT id, name FROM core_systems ORDER BY name, id"));
    while (systems.next()) {
        auto* item = new QListWidgetItem(systems.value(1).toString(), m_systems);
        item->setData(Qt::UserRole, systems.value(0));
        item->setCheckState(current.systemIds.contains(systems.value(0).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_systems->setMaximumHeight(90);
    m_role->setCurrentIndex(qMax(0, m_role->findData(current.roleId)));
    m_person->addItem(tr("(none)"), 0);
    QSqlQuery people = core::Sql::run(db.connection(), QStringLiteral("SELECT id, name FROM people ORDER BY name"));
    while (people.next()) m_person->addItem(people.value(1).toString(), people.value(0));
    m_person->setCurrentIndex(qMax(0, m_person->findData(current.personId)));
    DialogForm form(this, objective);
    form.addRow(tr("Indicator:"), m_name);
    form.addRow(tr("Values come from:"), m_source);
    form.addRow(QString(), m_explanation);
    form.addRow(tr("Senior management:"), m_roles);
    form.addRow(tr("Core systems:"), m_systems);
    form.addRow(tr("Unit:"), m_unit);
    form.addRow(tr("The value must be:"), m_direction);
    form.addRow(tr("Target:"), m_target);
    form.addRow(tr("Measured:"), m_frequency);
    form.addRow(tr("Responsible role:"), m_role);
    form.addRow(tr("Responsible person:"), m_person);
    form.finish(m_message, tr("Save"));
    sourceChanged();
    // Chosen now, not on opening: a source switched to gives its unit, direction and target.
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        core::IndicatorSource::Kind kind;
        if (core::IndicatorSource::fromKey(m_source->currentData().toString(), &kind) &&
            core::IndicatorSource::computed(kind)) {
            m_unit->setText(core::IndicatorSource::unit(kind));
            m_direction->setCurrentIndex(qMax(0, m_direction->findData(core::IndicatorSource::direction(kind))));
            m_target->setValue(core::IndicatorSource::target(kind));
        }
        sourceChanged();
    });
}

void IndicatorDialog::sourceChanged() {
    core::IndicatorSource::Kind kind = core::IndicatorSource::Kind::Manual;
    core::IndicatorSource::fromKey(m_source->currentData().toString(), &kind);
    const bool computed = core::IndicatorSource::computed(kind);
    m_explanation->setText(core::IndicatorSource::explanation(kind));
    // What a computation gives is its own: its unit and direction are not a choice.
    m_unit->setEnabled(!computed);
    m_direction->setEnabled(!computed);
    m_roles->setEnabled(kind == core::IndicatorSource::Kind::SeniorAttendance);
    m_roles->setToolTip(m_roles->isEnabled() ? QString()
                                             : tr("Only attendance at management reviews counts roles."));
    m_systems->setEnabled(kind == core::IndicatorSource::Kind::Availability);
    m_systems->setToolTip(m_systems->isEnabled() ? QString() : tr("Only availability watches core systems."));
    // Training is required by the year, so it is measured yearly (core refuses another period).
    const bool yearly = kind == core::IndicatorSource::Kind::Training;
    if (yearly) m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(QStringLiteral("yearly"))));
    m_frequency->setEnabled(!yearly);
    m_frequency->setToolTip(yearly ? tr("Training against the hours required a year is measured yearly.") : QString());
}

core::ObjectiveService::Indicator IndicatorDialog::indicator() const {
    core::ObjectiveService::Indicator i{m_name->text(),
                                        m_unit->text(),
                                        m_direction->currentData().toString(),
                                        m_target->value(),
                                        m_frequency->currentData().toString(),
                                        m_role->currentData().toLongLong(),
                                        m_person->currentData().toLongLong(),
                                        m_source->currentData().toString(),
                                        {},
                                        {}};
    if (m_roles->isEnabled()) {
        for (int row = 0; row < m_roles->count(); ++row) {
            if (m_roles->item(row)->checkState() == Qt::Checked) i.roleIds << m_roles->item(row)->data(Qt::UserRole).toLongLong();
        }
    }
    if (m_systems->isEnabled()) {
        for (int row = 0; row < m_systems->count(); ++row) {
            if (m_systems->item(row)->checkState() == Qt::Checked) {
                i.systemIds << m_systems->item(row)->data(Qt::UserRole).toLongLong();
            }
        }
    }
    return i;
}

void IndicatorDialog::accept() {
    QString message;
    if (m_work && !m_work(indicator(), &message)) {
        m_message->setText(message);
        return;
    }
    QDialog::accept();
}

}  // namespace isms::ui
