#include "TrainingPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

#include "PolicyPrinting.h"
#include "TrainingReports.h"
#include "dialogs/FieldsDialog.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/TrainingStanding.h"
#include "i18n/Language.h"
#include "models/RecordListModel.h"
#include "services/TrainingService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/FileDialogs.h"
#include "widgets/RecordListWidget.h"
#include "widgets/RecordPage.h"
#include "widgets/YearSpinBox.h"

namespace isms::ui {

using Field = FieldsDialog::Field;
using Kind = FieldsDialog::Field::Kind;
using Choices = QList<QPair<QString, QVariant>>;

namespace {

const QString kSessions = QStringLiteral("training_sessions");
const QString kAttendance = QStringLiteral("training_attendance");
const QString kRequirements = QStringLiteral("training_requirements");
const QString kStanding = QStringLiteral("training_standing");

Choices labelled(const QStringList& keys) {
    Choices out;
    for (const QString& key : keys) out.append({core::EnumLabels::label(key), key});
    return out;
}

Choices levels() {
    Choices out;
    for (const QString& level : core::TrainingStanding::levels()) out.append({TrainingPage::tr("Level %1").arg(level), level});
    return out;
}

QString listOf(const QString& step) {
    if (step.endsWith(QStringLiteral("session"))) return kSessions;
    if (step.endsWith(QStringLiteral("attendance"))) return kAttendance;
    if (step.endsWith(QStringLiteral("requirement"))) return kRequirements;
    return {};
}

}  // namespace

TrainingPage::TrainingPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_lists(new RecordPage(db, {kStanding, kSessions, kAttendance, kRequirements}, this)),
      m_year(new YearSpinBox(this)),
      m_unit(new QComboBox(this)),
      m_shortOnly(new QCheckBox(tr("Short only"), this)),
      m_defaults(new QLabel(this)) {
    const auto row = [this, &db](const QList<QPair<QString, QString>>& steps) {
        auto* buttons = new QHBoxLayout;
        for (const auto& [step, text] : steps) {
            auto* b = new QPushButton(text, this);
            b->setObjectName(step);
            Availability::follow(b, db, core::UserRole::Permission::EditRecords);
            if (step == QLatin1String("session")) b->setObjectName(QLatin1String(Page::kNew));
            buttons->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, step] {
                ask(step);
            });
        }
        buttons->addStretch(1);
        return buttons;
    };
    auto* sessions = row({{QStringLiteral("session"), tr("New session…")},
                          {QStringLiteral("edit_session"), tr("Edit session…")},
                          {QStringLiteral("remove_session"), tr("Remove session…")}});
    auto* attendance = row({{QStringLiteral("attendance"), tr("Record attendance…")},
                            {QStringLiteral("import"), tr("Import attendance…")},
                            {QStringLiteral("edit_attendance"), tr("Edit attendance…")},
                            {QStringLiteral("remove_attendance"), tr("Remove attendance…")}});
    auto* sheet = new QPushButton(tr("Print sign-in sheet…"), this);
    sheet->setObjectName(QLatin1String(Page::kPrint));
    sessions->addWidget(sheet);
    connect(sheet, &QPushButton::clicked, this, [this] {
        if (const QString why = requireChosen(QStringLiteral("edit_session")); !why.isEmpty()) {
            QMessageBox::information(this, tr("Training"), why);
            return;
        }
        PolicyPrinting::preview(reports::TrainingReports::signInSheet(m_db, selected(kSessions)), this);
    });
    auto* requirements = row({{QStringLiteral("requirement"), tr("New requirement…")},
                              {QStringLiteral("edit_requirement"), tr("Edit requirement…")},
                              {QStringLiteral("remove_requirement"), tr("Remove requirement…")},
                              {QStringLiteral("defaults"), tr("Enter the defaults")},
                              {QStringLiteral("level"), tr("Responsibility level…")}});
    m_defaults->setWordWrap(true);
    m_defaults->setObjectName(QStringLiteral("defaults_note"));

    // The standing list: the year, a unit and whether only those short are shown.
    auto* standing = new QHBoxLayout;
    m_year->setRange(2000, 2100);
    m_year->setValue(core::Clock::today().year());
    m_year->setObjectName(QStringLiteral("year"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("(all units)"), 0);
    QSqlQuery q = core::Sql::run(db.connection(),
                                 QStringLiteral("SELECT id, name FROM org_units WHERE kind = 'internal' ORDER BY parent_id, position"));
    while (q.next()) m_unit->addItem(q.value(1).toString(), q.value(0));
    q.finish();
    standing->addWidget(new QLabel(tr("Standing in year:"), this));
    standing->addWidget(m_year);
    standing->addWidget(new QLabel(tr("Unit:"), this));
    standing->addWidget(m_unit);
    standing->addWidget(m_shortOnly);
    standing->addStretch(1);
    auto* record = new QPushButton(tr("Training record…"), this);
    record->setObjectName(QLatin1String(Page::kExport));
    auto* report = new QPushButton(tr("Standing report…"), this);
    standing->addWidget(record);
    standing->addWidget(report);
    connect(m_year, &QSpinBox::valueChanged, this, &TrainingPage::applyStanding);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TrainingPage::applyStanding);
    connect(m_shortOnly, &QCheckBox::toggled, this, &TrainingPage::applyStanding);
    connect(record, &QPushButton::clicked, this, [this] {
        if (selected(kStanding) == 0) {
            QMessageBox::information(this, tr("Training record"), tr("Choose a person in the standing list first."));
            return;
        }
        ExportFile::save(this, tr("Training record"),
                         ExportFile::dated(tr("training-record-%1-%2")
                                               .arg(m_lists->selectedValue(kStanding, 3).toString(), ExportFile::year(m_year->value()))),
                         tr("PDF documents (*.pdf);;CSV files (*.csv)"),
                         [this](const QString& file, QString* message) { return writePersonRecord(file, message); });
    });
    connect(report, &QPushButton::clicked, this, [this] {
        ExportFile::save(this, tr("Training standing"),
                         ExportFile::dated(tr("training-standing-%1").arg(ExportFile::year(m_year->value()))),
                         tr("PDF documents (*.pdf)"),
                         [this](const QString& file, QString* message) { return writeStanding(file, message); });
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sessions);
    layout->addLayout(attendance);
    layout->addLayout(requirements);
    layout->addWidget(m_defaults);
    layout->addLayout(standing);
    layout->addWidget(m_lists, 1);
    applyStanding();
    showLevel();
}

