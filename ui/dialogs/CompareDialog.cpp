#include "CompareDialog.h"

#include "RedlineReport.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/PolicyDiff.h"
#include "storage/PolicyRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace isms::ui {

CompareDialog::CompareDialog(core::Database& db, qint64 documentId, QWidget* parent)
    : QDialog(parent), m_db(db), m_before(new QComboBox(this)), m_after(new QComboBox(this)), m_view(new QTextBrowser(this)) {
    setWindowTitle(tr("Compare versions"));
    const auto versions = core::PolicyRepository(db).standings(documentId, core::Clock::today());  // newest first
    for (const auto& s : versions) {
        const auto& v = s.version;
        const QString label = tr("%1 (%2)").arg(v.version, s.label());
        m_before->addItem(label, v.id);
        m_after->addItem(label, v.id);
    }
    m_after->setCurrentIndex(0);
    m_before->setCurrentIndex(versions.size() > 1 ? 1 : 0);
    auto* print = new QPushButton(tr("Print preview…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare"), this));
    top->addWidget(m_before);
    top->addWidget(new QLabel(tr("with"), this));
    top->addWidget(m_after);
    top->addStretch(1);
    top->addWidget(print);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    resize(900, 700);
    connect(m_before, &QComboBox::currentIndexChanged, this, &CompareDialog::refresh);
    connect(m_after, &QComboBox::currentIndexChanged, this, &CompareDialog::refresh);
    connect(print, &QPushButton::clicked, this, &CompareDialog::printPreview);
    refresh();
}

void CompareDialog::refresh() {
    try {
        const core::PolicyRepository repository(m_db);
        const qint64 before = m_before->currentData().toLongLong();
        const qint64 after = m_after->currentData().toLongLong();
        const auto changes = core::PolicyDiff::compare(repository.load(before), repository.load(after));
        const auto a = repository.version(before);
        const auto b = repository.version(after);
        m_view->setHtml(reports::RedlineReport::html(tr("%1 version %2").arg(a.code, a.version),
                                                     tr("%1 version %2").arg(b.code, b.version), changes));
    } catch (const core::Error& e) {
        m_view->setPlainText(e.message());
    }
}

void CompareDialog::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { m_view->document()->print(p); });
    preview.exec();
}

}  // namespace isms::ui
