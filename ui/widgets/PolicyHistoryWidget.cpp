#include "PolicyHistoryWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dialogs/CompareDialog.h"
#include "dialogs/ReviewDialog.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/PolicyFingerprint.h"
#include "i18n/Language.h"
#include "services/PolicyService.h"
#include "storage/Database.h"
#include "widgets/Availability.h"

namespace isms::ui {

PolicyHistoryWidget::PolicyHistoryWidget(core::Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_history(new QTableWidget(this)), m_review(new QLabel(this)) {
    m_history->setColumnCount(6);
    m_history->setHorizontalHeaderLabels({tr("Version"), tr("Status"), tr("Effective"),
                                          tr("Change summary"), tr("Approved by"),
                                          tr("Fingerprint")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);

    auto* record = new QPushButton(tr("Record review…"), this);
    auto* significant = new QPushButton(tr("Review on significant change…"), this);
    for (QPushButton* b : {record, significant})
        Availability::follow(b, m_db, core::UserRole::Permission::EditPolicy);
    auto* compare = new QPushButton(tr("Compare versions…"), this);
    auto* reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review, 1);
    reviewRow->addWidget(record);
    reviewRow->addWidget(significant);
    reviewRow->addWidget(compare);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(reviewRow);
    layout->addWidget(m_history, 1);
    connect(record, &QPushButton::clicked, this, &PolicyHistoryWidget::askReview);
    connect(significant, &QPushButton::clicked, this, &PolicyHistoryWidget::askSignificantChange);
    connect(compare, &QPushButton::clicked, this, [this] {
        CompareDialog dialog(m_db, m_documentId, this);
        dialog.exec();
    });
}

void PolicyHistoryWidget::setDocument(qint64 documentId) {
    m_documentId = documentId;
    const core::PolicyService service(m_db);
    const auto lines =
        documentId ? service.history(documentId) : QList<core::PolicyService::HistoryLine>();
    m_history->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const auto& l = lines[row];
        // A version from before the program names who approved it, without the day.
        const QString approver =
            l.approver.isEmpty() || !l.approvedAt.isValid()
                ? l.approver
                : tr("%1, %2").arg(l.approver,
                                   core::Language::longDate(l.approvedAt.toLocalTime().date()));
        const QStringList cells{
            l.version,       l.standing, core::Language::longDate(l.effectiveDate),
            l.changeSummary, approver,   core::PolicyFingerprint::shortForm(l.fingerprint)};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_history->resizeColumnsToContents();
    if (!documentId) {
        m_review->clear();
        m_cycleRowVersion = 0;
        return;
    }
    const auto state = service.reviewState(documentId, core::Clock::today());
    m_cycleRowVersion = state.cycleRowVersion;
    QString text = tr("Last review: %1 · next due: %2")
                       .arg(state.lastReview.isValid() ? core::Language::longDate(state.lastReview)
                                                       : tr("never"),
                            core::Language::longDate(state.nextDue));
    // The overdue mark is a word as well as a colour, for grey print and colour-blind readers.
    if (state.overdue)
        text += QStringLiteral(" <b style='color:#b00020'>%1</b>").arg(tr("OVERDUE"));
    m_review->setText(text);
}

qint64 PolicyHistoryWidget::recordReview(const QDate& date, const QString& reviewers, bool revise,
                                         const QString& notes, QString* message) {
    try {
        const qint64 draft = core::PolicyService(m_db).recordReview(m_documentId, m_cycleRowVersion,
                                                                    date, reviewers, revise, notes);
        setDocument(m_documentId);
        if (draft) Q_EMIT versionCreated(draft);
        return draft;
    } catch (const core::Error& e) {
        *message = e.message();
        return -1;
    }
}

void PolicyHistoryWidget::askReview() {
    ReviewDialog dialog(this);
    dialog.setWork([this](const QDate& date, const QString& reviewers, bool revise,
                          const QString& notes, QString* message) {
        return recordReview(date, reviewers, revise, notes, message) >= 0;
    });
    dialog.exec();
}

void PolicyHistoryWidget::askSignificantChange() {
    bool ok = false;
    const QString reason =
        QInputDialog::getMultiLineText(this, tr("Review on significant change"),
                                       tr("What changed (law, technology, organisation)? The "
                                          "review is recorded today and a new draft started."),
                                       QString(), &ok);
    if (!ok) return;
    try {
        const qint64 draft = core::PolicyService(m_db).startSignificantChangeReview(
            m_documentId, m_cycleRowVersion, reason);
        setDocument(m_documentId);
        Q_EMIT versionCreated(draft);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Review on significant change"), e.message());
    }
}

}  // namespace isms::ui
