#include "MeetingsPage.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "JournaledText.h"
#include "MeetingPackReport.h"
#include "PolicyPrinting.h"
#include "dialogs/ActionItemDialog.h"
#include "dialogs/DialogForm.h"
#include "dialogs/PeopleChoices.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/ListMenu.h"
#include "widgets/RecordListWidget.h"

namespace isms::ui {

using Kind = FieldsDialog::Field::Kind;

namespace {
qint64 currentId(RecordListWidget* list) {
    const QModelIndex current = list->view()->currentIndex();
    return current.isValid()
               ? list->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong()
               : 0;
}
}  // namespace

MeetingsPage::MeetingsPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_meetings(new RecordListWidget(db, core::ListCatalog::definition(QStringLiteral("meetings")),
                                      this)),
      m_agenda(new RecordListWidget(
          db, core::ListCatalog::definition(QStringLiteral("meeting_agenda")), this)),
      m_followUps(new RecordListWidget(
          db, core::ListCatalog::definition(QStringLiteral("action_items")), this)),
      m_details(new QTabWidget(this)) {
    m_meetings->setObjectName(QStringLiteral("meetings"));
    m_agenda->setObjectName(QStringLiteral("meeting_agenda"));
    m_followUps->setObjectName(QStringLiteral("follow_ups"));

    auto* meetingButtons = new QHBoxLayout;
    auto* minuteButtons = new QHBoxLayout;
    const QList<std::tuple<QHBoxLayout*, QString, QString>> steps{
        {meetingButtons, QStringLiteral("meeting"), tr("New meeting…")},
        {meetingButtons, QStringLiteral("edit"), tr("Edit meeting…")},
        {minuteButtons, QStringLiteral("item"), tr("Prepared text and minutes…")},
        {minuteButtons, QStringLiteral("add_item"), tr("Add agenda item…")},
        {minuteButtons, QStringLiteral("decisions"), tr("Decisions…")}};
    for (const auto& [row, step, text] : steps) {
        auto* b = new QPushButton(text, this);
        Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        if (step == QLatin1String("meeting")) b->setObjectName(QLatin1String(Page::kNew));
        if (step == QLatin1String("edit")) b->setObjectName(QLatin1String(Page::kOpen));
        row->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, step = step] { ask(step); });
    }
    auto* prepare = new QPushButton(tr("Prepare meeting"), this);
    prepare->setToolTip(
        tr("Fill the agenda from the records: objectives, measurements, audits, open findings, "
           "overdue actions and the previous meeting's follow-ups."));
    Availability::follow(prepare, db, core::UserRole::Permission::EditRecords);
    connect(prepare, &QPushButton::clicked, this, &MeetingsPage::askPrepare);
    meetingButtons->addWidget(prepare);
    auto* pack = new QPushButton(tr("Meeting pack"), this);
    auto* packMenu = new QMenu(pack);
    packMenu->addAction(tr("Print preview…"), this, &MeetingsPage::askPack);
    packMenu->addAction(tr("Save as PDF…"), this, [this] {
        ExportFile::save(
            this, tr("Save meeting pack"), ExportFile::dated(tr("meeting-pack")), tr("PDF (*.pdf)"),
            [this](const QString& file, QString* message) { return savePack(file, message); });
    });
    pack->setMenu(packMenu);
    meetingButtons->addWidget(pack);
    meetingButtons->addStretch(1);
    auto* followUp = new QPushButton(tr("Follow-up action…"), this);
    Availability::follow(followUp, db, core::UserRole::Permission::EditRecords);
    connect(followUp, &QPushButton::clicked, this, &MeetingsPage::askFollowUp);
    minuteButtons->addWidget(followUp);
    minuteButtons->addStretch(1);

    m_details->addTab(m_agenda, tr("Agenda and minutes"));
    m_details->addTab(m_followUps, tr("Follow-up actions"));
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(minuteButtons);
    lowerLayout->addWidget(m_details, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_meetings);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(meetingButtons);
    layout->addWidget(split, 1);

    connect(m_meetings->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::meetingChosen);
    connect(m_agenda->view(), &QTableView::doubleClicked, this,
            [this] { ask(QStringLiteral("item")); });
    m_agenda->view()->setProperty(ListMenu::kOpensItself, true);
    // The agenda is always one meeting's: its number and meeting columns say nothing.
    m_agenda->view()->hideColumn(0);
    m_agenda->view()->hideColumn(1);
    meetingChosen();
}

void MeetingsPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void MeetingsPage::reload() {
    refreshAll();  // another page may have changed action items or findings
    // The newest meeting is the one most often worked on.
    if (selectedMeeting() == 0 && m_meetings->model()->rowCount() > 0) {
        m_meetings->view()->setCurrentIndex(m_meetings->model()->index(0, 1));
    }
}

