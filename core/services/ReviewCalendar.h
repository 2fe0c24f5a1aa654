#pragma once

#include "domain/ReviewSchedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QIODevice;

namespace isms::core {

class Database;
class Grant;

// Every recurring review in one calendar: the review cycles (policy review, management review,
// internal audit, drills, custom ones) and each objective's measurement by its frequency — with
// the next due date from the last completion and whether it is done, due soon or overdue.
class ReviewCalendar {
    Q_DECLARE_TR_FUNCTIONS(ReviewCalendar)
public:
    struct Item {
        QString kind;        // stored key: document, management_review, internal_audit, drill, custom, objective
        qint64 cycleId = 0;  // 0 for an objective's measurement
        qint64 subjectId = 0;
        QString title;
        QString owner;
        QString unit;
        QDate lastDone;
        QDate nextDue;
        ReviewSchedule::State state = ReviewSchedule::State::Scheduled;
        int cycleRowVersion = 0;  // as read, for marking it done
        // The latest meeting held, audit carried out or drill run that closes this cycle: it is
        // done on that day without anyone marking it (CycleRecords).
        QDate recordDate;
    };

    // A cycle's settings; a custom cycle is the administrator's own (subject, interval, owner, lead time).
    struct Cycle {
        QString title;
        int intervalMonths = 12;
        int leadDays = 30;
        qint64 ownerPersonId = 0;
        QString trigger;     // also due when this happens
        int rowVersion = 0;  // as read, for edits
    };

    explicit ReviewCalendar(Database& db);

    qint64 addCustomCycle(const Cycle& cycle);
    Cycle cycle(qint64 cycleId) const;
    // Any cycle's settings (not its kind); a stale edit is refused.
    void updateCycle(qint64 cycleId, const Cycle& cycle);

    QList<Item> items(const QDate& today) const;
    // Everything overdue plus what falls due between today and today + days.
    QList<Item> agenda(const QDate& today, int days = 90) const;
    // Items due between from and to (inclusive), for the printed schedule.
    QList<Item> between(const QDate& from, const QDate& to, const QDate& today) const;
    // Records a cycle's completion (not the policy's: that is PolicyService::recordReview).
    // expectedRowVersion: Item::cycleRowVersion as the user saw it.
    void complete(qint64 cycleId, int expectedRowVersion, const QDate& on, const QString& by, const QString& notes);
    static QString stateKey(ReviewSchedule::State state);  // never_done, scheduled, due_soon, overdue
    qint64 writeCsv(const QList<Item>& items, QIODevice& out) const;

private:
    Grant check(const Cycle& cycle) const;  // authorises and validates

    Database& m_db;
};

}  // namespace isms::core
