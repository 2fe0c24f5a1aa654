#include "CommunicationPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "JournaledText.h"
#include "OrganisationReports.h"
#include "PolicyPrinting.h"
#include "dialogs/Attempt.h"
#include "dialogs/FieldsDialog.h"
#include "dialogs/SignedSheetDialog.h"
#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/VersionStatus.h"
#include "i18n/Language.h"
#include "services/AcknowledgementService.h"
#include "services/OrganisationService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/SafeFile.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/RecordPage.h"

namespace isms::ui {

using core::AcknowledgementService;

namespace {
QList<QStringList> coverageRows(const QList<AcknowledgementService::Coverage>& coverage) {
    QList<QStringList> rows;
    for (const auto& c : coverage) {
        rows << QStringList{c.group, QString::number(c.audience), QString::number(c.acknowledged),
                            QStringLiteral("%1%").arg(qRound(c.percent()))};
    }
    return rows;
}
}  // namespace

CommunicationPage::CommunicationPage(core::Database& db, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_version(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_events(ReadOnlyTable::create({tr("Date"), tr("Channel"), tr("Audience"), tr("Material")},
                                     this, QStringLiteral("events"))),
      m_byUnit(
          ReadOnlyTable::create({tr("Unit"), tr("Audience"), tr("Acknowledged"), tr("Coverage")},
                                this, QStringLiteral("by_unit"))),
      m_byCategory(ReadOnlyTable::create(
          {tr("Scope category"), tr("Audience"), tr("Acknowledged"), tr("Coverage")}, this,
          QStringLiteral("by_category"))),
      m_missing(ReadOnlyTable::create(
          {tr("Unit"), tr("Name", "a person's name"), tr("Title", "a person's job title"), tr("Scope category")}, this,
          QStringLiteral("missing"))) {
    const bool edit = db.allows(core::UserRole::Permission::EditRecords);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Policy version:"), this));
    top->addWidget(m_version);
    top->addStretch(1);
    const QList<std::tuple<QString, bool, std::function<void()>>> actions{
        {tr("New event…"), edit, [this] { addEvent(); }},
        {tr("Sign-in sheet…"), true, [this] { printSheet(); }},
        {tr("Record signed sheet…"), edit, [this] { recordSheet(); }},
        {tr("Print…"), true,
         [this] {
             if (versionId()) {
                 PolicyPrinting::preview(reports::OrganisationReports::acknowledgements(
                                             m_db, versionId(), core::Clock::today()),
                                         this);
             }
         }},
        {tr("Export…"), true, [this] { exportReport(); }}};
    // New event…, Print… and Export… are the window's New, Print and Export on this page.
    const QList<const char*> roles{Page::kNew, nullptr, nullptr, Page::kPrint, Page::kExport};
    for (int i = 0; i < actions.size(); ++i) {
        const auto& [text, enabled, work] = actions[i];
        auto* b = new QPushButton(text, this);
        if (!enabled) Availability::follow(b, db, core::UserRole::Permission::EditRecords);
        if (roles.value(i)) b->setObjectName(QLatin1String(roles[i]));
        connect(b, &QPushButton::clicked, this, work);
        top->addWidget(b);
    }
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto* coverage = new QWidget(this);
    auto* grid = new QGridLayout(coverage);
    grid->addWidget(new QLabel(tr("Communication events:"), coverage), 0, 0);
    grid->addWidget(new QLabel(tr("Not yet acknowledged:"), coverage), 0, 1);
    grid->addWidget(m_events, 1, 0);
    grid->addWidget(m_missing, 1, 1, 3, 1);
    grid->addWidget(new QLabel(tr("Coverage by unit:"), coverage), 2, 0);
    auto* both = new QHBoxLayout;
    both->addWidget(m_byUnit);
    both->addWidget(m_byCategory);
    grid->addLayout(both, 3, 0);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 2);
    auto* tabs = new QTabWidget(this);
    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->addLayout(top);
    mainLayout->addWidget(m_summary);
    mainLayout->addWidget(coverage, 1);
    tabs->addTab(main, tr("Acknowledgements"));
    tabs->addTab(
        new RecordPage(
            db, {QStringLiteral("policy_statements"), QStringLiteral("legal_references")}, this),
        tr("Statements and legal references"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    connect(m_version, &QComboBox::currentIndexChanged, this, &CommunicationPage::refresh);
}

qint64 CommunicationPage::versionId() const {
    return m_version->currentData().toLongLong();
}

void CommunicationPage::showEvent(QShowEvent* event) {
    reload();
    QWidget::showEvent(event);
}

void CommunicationPage::reload() {
    fillVersions();
    refresh();
}

void CommunicationPage::fillVersions() {
    // Versions that are or were communicated: approved, published, superseded; the one in force
    // first.
    const qint64 keep = versionId();
    const QSignalBlocker block(m_version);
    m_version->clear();
    const core::PolicyRepository repository(m_db);
    const QDate today = core::Clock::today();
    for (const auto& document : repository.documents()) {
        auto standings = repository.standings(document.id, today);
        std::stable_sort(standings.begin(), standings.end(), [](const auto& a, const auto& b) {
            return (a.kind == core::VersionStanding::InForce) >
                   (b.kind == core::VersionStanding::InForce);
        });
        for (const auto& s : standings) {
            if (s.kind == core::VersionStanding::Draft ||
                s.kind == core::VersionStanding::InReview ||
                s.kind == core::VersionStanding::Withdrawn) {
                continue;
            }
            m_version->addItem(
                tr("%1 version %2 (%3)").arg(s.version.code, s.version.version, s.label()),
                s.version.id);
        }
    }
    if (keep && m_version->findData(keep) >= 0)
        m_version->setCurrentIndex(m_version->findData(keep));
}

void CommunicationPage::refresh() {
    const qint64 version = versionId();
    AcknowledgementService service(m_db);
    const auto audience = version ? service.audience(version, core::Clock::today())
                                  : QList<AcknowledgementService::Member>();
    const auto total = AcknowledgementService::total(audience);
    const auto events = version ? service.events(version) : QList<AcknowledgementService::Event>();
    m_summary->setText(
        !version ? tr("No policy version has been approved or published yet.")
                 : tr("Acknowledged by %1 of %2 (%3%).%4")
                       .arg(total.acknowledged)
                       .arg(total.audience)
                       .arg(qRound(total.percent()))
                       .arg(events.isEmpty()
                                ? tr(" No event recorded yet: the audience is everyone active.")
                                : QString()));
    QList<QStringList> eventRows;
    core::OrganisationService organisation(m_db);
    for (const auto& e : events) {
        QStringList audienceText;
        for (const qint64 unit : e.units) audienceText << organisation.unit(unit).name;
        for (const QString& category : e.categories)
            audienceText << core::EnumLabels::label(category);
        eventRows << QStringList{
            core::Language::shortDate(e.date), core::EnumLabels::label(e.channel),
            audienceText.isEmpty() ? tr("Everyone") : audienceText.join(tr(", ")), e.material};
    }
    ReadOnlyTable::fill(m_events, eventRows);
    ReadOnlyTable::fill(m_byUnit, coverageRows(AcknowledgementService::byUnit(audience)));
    ReadOnlyTable::fill(m_byCategory, coverageRows(AcknowledgementService::byCategory(audience)));
    QList<QStringList> missing;
    for (const auto& m : audience) {
        if (!m.acknowledged.isValid())
            missing << QStringList{m.unitName, m.name, m.title,
                                   core::EnumLabels::label(m.category)};
    }
    ReadOnlyTable::fill(m_missing, missing);
}

std::unique_ptr<FieldsDialog> CommunicationPage::eventForm() {
    const qint64 version = versionId();
    if (!version) return nullptr;
    QList<QPair<QString, QVariant>> channels;
    for (const QString& c : AcknowledgementService::channels())
        channels.append({core::EnumLabels::label(c), c});
    QList<QPair<QString, QVariant>> units;
    for (const auto& u : core::OrganisationService(m_db).units()) units.append({u.name, u.id});
    QList<QPair<QString, QVariant>> categories;
    for (const QString& c : core::EnumLabels::personCategories())
        categories.append({core::EnumLabels::label(c), c});
    using Kind = FieldsDialog::Field::Kind;
    auto dialog = std::make_unique<FieldsDialog>(
        tr("New communication event"),
        tr("How the version was made known, and to whom: tick units (with the units below them), "
           "scope "
           "categories, or both. Tick nothing to address everyone."),
        QList<FieldsDialog::Field>{
            {QStringLiteral("channel"), tr("Channel:"), Kind::Choice, channels},
            {QStringLiteral("date"), tr("Date:"), Kind::Date, {}, core::Clock::today()},
            {QStringLiteral("units"), tr("Units:"), Kind::Checklist, units},
            {QStringLiteral("categories"), tr("Scope categories:"), Kind::Checklist, categories},
            {QStringLiteral("material"), tr("Material:"), Kind::Text},
            {QStringLiteral("notes"), tr("Notes:"), Kind::LongText}},
        this);
    dialog->setWork([this, version](const FieldsDialog::Values& v, QString* message) {
        AcknowledgementService::Event e;
        e.versionId = version;
        e.channel = v.value(QStringLiteral("channel")).toString();
        e.date = v.value(QStringLiteral("date")).toDate();
        for (const QVariant& unit : v.value(QStringLiteral("units")).toList())
            e.units << unit.toLongLong();
        for (const QVariant& c : v.value(QStringLiteral("categories")).toList())
            e.categories << c.toString();
        e.material = v.value(QStringLiteral("material")).toString();
        e.notes = v.value(QStringLiteral("notes")).toString();
        const bool saved = attempt([&] { AcknowledgementService(m_db).addEvent(e); }, message);
        if (saved) refresh();
        return saved;
    });
    return dialog;
}

void CommunicationPage::addEvent() {
    if (const auto dialog = eventForm()) dialog->exec();
}

void CommunicationPage::printSheet() {
    const qint64 version = versionId();
    if (!version) return;
    QList<QPair<QString, QVariant>> units{{tr("All units"), qint64(0)}};
    for (const auto& c : AcknowledgementService::byUnit(
             AcknowledgementService(m_db).audience(version, core::Clock::today()))) {
        for (const auto& u : core::OrganisationService(m_db).units()) {
            if (u.name == c.group) units.append({u.name, u.id});
        }
    }
    FieldsDialog dialog(
        tr("Sign-in sheet"),
        tr("A roster to sign, for the unit's people in the version's audience."),
        {{QStringLiteral("unit"), tr("Unit:"), FieldsDialog::Field::Kind::Choice, units}}, this);
    qint64 unit = 0;
    dialog.setWork([&](const FieldsDialog::Values& v, QString*) {
        unit = v.value(QStringLiteral("unit")).toLongLong();
        return true;
    });
    if (dialog.exec() != QDialog::Accepted) return;
    ExportFile::save(this, tr("Save sign-in sheet"), ExportFile::dated(tr("sign-in-sheet")),
                     tr("PDF (*.pdf)"), [&](const QString& file, QString* message) {
                         return attempt(
                             [&] {
                                 *message = reports::JournaledText::missingNote(
                                     reports::OrganisationReports::signInSheet(m_db, version, unit,
                                                                               core::Clock::today())
                                         .writePdf(file));
                             },
                             message);
                     });
}

void CommunicationPage::recordSheet() {
    if (!versionId()) return;
    SignedSheetDialog dialog(m_db, versionId(), this);
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void CommunicationPage::exportReport() {
    const qint64 version = versionId();
    if (!version) return;
    ExportFile::save(this, tr("Export acknowledgements"), ExportFile::dated(tr("acknowledgements")),
                     tr("PDF (*.pdf)") + QStringLiteral(";;") + tr("CSV (*.csv)"),
                     [&](const QString& file, QString* message) {
                         return attempt(
                             [&] {
                                 if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
                                     const auto audience = AcknowledgementService(m_db).audience(
                                         version, core::Clock::today());
                                     core::SafeFile::write(file, [&](QIODevice& out) {
                                         AcknowledgementService::writeCsv(audience, out);
                                     });
                                 } else {
                                     *message = reports::JournaledText::missingNote(
                                         reports::OrganisationReports::acknowledgements(
                                             m_db, version, core::Clock::today())
                                             .writePdf(file));
                                 }
                             },
                             message);
                     });
}

}  // namespace isms::ui