qint64 TrainingPage::selected(const QString& list) const { return m_lists->selectedValue(list, 0).toLongLong(); }

void TrainingPage::showStanding(int year, qint64 unitId, bool shortOnly) {
    const QSignalBlocker a(m_year), b(m_unit), c(m_shortOnly);
    m_year->setValue(year);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitId)));
    m_shortOnly->setChecked(shortOnly);
    applyStanding();
}

void TrainingPage::applyStanding() {
    for (RecordListWidget* w : m_lists->lists()) {
        if (w->objectName() != kStanding) continue;
        w->model()->setFilter(QStringLiteral("year"), m_year->value());
        const qint64 unit = m_unit->currentData().toLongLong();
        w->model()->setFilter(QStringLiteral("unit"), unit == 0 ? QVariant() : QVariant(unit));
        w->model()->setFilter(QStringLiteral("status"), m_shortOnly->isChecked() ? QVariant(QStringLiteral("short")) : QVariant());
        w->model()->setFilter(QStringLiteral("counted"), 1);
        w->refresh();
    }
}

QString TrainingPage::chosenAttendance() const {
    return tr("%1 at %2").arg(m_lists->selectedValue(kAttendance, 3).toString(), m_lists->selectedValue(kAttendance, 2).toString());
}

void TrainingPage::refreshLists() {
    for (RecordListWidget* w : m_lists->lists()) w->refresh();
    showLevel();
}

