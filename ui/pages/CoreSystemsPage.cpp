#include "CoreSystemsPage.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include "AvailabilityReport.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "services/CoreSystemService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"
#include "widgets/YearReportButtons.h"

namespace isms::ui {

using Field = FieldsDialog::Field;
using Kind = FieldsDialog::Field::Kind;

namespace {

const QString kSystems = QStringLiteral("core_systems");
const QString kOutages = QStringLiteral("outages");

QList<QPair<QString, QVariant>> yesNo() {
    return {{CoreSystemsPage::tr("No"), false}, {CoreSystemsPage::tr("Yes"), true}};
}

}  // namespace

CoreSystemsPage::CoreSystemsPage(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_lists(new RecordPage(db, {kSystems, kOutages}, this)) {
    auto* buttons = new QHBoxLayout;
    const QList<QPair<QString, QString>> steps{{QStringLiteral("system"), tr("New system…")},
                                               {QStringLiteral("edit_system"), tr("Edit system…")},
                                               {QStringLiteral("outage"), tr("Record outage…")},
                                               {QStringLiteral("edit_outage"), tr("Edit outage…")}};
    for (const auto& [step, text] : steps) {
        auto* b = new QPushButton(text, this);
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        if (step == QLatin1String("system")) b->setObjectName(QLatin1String(Page::kNew));
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, step] { ask(step); });
    }
    buttons->addStretch(1);
    YearReportButtons::add(this, buttons,
                           {tr("Availability report…"), tr("Print report…"), tr("Availability report"), tr("availability-%1"),
                            tr("PDF documents (*.pdf);;CSV files (*.csv)"),
                            [this](const QString& file, int year, QString* message) { return writeReport(file, year, message); },
                            [this](int year) { return reports::AvailabilityReport::build(m_db, year); }});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_lists, 1);
}

qint64 CoreSystemsPage::selected(const QString& list) const {
    return m_lists->selectedValue(list, 0).toLongLong();
}

int CoreSystemsPage::selectedRowVersion(const QString& list) const {
    return m_lists->selectedRowVersion(list);
}