qint64 MeetingsPage::selectedMeeting() const {
    return currentId(m_meetings);
}
qint64 MeetingsPage::selectedAgendaItem() const {
    return currentId(m_agenda);
}

void MeetingsPage::meetingChosen() {
    // No meeting chosen: the lists below show nothing rather than every meeting's items.
    const qint64 id = selectedMeeting();
    for (RecordListWidget* list : {m_agenda, m_followUps}) {
        list->model()->setFilter(QStringLiteral("meeting"), id);
        list->refresh();
    }
}

void MeetingsPage::refreshAll() {
    m_meetings->refresh();
    meetingChosen();
}

bool MeetingsPage::chosen(const QString& step, QString* message) const {
    if (step == QStringLiteral("meeting")) return true;
    if (selectedMeeting() == 0) {
        *message = tr("Choose a meeting in the list first.");
        return false;
    }
    if (step == QStringLiteral("item") && selectedAgendaItem() == 0) {
        *message = tr("Choose an agenda item first.");
        return false;
    }
    return true;
}

FieldsDialog* MeetingsPage::form(const QString& step) {
    QString message;
    if (!chosen(step, &message)) return nullptr;
    core::MeetingService service(m_db);
    try {
        if (step == QStringLiteral("meeting") || step == QStringLiteral("edit")) {
            core::MeetingService::Meeting m;
            m.date = core::Clock::today();
            if (step == QStringLiteral("edit")) {
                m = service.load(selectedMeeting());
                m_formRecord = selectedMeeting();
                m_formVersion = m.rowVersion;
            }
            QList<QPair<QString, QVariant>> kinds;
            for (const char* k : {"management_review", "committee", "other"}) {
                kinds.append(
                    {core::EnumLabels::label(QString::fromLatin1(k)), QString::fromLatin1(k)});
            }
            QVariantList attendees;
            for (qint64 id : m.attendees) attendees << id;
            return new FieldsDialog(
                step == QStringLiteral("edit") ? tr("Edit meeting") : tr("New meeting"),
                tr("A management review starts with the inputs of ISO/IEC 27001 clause 9.3 as its "
                   "agenda."),
                {{QStringLiteral("kind"), tr("Kind:"), Kind::Choice, kinds, m.kind},
                 {QStringLiteral("title"), tr("Title:"), Kind::Text, {}, m.title},
                 {QStringLiteral("date"), tr("Date:"), Kind::Date, {}, m.date},
                 {QStringLiteral("place"), tr("Place:"), Kind::Text, {}, m.place},
                 {QStringLiteral("chair"), tr("Chair:"), Kind::Choice,
                  PeopleChoices::withPrompt(m_db), m.chairPersonId},
                 {QStringLiteral("attendees"), tr("Attendees:"), Kind::Checklist,
                  PeopleChoices::all(m_db), attendees}},
                this);
        }
        if (step == QStringLiteral("item")) {
            const qint64 id = selectedAgendaItem();
            for (const auto& item : service.agenda(selectedMeeting())) {
                if (item.id != id) continue;
                m_formRecord = id;
                m_formVersion = item.rowVersion;
                return new FieldsDialog(
                    tr("Agenda item"), item.title,
                    {{QStringLiteral("prepared"),
                      tr("Prepared:"),
                      Kind::Document,
                      {},
                      item.prepared},
                     {QStringLiteral("minutes"), tr("Minutes:"), Kind::Document, {}, item.minutes}},
                    this);
            }
            throw core::Error(core::Error::Kind::NotFound,
                              tr("That agenda item no longer exists."));
        }
        if (step == QStringLiteral("add_item")) {
            return new FieldsDialog(tr("Add agenda item"),
                                    tr("An item of the meeting's own, after the others."),
                                    {{QStringLiteral("title"), tr("Title:")}}, this);
        }
        if (step == QStringLiteral("decisions")) {
            m_formRecord = selectedMeeting();
            const QString decisions = service.decisions(m_formRecord, &m_formVersion);
            return new FieldsDialog(
                tr("Decisions"), tr("What the meeting decided, one decision per line."),
                {{QStringLiteral("decisions"), tr("Decisions:"), Kind::Document, {}, decisions}},
                this);
        }
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Meetings"), e.message());
    }
    return nullptr;
}