void TrainingPage::showLevel() {
    const core::TrainingService service(m_db);
    const QString level = service.level();
    m_defaults->setText(service.hasOwnRequirements(level)
                            ? tr("The agency is of responsibility level %1; its requirements below apply.").arg(level)
                            : tr("The agency is of responsibility level %1, which has no requirements entered, so the "
                                 "defaults apply: %2. “Enter the defaults” makes them requirements you can change.")
                                  .arg(level, core::TrainingStanding::describeDefaults()));
}

QString TrainingPage::requireChosen(const QString& step) const {
    const QString list = listOf(step);
    if (step == QStringLiteral("attendance") || step == QStringLiteral("edit_session") || step == QStringLiteral("remove_session")) {
        return selected(kSessions) == 0 ? tr("Choose a session in its list first.") : QString();
    }
    if (list == kAttendance) return selected(kAttendance) == 0 ? tr("Choose an attendance in its list first.") : QString();
    if (list == kRequirements && step != QStringLiteral("requirement")) {
        return selected(kRequirements) == 0 ? tr("Choose a requirement in its list first.") : QString();
    }
    return {};
}

FieldsDialog* TrainingPage::form(const QString& step) {
    core::TrainingService service(m_db);
    if (step == QStringLiteral("session") || step == QStringLiteral("edit_session")) {
        auto* dialog = new FieldsDialog(
            step == QStringLiteral("session") ? tr("New training session") : tr("Edit training session"),
            tr("A security training session: a course held on a day, general (通識) or professional (專業). A session "
               "still to come can be entered ahead; attendance is recorded once it has been held."),
            {{QStringLiteral("title"), tr("Course:")},
             {QStringLiteral("held_on"), tr("Held on:"), Kind::Date, {}, core::Clock::today()},
             {QStringLiteral("hours"), tr("Hours:"), Kind::Decimal, {}, 3.0},
             {QStringLiteral("kind"), tr("Kind:"), Kind::Choice, labelled(core::TrainingStanding::kinds()), QStringLiteral("general")},
             {QStringLiteral("provider"), tr("Provider:")},
             {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
            this);
        if (step == QStringLiteral("edit_session") && selected(kSessions) != 0) {
            const auto s = service.session(selected(kSessions));
            dialog->setValue(QStringLiteral("title"), s.title);
            dialog->setValue(QStringLiteral("held_on"), s.heldOn);
            dialog->setValue(QStringLiteral("hours"), s.hours);
            dialog->setValue(QStringLiteral("kind"), s.kind);
            dialog->setValue(QStringLiteral("provider"), s.provider);
            dialog->setValue(QStringLiteral("notes"), s.notes);
        }
        return dialog;
    }
    if (step == QStringLiteral("attendance")) {
        const auto s = service.session(selected(kSessions));
        // The people on the staff on the session's day, by unit, as the sign-in sheet lists them.
        Choices people;
        QSqlQuery q = core::Sql::run(m_db.connection(),
                                     QStringLiteral("SELECT p.id, p.name, COALESCE(u.name, '') FROM people p LEFT JOIN org_units "
                                                    "u ON u.id = p.unit_id WHERE (p.active_from IS NULL OR p.active_from <= "
                                                    ":d) AND (p.active_to IS NULL OR p.active_to >= :d) AND p.id NOT IN "
                                                    "(SELECT person_id FROM training_attendance WHERE session_id = :s) "
                                                    "ORDER BY u.parent_id, u.position, p.name"),
                                     {{QStringLiteral("d"), s.heldOn.toString(Qt::ISODate)}, {QStringLiteral("s"), selected(kSessions)}});
        while (q.next()) {
            const QString unit = q.value(2).toString();
            people.append({unit.isEmpty() ? q.value(1).toString() : tr("%1 (%2)").arg(q.value(1).toString(), unit), q.value(0)});
        }
        q.finish();
        return new FieldsDialog(tr("Record attendance: %1").arg(s.title),
                                tr("%1, held on %2. Tick the people who signed the sheet. Someone who left early: "
                                   "record them, then edit their hours.")
                                    .arg(s.title, core::Language::shortDate(s.heldOn)),
                                {{QStringLiteral("people"), tr("Attended:"), Kind::Checklist, people},
                                 {QStringLiteral("hours"), tr("Hours each:"), Kind::Decimal, {}, s.hours}},
                                this);
    }
    if (step == QStringLiteral("edit_attendance")) {
        QSqlQuery q = core::Sql::run(m_db.connection(), QStringLiteral("SELECT hours, notes FROM training_attendance WHERE id = :id"),
                                     {{QStringLiteral("id"), selected(kAttendance)}});
        const bool found = q.next();
        auto* dialog = new FieldsDialog(tr("Edit attendance"),
                                        tr("The hours %1 attended, at most the session's.").arg(chosenAttendance()),
                                        {{QStringLiteral("hours"), tr("Hours attended:"), Kind::Decimal, {}, found ? q.value(0) : 0},
                                         {QStringLiteral("notes"), tr("Notes:"), Kind::LongText, {}, found ? q.value(1) : QVariant()}},
                                        this);
        return dialog;
    }
    if (step == QStringLiteral("level")) {
        return new FieldsDialog(tr("Responsibility level"),
                                tr("The agency's responsibility level (資通安全責任等級): the requirements of that level apply."),
                                {{QStringLiteral("level"), tr("Level:"), Kind::Choice, levels(), service.level()}}, this);
    }
    // A requirement.
    Choices roles{{tr("(none)"), 0}};
    QSqlQuery q = core::Sql::run(m_db.connection(), QStringLiteral("SELECT id, name FROM roles ORDER BY id"));
    while (q.next()) roles.append({q.value(1).toString(), q.value(0)});
    q.finish();
    Choices categories{{tr("(any)"), QString()}};
    categories += labelled(core::EnumLabels::personCategories());
    auto* dialog = new FieldsDialog(
        step == QStringLiteral("requirement") ? tr("New training requirement") : tr("Edit training requirement"),
        tr("The hours of one kind of training someone must have a year, under a responsibility level. A person needs, "
           "of each kind, the most that any requirement applying to them asks."),
        {{QStringLiteral("level"), tr("Responsibility level:"), Kind::Choice, levels(), service.level()},
         {QStringLiteral("audience"), tr("Who:"), Kind::Choice, labelled(core::TrainingStanding::audiences()), QStringLiteral("everyone")},
         {QStringLiteral("role"), tr("Role (for holders of a role):"), Kind::Choice, roles, 0},
         {QStringLiteral("category"), tr("Person category:"), Kind::Choice, categories, QString()},
         {QStringLiteral("kind"), tr("Kind:"), Kind::Choice, labelled(core::TrainingStanding::kinds()), QStringLiteral("general")},
         {QStringLiteral("hours"), tr("Hours a year:"), Kind::Decimal, {}, 3.0},
         {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
        this);
    if (step == QStringLiteral("edit_requirement") && selected(kRequirements) != 0) {
        const auto r = service.requirement(selected(kRequirements));
        dialog->setValue(QStringLiteral("level"), r.level);
        dialog->setValue(QStringLiteral("audience"), r.audience);
        dialog->setValue(QStringLiteral("role"), r.roleId);
        dialog->setValue(QStringLiteral("category"), r.category);
        dialog->setValue(QStringLiteral("kind"), r.kind);
        dialog->setValue(QStringLiteral("hours"), r.hours);
        dialog->setValue(QStringLiteral("notes"), r.notes);
    }
    return dialog;
}

bool TrainingPage::run(const QString& step, const QHash<QString, QVariant>& v, QString* message) {
    if (const QString why = requireChosen(step); !why.isEmpty()) {
        *message = why;
        return false;
    }
    const QString list = listOf(step);
    const qint64 id = list.isEmpty() ? 0 : selected(list);
    const int seen = list.isEmpty() ? 0 : m_lists->selectedRowVersion(list);
    core::TrainingService service(m_db);
    try {
        if (step == QStringLiteral("session") || step == QStringLiteral("edit_session")) {
            core::TrainingService::Session s;
            s.title = v.value(QStringLiteral("title")).toString();
            s.heldOn = v.value(QStringLiteral("held_on")).toDate();
            s.hours = v.value(QStringLiteral("hours")).toDouble();
            s.kind = v.value(QStringLiteral("kind")).toString();
            s.provider = v.value(QStringLiteral("provider")).toString();
            s.notes = v.value(QStringLiteral("notes")).toString();
            if (step == QStringLiteral("edit_session")) service.updateSession(id, seen, s);
            else service.addSession(s);
        } else if (step == QStringLiteral("attendance")) {
            QList<core::TrainingService::Attendee> attendees;
            const double hours = v.value(QStringLiteral("hours")).toDouble();
            for (const QVariant& person : v.value(QStringLiteral("people")).toList()) {
                attendees << core::TrainingService::Attendee{person.toLongLong(), hours};
            }
            const int n = service.recordAttendance(selected(kSessions), attendees);
            *message = tr("%n attendance(s) recorded.", nullptr, n);
        } else if (step == QStringLiteral("edit_attendance")) {
            service.updateAttendance(id, seen, v.value(QStringLiteral("hours")).toDouble(), v.value(QStringLiteral("notes")).toString());
        } else if (step == QStringLiteral("remove_session")) {
            service.removeSession(id, seen);
        } else if (step == QStringLiteral("remove_attendance")) {
            service.removeAttendance(id, seen);
        } else if (step == QStringLiteral("remove_requirement")) {
            service.removeRequirement(id, seen);
        } else if (step == QStringLiteral("defaults")) {
            service.enterDefaults(service.level());
        } else if (step == QStringLiteral("level")) {
            int rowVersion = 0;
            service.level(&rowVersion);
            service.setLevel(v.value(QStringLiteral("level")).toString(), rowVersion);
        } else {
            core::TrainingService::Requirement r;
            r.level = v.value(QStringLiteral("level")).toString();
            r.audience = v.value(QStringLiteral("audience")).toString();
            r.roleId = v.value(QStringLiteral("role")).toLongLong();
            r.category = v.value(QStringLiteral("category")).toString();
            r.kind = v.value(QStringLiteral("kind")).toString();
            r.hours = v.value(QStringLiteral("hours")).toDouble();
            r.notes = v.value(QStringLiteral("notes")).toString();
            if (step == QStringLiteral("edit_requirement")) service.updateRequirement(id, seen, r);
            else service.addRequirement(r);
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refreshLists();
    return true;
}

bool TrainingPage::importAttendance(const QString& file, QString* message) {
    if (selected(kSessions) == 0) {
        *message = tr("Choose a session in its list first.");
        return false;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot read “%1”: %2").arg(file, in.errorString());
        return false;
    }
    try {
        const auto report = core::TrainingService(m_db).importAttendance(selected(kSessions), in.readAll());
        if (!report.errors.isEmpty()) {
            QStringList lines{tr("Nothing was imported. Correct these lines and import the file again:")};
            for (const auto& [line, problem] : report.errors) lines << tr("Line %1: %2").arg(line).arg(problem);
            *message = lines.join(QLatin1Char('\n'));
            return false;
        }
        *message = tr("%n attendance(s) recorded.", nullptr, report.imported);
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refreshLists();
    return true;
}

bool TrainingPage::writeSignInSheet(const QString& file, QString* message) {
    return ExportFile::writeReport(file, [&] { return reports::TrainingReports::signInSheet(m_db, selected(kSessions)); }, {},
                                   message);
}

bool TrainingPage::writePersonRecord(const QString& file, QString* message) {
    const qint64 person = selected(kStanding);
    const int year = m_year->value();
    return ExportFile::writeReport(
        file, [&] { return reports::TrainingReports::personRecord(m_db, person, year); },
        [&](QIODevice& out) { reports::TrainingReports::writePersonCsv(m_db, person, year, out); }, message);
}

bool TrainingPage::writeStanding(const QString& file, QString* message) {
    return ExportFile::writeReport(file, [&] { return reports::TrainingReports::standingByUnit(m_db, m_year->value()); }, {},
                                   message);
}

void TrainingPage::ask(const QString& step) {
    // Say what to choose before the form is filled in, not after.
    if (const QString why = requireChosen(step); !why.isEmpty()) {
        QMessageBox::information(this, tr("Training"), why);
        return;
    }
    if (step == QStringLiteral("defaults")) {
        QString message;
        if (!run(step, {}, &message)) QMessageBox::warning(this, tr("Training"), message);
        return;
    }
    if ((step == QStringLiteral("attendance") || step == QStringLiteral("import")) &&
        core::TrainingService(m_db).session(selected(kSessions)).heldOn > core::Clock::today()) {
        QMessageBox::information(this, tr("Training"),
                                 tr("The session is still to come: record who attended once it has been held."));
        return;
    }
    if (step == QStringLiteral("import")) {
        askImport();
        return;
    }
    if (step.startsWith(QStringLiteral("remove_"))) {
        QString question;
        if (step == QStringLiteral("remove_attendance")) {
            question = tr("Take back the attendance of %1? The audit trail keeps it.").arg(chosenAttendance());
        } else if (step == QStringLiteral("remove_session")) {
            const auto s = core::TrainingService(m_db).session(selected(kSessions));
            question = tr("Remove the session %1 of %2? The audit trail keeps it.").arg(s.title, core::Language::shortDate(s.heldOn));
        } else {
            question = tr("Remove the chosen requirement? The audit trail keeps it.");
            const auto r = core::TrainingService(m_db).requirement(selected(kRequirements));
            // The rule for everyone is what makes most staff count for objective 3.
            if (r.audience == QStringLiteral("everyone") && r.category.isEmpty() &&
                core::Sql::scalar(m_db.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM training_requirements WHERE level = :l AND audience = "
                                                 "'everyone' AND category = ''"),
                                  {{QStringLiteral("l"), r.level}})
                        .toInt() == 1) {
                question += QLatin1Char('\n') + tr("It is level %1's only requirement for everyone on the staff: without it, "
                                                   "only those other requirements name must have training, and objective 3 "
                                                   "counts only them.")
                                                    .arg(r.level);
            }
        }
        if (QMessageBox::question(this, tr("Training"), question) != QMessageBox::Yes) return;
        QString message;
        if (!run(step, {}, &message)) QMessageBox::warning(this, tr("Training"), message);
        return;
    }
    FieldsDialog* dialog = form(step);
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) { return run(step, values, m); });
    dialog->exec();
    delete dialog;
}

void TrainingPage::askImport() {
    if (selected(kSessions) == 0) {
        QMessageBox::information(this, tr("Training"), tr("Choose a session in its list first."));
        return;
    }
    const auto s = core::TrainingService(m_db).session(selected(kSessions));
    const QString file = FileDialogs::openFile(
        this, tr("Import attendance of %1 (%2)").arg(s.title, core::Language::shortDate(s.heldOn)), QString(), tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    QString message;
    if (importAttendance(file, &message)) {
        QMessageBox::information(this, tr("Import attendance"), message);
    } else {
        QMessageBox::warning(this, tr("Import attendance"), message);
    }
}

}  // namespace isms::ui
