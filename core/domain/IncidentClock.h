#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms::core {

// The deadlines a security incident is held to (資通安全事件通報及應變辦法) and where each stands:
// reporting within an hour of becoming known, damage control or recovery within 72 hours for
// levels 1–2 and 36 hours for levels 3–4, the investigation report within a month of recovery —
// the agency's settings, these by default. A weakness report has none.
class IncidentClock {
    Q_DECLARE_TR_FUNCTIONS(IncidentClock)
public:
    struct Deadlines {
        double reportHours = 1;
        double recoveryHoursLow = 72;   // levels 1 and 2
        double recoveryHoursHigh = 36;  // levels 3 and 4
        int investigationMonths = 1;
        bool operator==(const Deadlines&) const = default;
    };
    struct Incident {
        bool weakness = false;
        int level = 1;
        QDateTime known;
        QDateTime reported;
        QDateTime contained;
        QDateTime recovered;
        QDateTime investigated;
    };
    enum class Step { Report, Recovery, Investigation };
    enum class State { NotYet, Running, Met, Late, Overdue };
    struct Clock {
        Step step = Step::Report;
        QDateTime due;   // invalid: not started (the investigation before recovery)
        QDateTime done;  // invalid: not done yet
    };

    static QStringList categories();  // stored keys; unauthorised_access and alteration first
    static QStringList unauthorisedCategories();  // what objective 4 counts
    static QList<Clock> clocks(const Incident& incident, const Deadlines& deadlines);
    static State state(const Clock& clock, const QDateTime& now);
    static QString stepLabel(Step step);    // translated
    static QString stateKey(State state);   // met, late, overdue, running, not_yet
    // Where the clock stands, in words: "35 min left", "overdue by 2 h 10 min", "in time (40 min)".
    static QString describe(const Clock& clock, const QDateTime& now);
    static QString duration(qint64 minutes);  // "2 h 10 min", translated
    // The step an open incident must see to next (its first clock not done), if any.
    static const Clock* next(const QList<Clock>& clocks);
};

}  // namespace isms::core