bool MeetingsPage::run(const QString& step, const FieldsDialog::Values& v, QString* message) {
    if (!chosen(step, message)) return false;
    core::MeetingService service(m_db);
    try {
        if (step == QStringLiteral("meeting") || step == QStringLiteral("edit")) {
            core::MeetingService::Meeting m;
            m.kind = v.value(QStringLiteral("kind")).toString();
            m.title = v.value(QStringLiteral("title")).toString();
            m.date = v.value(QStringLiteral("date")).toDate();
            m.place = v.value(QStringLiteral("place")).toString();
            m.chairPersonId = v.value(QStringLiteral("chair")).toLongLong();
            for (const QVariant& id : v.value(QStringLiteral("attendees")).toList())
                m.attendees << id.toLongLong();
            if (step == QStringLiteral("meeting")) {
                service.create(m);
            } else {
                m.rowVersion = m_formVersion;
                service.update(m_formRecord, m);
            }
        } else if (step == QStringLiteral("item")) {
            service.saveAgendaItem(m_formRecord, m_formVersion,
                                   v.value(QStringLiteral("prepared")).toString(),
                                   v.value(QStringLiteral("minutes")).toString());
        } else if (step == QStringLiteral("add_item")) {
            service.addAgendaItem(selectedMeeting(), v.value(QStringLiteral("title")).toString());
        } else if (step == QStringLiteral("decisions")) {
            service.saveDecisions(m_formRecord, m_formVersion,
                                  v.value(QStringLiteral("decisions")).toString());
        }
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    refreshAll();
    return true;
}

void MeetingsPage::ask(const QString& step) {
    QString message;
    // Say what to choose before the form is filled in, not after.
    if (!chosen(step, &message)) {
        QMessageBox::information(this, tr("Meetings"), message);
        return;
    }
    FieldsDialog* dialog = form(step);
    if (!dialog) return;
    dialog->setWork([this, step](const FieldsDialog::Values& values, QString* m) {
        return run(step, values, m);
    });
    // An agenda item opened by a role that may not prepare it: shown to read.
    if (const QString why = m_db.refusal(core::UserRole::Permission::EditRecords);
        !why.isEmpty() && step == QStringLiteral("item")) {
        DialogForm::viewOnly(dialog, why);
    }
    dialog->exec();
    delete dialog;
}

int MeetingsPage::prepare(bool replace, QString* message) {
    if (!chosen(QStringLiteral("prepare"), message)) return -1;
    try {
        const int filled =
            core::MeetingService(m_db).prepare(selectedMeeting(), core::Clock::today(), replace);
        refreshAll();
        return filled;
    } catch (const core::Error& e) {
        *message = e.message();
        return -1;
    }
}

void MeetingsPage::askPrepare() {
    QString message;
    if (!chosen(QStringLiteral("prepare"), &message)) {
        QMessageBox::information(this, tr("Meetings"), message);
        return;
    }
    bool replace = false;
    bool edited = false;
    for (const auto& item : core::MeetingService(m_db).agenda(selectedMeeting()))
        edited = edited || !item.prepared.isEmpty();
    if (edited) {
        const auto answer = QMessageBox::question(
            this, tr("Prepare meeting"),
            tr("Some agenda items already have prepared text, perhaps edited by hand. Replace it "
               "with the figures as "
               "they are today? No fills only the empty items."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel) return;
        replace = answer == QMessageBox::Yes;
    }
    const int filled = prepare(replace, &message);
    if (filled < 0) {
        QMessageBox::warning(this, tr("Prepare meeting"), message);
        return;
    }
    QMessageBox::information(this, tr("Prepare meeting"),
                             tr("%n agenda item(s) filled from the records.", nullptr, filled));
}

ActionItemDialog* MeetingsPage::followUpDialog() {
    QString message;
    if (!chosen(QStringLiteral("follow_up"), &message)) return nullptr;
    core::ActionItem item;
    try {
        const auto meeting = core::MeetingService(m_db).load(selectedMeeting());
        item.dueDate = meeting.date.addMonths(3);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Meetings"), e.message());
        return nullptr;
    }
    item.meetingId = selectedMeeting();
    item.planYear =
        item.dueDate.year();  // a follow-up belongs to the plan of the year it is due in
    auto* dialog = new ActionItemDialog(m_db, item, this);
    dialog->setWindowTitle(tr("Follow-up action"));
    return dialog;
}

void MeetingsPage::askFollowUp() {
    QString message;
    if (!chosen(QStringLiteral("follow_up"), &message)) {
        QMessageBox::information(this, tr("Meetings"), message);
        return;
    }
    ActionItemDialog* dialog = followUpDialog();
    if (!dialog) return;
    if (dialog->exec() == QDialog::Accepted) {
        refreshAll();
        m_details->setCurrentWidget(m_followUps);
    }
    delete dialog;
}

bool MeetingsPage::savePack(const QString& file, QString* message) {
    if (!chosen(QStringLiteral("pack"), message)) return false;
    try {
        *message = reports::JournaledText::missingNote(
            reports::MeetingPackReport::build(m_db, selectedMeeting(), core::Clock::today())
                .writePdf(file));
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    return true;
}

void MeetingsPage::askPack() {
    QString message;
    if (!chosen(QStringLiteral("pack"), &message)) {
        QMessageBox::information(this, tr("Meetings"), message);
        return;
    }
    try {
        PolicyPrinting::preview(
            reports::MeetingPackReport::build(m_db, selectedMeeting(), core::Clock::today()), this);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Meetings"), e.message());
    }
}

}  // namespace isms::ui
