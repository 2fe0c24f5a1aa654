#include "PolicyPrinting.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "JournaledText.h"
#include "PolicyCopyReport.h"
#include "PolicyDocxExport.h"
#include "PolicyOdtExport.h"
#include "TableReport.h"
#include "domain/Error.h"
#include "services/PolicyService.h"
#include "storage/PolicyRepository.h"
#include "widgets/ExportFile.h"

namespace isms::ui {

PolicyPrinting::PolicyPrinting(core::Database& db, QWidget* parent) : m_db(db), m_parent(parent) {}

void PolicyPrinting::preview(qint64 versionId) {
    const reports::PolicyCopyReport report(reports::PolicyCopyReport::inputFor(m_db, versionId));
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report](QPrinter* p) {
                         reports::GlyphJournal journal;  // a printer has no text layer to correct
                         report.paint(*p, journal);
                     });
    dialog.exec();
}

void PolicyPrinting::preview(const reports::TableReport& report, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report](QPrinter* p) {
                         reports::GlyphJournal journal;
                         report.paint(*p, journal);
                     });
    dialog.exec();
}

void PolicyPrinting::print(qint64 versionId) {
    const reports::PolicyCopyReport report(reports::PolicyCopyReport::inputFor(m_db, versionId));
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted) return;
    reports::GlyphJournal journal;
    report.paint(printer, journal);
}

bool PolicyPrinting::exportPdf(qint64 versionId, const QString& file, QString* message) {
    try {
        if (file.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive)) {
            core::PolicyService(m_db).requireTextAsApproved(versionId);
            reports::PolicyDocxExport::write(reports::PolicyCopyReport::inputFor(m_db, versionId), file);
            return true;
        }
        if (file.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive)) {
            core::PolicyService(m_db).requireTextAsApproved(versionId);
            reports::PolicyOdtExport::write(reports::PolicyCopyReport::inputFor(m_db, versionId), file);
            return true;
        }
        *message = reports::JournaledText::missingNote(
            reports::PolicyCopyReport(reports::PolicyCopyReport::inputFor(m_db, versionId))
                .writePdf(file));
        return true;
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
}

void PolicyPrinting::chooseExportFile(qint64 versionId) {
    const auto v = core::PolicyRepository(m_db).version(versionId);
    ExportFile::save(
        m_parent, tr("Export policy"),
        ExportFile::dated(QStringLiteral("%1-v%2").arg(v.code, v.version)),
        tr("PDF documents (*.pdf);;Word documents, to edit (*.docx);;OpenDocument text, to edit (*.odt)"),
        [&](const QString& file, QString* message) { return exportPdf(versionId, file, message); });
}

}  // namespace isms::ui
