#include "IncidentClock.h"

namespace isms::core {

QStringList IncidentClock::categories() {
    return {QStringLiteral("unauthorised_access"), QStringLiteral("alteration"),        QStringLiteral("data_leak"),
            QStringLiteral("malware"),             QStringLiteral("denial_of_service"), QStringLiteral("social_engineering"),
            QStringLiteral("other_incident")};
}

QStringList IncidentClock::unauthorisedCategories() {
    return {QStringLiteral("unauthorised_access"), QStringLiteral("alteration")};
}

QList<IncidentClock::Clock> IncidentClock::clocks(const Incident& i, const Deadlines& d) {
    if (i.weakness || !i.known.isValid()) return {};
    const auto hours = [](const QDateTime& from, double h) { return from.addSecs(qint64(h * 3600)); };
    // Damage control or recovery, whichever came first, ends the second clock; the investigation
    // report is due a month after it.
    QDateTime controlled = i.contained;
    if (i.recovered.isValid() && (!controlled.isValid() || i.recovered < controlled)) controlled = i.recovered;
    const QDateTime settled = i.recovered.isValid() ? i.recovered : i.contained;
    return {{Step::Report, hours(i.known, d.reportHours), i.reported},
            {Step::Recovery, hours(i.known, i.level >= 3 ? d.recoveryHoursHigh : d.recoveryHoursLow), controlled},
            {Step::Investigation, settled.isValid() ? settled.addMonths(d.investigationMonths) : QDateTime(), i.investigated}};
}

IncidentClock::State IncidentClock::state(const Clock& c, const QDateTime& now) {
    if (c.done.isValid()) return c.due.isValid() && c.done > c.due ? State::Late : State::Met;
    if (!c.due.isValid()) return State::NotYet;
    return now > c.due ? State::Overdue : State::Running;
}

QString IncidentClock::stepLabel(Step step) {
    switch (step) {
    case Step::Report: return tr("Report");
    case Step::Recovery: return tr("Damage control or recovery");
    case Step::Investigation: return tr("Investigation report");
    }
    return {};
}

QString IncidentClock::stateKey(State state) {
    switch (state) {
    case State::NotYet: return QStringLiteral("not_yet");
    case State::Running: return QStringLiteral("running");
    case State::Met: return QStringLiteral("met");
    case State::Late: return QStringLiteral("late");
    case State::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

QString IncidentClock::duration(qint64 minutes) {
    const qint64 days = minutes / (24 * 60);
    const qint64 h = (minutes / 60) % 24;
    const qint64 m = minutes % 60;
    QStringList parts;
    if (days > 0) parts << tr("%n day(s)", "", int(days));
    if (h > 0) parts << tr("%n h", "", int(h));
    if (m > 0 || parts.isEmpty()) parts << tr("%n min", "", int(m));
    return parts.join(QLatin1Char(' '));
}

QString IncidentClock::describe(const Clock& c, const QDateTime& now) {
    switch (state(c, now)) {
    case State::NotYet: return tr("starts on recovery");
    case State::Running: return tr("%1 left").arg(duration(now.secsTo(c.due) / 60));
    case State::Overdue: return tr("overdue by %1").arg(duration(c.due.secsTo(now) / 60));
    case State::Met: return tr("in time");
    case State::Late: return tr("late by %1").arg(duration(c.due.secsTo(c.done) / 60));
    }
    return {};
}

const IncidentClock::Clock* IncidentClock::next(const QList<Clock>& clocks) {
    for (const Clock& c : clocks) {
        if (!c.done.isValid() && c.due.isValid()) return &c;
    }
    return nullptr;
}

}  // namespace isms::core
