#include "TrailEntryView.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ReadOnlyTable.h"
#include "storage/Database.h"
#include "storage/ListFormatter.h"
#include "storage/Sql.h"

namespace isms::ui {

TrailEntryView::TrailEntryView(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_reading(db),
      m_title(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_changes(ReadOnlyTable::create({tr("Field"), tr("Before"), tr("After")}, this,
                                      QStringLiteral("trail_changes"))),
      m_hash(new QLabel(this)),
      m_open(new QPushButton(tr("Open the record"), this)) {
    setObjectName(QStringLiteral("trail_entry"));
    m_title->setObjectName(QStringLiteral("trail_title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* label : {m_title, m_facts, m_hash}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_open->setObjectName(QStringLiteral("trail_open_record"));
    // Values are the point here: long ones wrap rather than end in "…".
    m_changes->setWordWrap(true);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_hash);
    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openRecord(m_entry.entity, m_entry.entityId); });
    showEntry(0);
}

QString TrailEntryView::headline() const { return m_title->text(); }

void TrailEntryView::showEntry(qint64 entryId) {
    m_entry = entryId ? m_reading.entry(entryId) : core::TrailReading::Entry();
    if (m_entry.id == 0) {
        m_title->setText(tr("Choose an entry to read it in full."));
        m_facts->clear();
        m_hash->clear();
        ReadOnlyTable::fill(m_changes, {});
        m_open->setEnabled(false);
        m_open->setToolTip(tr("Choose an entry of the list first."));
        m_open->setStatusTip(m_open->toolTip());
        return;
    }
    const core::TrailReading::Reading r = m_reading.read(m_entry);
    m_title->setText(tr("Entry %1: %2 — %3").arg(m_entry.id).arg(r.event, r.record));
    m_facts->setText(
        tr("%1, by %2")
            .arg(core::ListFormatter::text(core::ListDefinition::Format::Time, m_entry.at),
                 core::TrailReading::actorName(m_entry.actor)));
    QList<QStringList> rows;
    for (const auto& c : r.changes) rows << QStringList{c.field, c.before, c.after};
    ReadOnlyTable::fill(m_changes, rows);
    // Values read as text here, numbers too; an added record has no "before".
    bool anyBefore = false;
    for (int row = 0; row < m_changes->rowCount(); ++row) {
        for (int column = 0; column < 3; ++column) {
            if (auto* item = m_changes->item(row, column))
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        }
        anyBefore = anyBefore || !rows[row][1].isEmpty();
    }
    m_changes->setColumnHidden(1, !anyBefore);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_hash->setText(tr("Entry hash: %1").arg(m_entry.hash));
    // The record can be opened while it exists and has an area of the window.
    const QString area = areaOf(m_entry.entity);
    bool exists = false;
    if (!area.isEmpty() && m_entry.entityId > 0) {
        exists = core::Sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id")
                                       .arg(m_entry.entity),
                                   {{QStringLiteral("id"), m_entry.entityId}})
                     .toInt() > 0;
    }
    m_open->setEnabled(exists);
    m_open->setToolTip(exists ? tr("Show this record where it is kept.")
                       : area.isEmpty() || m_entry.entityId == 0
                           ? tr("This entry is an event, not a record kept on a page.")
                           : tr("This record has been deleted since."));
    m_open->setStatusTip(m_open->toolTip());
}

QString TrailEntryView::areaOf(const QString& table) {
    static const QHash<QString, QString> areas{
        {QStringLiteral("documents"), QStringLiteral("policies")},
        {QStringLiteral("document_versions"), QStringLiteral("policies")},
        {QStringLiteral("sections"), QStringLiteral("policies")},
        {QStringLiteral("approvals"), QStringLiteral("policies")},
        {QStringLiteral("legal_references"), QStringLiteral("policies")},
        {QStringLiteral("scope_items"), QStringLiteral("policies")},
        {QStringLiteral("policy_statements"), QStringLiteral("policies")},
        {QStringLiteral("controlled_copies"), QStringLiteral("policies")},
        {QStringLiteral("objectives"), QStringLiteral("objectives")},
        {QStringLiteral("objective_wordings"), QStringLiteral("objectives")},
        {QStringLiteral("measurements"), QStringLiteral("objectives")},
        {QStringLiteral("measurement_records"), QStringLiteral("objectives")},
        {QStringLiteral("action_items"), QStringLiteral("action_plan")},
        {QStringLiteral("org_units"), QStringLiteral("organisation")},
        {QStringLiteral("people"), QStringLiteral("organisation")},
        {QStringLiteral("roles"), QStringLiteral("responsibilities")},
        {QStringLiteral("role_assignments"), QStringLiteral("responsibilities")},
        {QStringLiteral("responsibilities"), QStringLiteral("responsibilities")},
        {QStringLiteral("raci_activities"), QStringLiteral("responsibilities")},
        {QStringLiteral("raci_cells"), QStringLiteral("responsibilities")},
        {QStringLiteral("review_cycles"), QStringLiteral("reviews")},
        {QStringLiteral("reviews"), QStringLiteral("reviews")},
        {QStringLiteral("meetings"), QStringLiteral("meetings")},
        {QStringLiteral("meeting_agenda_items"), QStringLiteral("meetings")},
        {QStringLiteral("audits"), QStringLiteral("audits")},
        {QStringLiteral("findings"), QStringLiteral("audits")},
        {QStringLiteral("corrective_actions"), QStringLiteral("audits")},
        {QStringLiteral("drills"), QStringLiteral("drills")},
        {QStringLiteral("core_systems"), QStringLiteral("core_systems")},
        {QStringLiteral("outages"), QStringLiteral("core_systems")},
        {QStringLiteral("training_sessions"), QStringLiteral("training")},
        {QStringLiteral("incidents"), QStringLiteral("incidents")},
        {QStringLiteral("incident_actions"), QStringLiteral("incidents")},
        {QStringLiteral("training_attendance"), QStringLiteral("training")},
        {QStringLiteral("training_requirements"), QStringLiteral("training")},
        {QStringLiteral("agency_settings"), QStringLiteral("training")},
        {QStringLiteral("communications"), QStringLiteral("communication")},
        {QStringLiteral("acknowledgements"), QStringLiteral("communication")},
        {QStringLiteral("communication_audiences"), QStringLiteral("communication")},
        {QStringLiteral("users"), QStringLiteral("users")},
        {QStringLiteral("backups"), QStringLiteral("settings")},
    };
    return areas.value(table);
}

}  // namespace isms::ui
