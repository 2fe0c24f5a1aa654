#include "OrganisationReports.h"

#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"
#include "services/OrganisationService.h"
#include "services/PolicyService.h"
#include "storage/PolicyRepository.h"

namespace isms::reports {

using core::AcknowledgementService;
using core::Language;

TableReport OrganisationReports::raci(core::Database& db, const core::RaciService::Matrix& matrix) {
    TableReport::Part part;
    part.paragraphs << tr(
        "R = Responsible (does the work), A = Accountable (answers for it; exactly one per "
        "activity), "
        "C = Consulted, I = Informed.");
    const QStringList problems = core::RaciService::problems(matrix);
    if (problems.isEmpty()) {
        part.paragraphs << tr("Every activity has exactly one A and at least one R.");
    } else {
        for (const QString& p : problems) part.paragraphs << QStringLiteral("• ") + p;
    }
    part.headers << tr("Activity");
    part.widths << 34;
    for (const auto& role : matrix.roles) {
        part.headers << role.name;
        part.widths << 66.0 / qMax(1, int(matrix.roles.size()));
    }
    TableReport::Section rows;
    for (const auto& a : matrix.activities) {
        QStringList row{a.name};
        for (const auto& role : matrix.roles) row << a.cells.value(role.roleId).value;
        rows.rows << row;
    }
    part.sections << rows;
    return TableReport(tr("Responsibilities (RACI)"),
                       tr("As of %1").arg(Language::longDate(core::Clock::today())), {part},
                       core::AuditLog(db).head());
}

QStringList OrganisationReports::versionLines(core::Database& db, qint64 versionId) {
    const core::VersionSummary v = core::PolicyRepository(db).version(versionId);
    return {tr("%1 version %2 — %3").arg(v.code, v.version, v.title),
            tr("Fingerprint: %1")
                .arg(core::PolicyFingerprint::shortForm(
                    core::PolicyService(db).fingerprint(versionId)))};
}

TableReport OrganisationReports::signInSheet(core::Database& db, qint64 versionId, qint64 unitId,
                                             const QDate& day) {
    const auto audience = AcknowledgementService(db).audience(versionId, day);
    const QString unitName =
        unitId ? core::OrganisationService(db).unit(unitId).name : tr("All units");
    TableReport::Part part;
    part.paragraphs << versionLines(db, versionId);
    part.paragraphs << tr("Unit: %1").arg(unitName);
    part.paragraphs << tr(
        "By signing I confirm that I have received and read this version of the policy.");
    part.headers = QStringList{
        tr("No."),  tr("Name", "a person's name"),     tr("Title", "a person's job title"), tr("Scope category"),
        tr("Date"), tr("Signature")};
    part.widths = {6, 17, 17, 18, 14, 28};
    part.signatures = true;
    TableReport::Section rows;
    int number = 0;
    for (const auto& m : audience) {
        if (unitId && m.unitId != unitId) continue;
        // Who already signed is listed with the date, so the sheet is also a record of it.
        rows.rows << QStringList{
            QString::number(++number),
            m.name,
            m.title,
            core::EnumLabels::label(m.category),
            m.acknowledged.isValid() ? Language::shortDate(m.acknowledged) : QString(),
            QString()};
    }
    if (rows.rows.isEmpty())
        part.paragraphs << tr("Nobody in this unit is in the version's audience.");
    part.sections << rows;
    return TableReport(tr("Policy acknowledgement sign-in sheet"),
                       tr("%1 — printed %2").arg(unitName, Language::longDate(day)), {part},
                       core::AuditLog(db).head());
}

TableReport OrganisationReports::acknowledgements(core::Database& db, qint64 versionId,
                                                  const QDate& day) {
    const auto audience = AcknowledgementService(db).audience(versionId, day);
    const auto total = AcknowledgementService::total(audience);
    QList<TableReport::Part> parts;
    TableReport::Part summary;
    summary.paragraphs << versionLines(db, versionId);
    summary.paragraphs << tr("Acknowledged by %1 of %2 (%3%).")
                              .arg(total.acknowledged)
                              .arg(total.audience)
                              .arg(qRound(total.percent()));
    QStringList events;
    for (const auto& e : AcknowledgementService(db).events(versionId)) {
        events << QStringLiteral("• %1 %2").arg(Language::shortDate(e.date),
                                                core::EnumLabels::label(e.channel)) +
                      (e.material.isEmpty() ? QString() : tr(": %1").arg(e.material));
    }
    summary.paragraphs
        << (events.isEmpty() ? tr("No communication recorded yet; the audience is everyone active.")
                             : tr("Communicated:"));
    summary.paragraphs << events;
    parts << summary;
    const auto coverage = [&](const QString& heading, const QString& group,
                              const QList<AcknowledgementService::Coverage>& rows) {
        TableReport::Part part{heading};
        part.headers = QStringList{group, tr("Audience"), tr("Acknowledged"), tr("Coverage")};
        part.widths = {46, 18, 18, 18};
        TableReport::Section section;
        for (const auto& c : rows) {
            section.rows << QStringList{c.group, QString::number(c.audience),
                                        QString::number(c.acknowledged),
                                        QStringLiteral("%1%").arg(qRound(c.percent()))};
        }
        part.sections << section;
        return part;
    };
    parts << coverage(tr("Coverage by unit"), tr("Unit"), AcknowledgementService::byUnit(audience));
    parts << coverage(tr("Coverage by scope category"), tr("Scope category"),
                      AcknowledgementService::byCategory(audience));
    TableReport::Part missing{tr("Not yet acknowledged")};
    missing.headers = QStringList{tr("Unit"), tr("Name", "a person's name"), tr("Title", "a person's job title"),
                                  tr("Scope category")};
    missing.widths = {30, 22, 24, 24};
    TableReport::Section rows;
    for (const auto& m : audience) {
        if (!m.acknowledged.isValid())
            rows.rows << QStringList{m.unitName, m.name, m.title,
                                     core::EnumLabels::label(m.category)};
    }
    if (rows.rows.isEmpty())
        missing.paragraphs << tr("Everyone in the audience has acknowledged this version.");
    missing.sections << rows;
    parts << missing;
    return TableReport(tr("Policy acknowledgements"), tr("As of %1").arg(Language::longDate(day)),
                       parts, core::AuditLog(db).head());
}

}  // namespace isms::reports
