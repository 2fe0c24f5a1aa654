#include "ControlledCopiesWidget.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "JournaledText.h"
#include "PolicyCopyReport.h"
#include "RecordListWidget.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "models/RecordListModel.h"
#include "services/ControlledCopies.h"
#include "storage/Database.h"
#include "storage/ListCatalog.h"
#include "storage/PolicyRepository.h"
#include "widgets/Availability.h"
#include "widgets/ExportFile.h"

namespace isms::ui {

ControlledCopiesWidget::ControlledCopiesWidget(core::Database& db, CurrentVersion currentVersion,
                                               QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_currentVersion(std::move(currentVersion)),
      m_list(new RecordListWidget(
          db, core::ListCatalog::definition(QStringLiteral("controlled_copies")), this)) {
    auto* issue = new QPushButton(tr("Issue controlled copy…"), this);
    auto* returned = new QPushButton(tr("Copy returned"), this);
    auto* destroyed = new QPushButton(tr("Copy destroyed"), this);
    for (QPushButton* b : {issue, returned, destroyed})
        Availability::follow(b, db, core::UserRole::Permission::EditPolicy);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(issue);
    buttons->addWidget(returned);
    buttons->addWidget(destroyed);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    connect(issue, &QPushButton::clicked, this, &ControlledCopiesWidget::askIssue);
    connect(returned, &QPushButton::clicked, this, [this] { askClose(false); });
    connect(destroyed, &QPushButton::clicked, this, [this] { askClose(true); });
}

bool ControlledCopiesWidget::issue(const QString& holder, const QString& pdfFile,
                                   QString* message) {
    const qint64 version = m_currentVersion();
    try {
        *message = reports::JournaledText::missingNote(
            reports::PolicyCopyReport(
                reports::PolicyCopyReport::controlledInputFor(m_db, version, 0, holder))
                .writePdf(pdfFile));
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    m_list->refresh();
    return true;
}

bool ControlledCopiesWidget::close(bool destroyed, QString* message) {
    const QModelIndex current = m_list->view()->currentIndex();
    if (!current.isValid()) {
        *message = tr("Choose a copy in the register first.");
        return false;
    }
    const qint64 id = m_list->model()->index(current.row(), 0).data(Qt::EditRole).toLongLong();
    try {
        core::ControlledCopies copies(m_db);
        destroyed ? copies.destroyed(id, core::Clock::today())
                  : copies.returned(id, core::Clock::today());
    } catch (const core::Error& e) {
        *message = e.message();
        return false;
    }
    m_list->refresh();
    return true;
}

void ControlledCopiesWidget::askIssue() {
    bool ok = false;
    const QString holder =
        QInputDialog::getText(this, tr("Issue controlled copy"), tr("Who receives the copy?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const auto v = core::PolicyRepository(m_db).version(m_currentVersion());
    ExportFile::save(this, tr("Issue controlled copy"),
                     ExportFile::dated(tr("%1-v%2-controlled").arg(v.code, v.version)),
                     tr("PDF documents (*.pdf)"), [&](const QString& file, QString* message) {
                         return issue(holder, file, message);
                     });
}

void ControlledCopiesWidget::askClose(bool destroyed) {
    QString message;
    if (!close(destroyed, &message)) QMessageBox::warning(this, tr("Controlled copies"), message);
}

}  // namespace isms::ui