FieldsDialog* CoreSystemsPage::form(const QString& step) {
    const bool systemStep = step == QStringLiteral("system") || step == QStringLiteral("edit_system");
    if (systemStep) {
        QList<QPair<QString, QVariant>> units{{tr("(none)"), 0}};
        QSqlQuery q = core::Sql::run(m_db.connection(),
                                     QStringLiteral("SELECT id, name FROM org_units WHERE kind = 'internal' ORDER BY parent_id, position"));
        while (q.next()) units.append({q.value(1).toString(), q.value(0)});
        q.finish();
        auto* dialog = new FieldsDialog(
            step == QStringLiteral("system") ? tr("New core system") : tr("Edit core system"),
            tr("A core system (核心資通系統): when it is meant to be in service and the availability it must keep. "
               "Only outages in its service hours count against it."),
            {{QStringLiteral("name"), tr("System:")},
             {QStringLiteral("unit"), tr("Unit:"), Kind::Choice, units, 0},
             {QStringLiteral("weekdays"), tr("Served on working days only:"), Kind::Choice, yesNo(), false},
             {QStringLiteral("from"), tr("Service from:"), Kind::Time, {}, QTime(0, 0)},
             {QStringLiteral("until"), tr("Service until (00:00 = the day's end):"), Kind::Time, {}, QTime(0, 0)},
             {QStringLiteral("target"), tr("Availability target (%):"), Kind::Decimal, {}, 99.5},
             {QStringLiteral("since"), tr("Under the register from:"), Kind::Date, {}, core::Clock::today()},
             {QStringLiteral("active"), tr("In use:"), Kind::Choice, {{tr("Yes"), true}, {tr("No (retired)"), false}}, true},
             {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
            this);
        if (step == QStringLiteral("edit_system") && selected(kSystems) != 0) {
            const auto s = core::CoreSystemService(m_db).system(selected(kSystems));
            dialog->setValue(QStringLiteral("name"), s.name);
            dialog->setValue(QStringLiteral("unit"), s.unitId);
            dialog->setValue(QStringLiteral("weekdays"), s.hours.weekdaysOnly);
            dialog->setValue(QStringLiteral("from"), QTime(0, 0).addSecs(s.hours.startMinute * 60));
            dialog->setValue(QStringLiteral("until"), QTime(0, 0).addSecs((s.hours.endMinute % (24 * 60)) * 60));
            dialog->setValue(QStringLiteral("target"), s.target);
            dialog->setValue(QStringLiteral("since"), s.since);
            dialog->setValue(QStringLiteral("active"), s.active);
            dialog->setValue(QStringLiteral("notes"), s.notes);
        }
        return dialog;
    }
    QList<QPair<QString, QVariant>> systems;
    QSqlQuery q = core::Sql::run(m_db.connection(), QStringLiteral("SELECT id, name FROM core_systems WHERE active = 1 ORDER BY name"));
    while (q.next()) systems.append({q.value(1).toString(), q.value(0)});
    q.finish();
    const QDateTime now = core::Clock::nowUtc().toLocalTime();
    auto* dialog = new FieldsDialog(
        step == QStringLiteral("outage") ? tr("Record outage") : tr("Edit outage"),
        tr("An outage of a core system, as it starts (leave the end empty while it goes on) or once it is over. A "
           "planned outage (announced maintenance) does not count against availability."),
        // The system chosen in its list, if any: an outage is easily put on the wrong one.
        {{QStringLiteral("system"), tr("System:"), Kind::Choice, systems,
          selected(kSystems) != 0 ? QVariant(selected(kSystems)) : systems.isEmpty() ? QVariant() : systems.first().second},
         {QStringLiteral("start_day"), tr("Started on:"), Kind::Date, {}, now.date()},
         {QStringLiteral("start_time"), tr("at:"), Kind::Time, {}, QTime(now.time().hour(), now.time().minute())},
         {QStringLiteral("end_day"), tr("Ended on:"), Kind::OptionalDate, {}, QDate()},
         {QStringLiteral("end_time"), tr("at:"), Kind::Time, {}, QTime(now.time().hour(), now.time().minute())},
         {QStringLiteral("planned"), tr("Planned (announced maintenance):"), Kind::Choice, yesNo(), false},
         {QStringLiteral("cause"), tr("Cause:"), Kind::LongText},
         {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
        this);
    if (step == QStringLiteral("edit_outage") && selected(kOutages) != 0) {
        const auto o = core::CoreSystemService(m_db).outage(selected(kOutages));
        dialog->setValue(QStringLiteral("system"), o.systemId);
        dialog->setValue(QStringLiteral("start_day"), o.start.date());
        dialog->setValue(QStringLiteral("start_time"), o.start.time());
        dialog->setValue(QStringLiteral("end_day"), o.end.date());
        if (o.end.isValid()) dialog->setValue(QStringLiteral("end_time"), o.end.time());
        dialog->setValue(QStringLiteral("planned"), o.planned);
        dialog->setValue(QStringLiteral("cause"), o.cause);
        dialog->setValue(QStringLiteral("notes"), o.notes);
    }
    return dialog;
}

bool CoreSystemsPage::run(const QString& step, const QHash<QString, QVariant>& v, QString* message) {
    const bool edit = step.startsWith(QStringLiteral("edit_"));
    const QString list = step.endsWith(QStringLiteral("system")) ? kSystems : kOutages;
    const qint64 id = selected(list);
    if (edit && id == 0) {
        *message = list == kSystems ? tr("Choose a system in its list first.") : tr("Choose an outage in its list first.");
        return false;
    }
    const int seen = selectedRowVersion(list);
    core::CoreSystemService service(m_db);
    try {
        if (list == kSystems) {
            core::CoreSystemService::System s;
            s.name = v.value(QStringLiteral("name")).toString();
            s.unitId = v.value(QStringLiteral("unit")).toLongLong();
            s.hours.weekdaysOnly = v.value(QStringLiteral("weekdays")).toBool();
            const QTime from = v.value(QStringLiteral("from"), QTime(0, 0)).toTime();
            const QTime until = v.value(QStringLiteral("until"), QTime(0, 0)).toTime();
            s.hours.startMinute = from.hour() * 60 + from.minute();
            // 00:00 as the end is the day's end (24:00): a time field cannot say 24:00.
            s.hours.endMinute = until == QTime(0, 0) ? 24 * 60 : until.hour() * 60 + until.minute();
            s.target = v.value(QStringLiteral("target"), 99.5).toDouble();
            s.since = v.value(QStringLiteral("since")).toDate();
            s.active = v.value(QStringLiteral("active"), true).toBool();
            s.notes = v.value(QStringLiteral("notes")).toString();
            if (edit) service.updateSystem(id, seen, s);
            else service.addSystem(s);
        } else {
            core::CoreSystemService::Outage o;
            o.systemId = v.value(QStringLiteral("system")).toLongLong();
            o.start = QDateTime(v.value(QStringLiteral("start_day")).toDate(), v.value(QStringLiteral("start_time")).toTime());
            const QDate endDay = v.value(QStringLiteral("end_day")).toDate();
            if (endDay.isValid()) o.end = QDateTime(endDay, v.value(QStringLiteral("end_time")).toTime());
            o.planned = v.value(QStringLiteral("planned")).toBool();
            o.cause = v.value(QStringLiteral("cause")).toString();
            o.notes = v.value(QStringLiteral("notes")).toString();
            if (edit) service.updateOutage(id, seen, o);
            else service.recordOutage(o);
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    for (RecordListWidget* w : m_lists->lists()) w->refresh();
    return true;
}

bool CoreSystemsPage::writeReport(const QString& file, int year, QString* message) {
    return ExportFile::writeReport(
        file, [&] { return reports::AvailabilityReport::build(m_db, year); },
        [&](QIODevice& out) { reports::AvailabilityReport::writeCsv(m_db, year, out); }, message);
}

void CoreSystemsPage::ask(const QString& step) {
    const bool edit = step.startsWith(QStringLiteral("edit_"));
    const QString list = step.endsWith(QStringLiteral("system")) ? kSystems : kOutages;
    // Say what to choose before the form is filled in, not after.
    if (edit && selected(list) == 0) {
        QMessageBox::information(this, tr("Core systems"),
                                 list == kSystems ? tr("Choose a system in its list first.") : tr("Choose an outage in its list first."));
        return;
    }
    FieldsDialog* dialog = form(step);
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) { return run(step, values, m); });
    dialog->exec();
    delete dialog;
}

}  // namespace isms::ui
