#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace isms::core {
class Database;
}

namespace isms::ui {

// A document's revision history (修訂紀錄) — version, effective date, summary, approver,
// fingerprint — and its reviews: the last one, the next due, overdue, and recording one.
class PolicyHistoryWidget : public QWidget {
    Q_OBJECT
public:
    explicit PolicyHistoryWidget(core::Database& db, QWidget* parent = nullptr);

    void setDocument(qint64 documentId);
    QTableWidget* historyTable() const { return m_history; }
    QLabel* reviewLabel() const { return m_review; }
    // The work behind "Record review…"; returns the new draft's id (0 for none) or -1 on refusal.
    qint64 recordReview(const QDate& date, const QString& reviewers, bool revise,
                        const QString& notes, QString* message);

Q_SIGNALS:
    void versionCreated(qint64 versionId);

private:
    void askReview();
    void askSignificantChange();

    core::Database& m_db;
    qint64 m_documentId = 0;
    int m_cycleRowVersion = 0;  // the review cycle as shown, for recording a review
    QTableWidget* m_history;
    QLabel* m_review;
};

}  // namespace isms::ui
