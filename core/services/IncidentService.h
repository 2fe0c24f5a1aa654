#pragma once

#include "domain/IncidentClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace isms::core {

class Database;

// The register of security incidents and weaknesses (資安事件通報, objectives 4 and 7): each
// incident with its level, category and the moments it became known, was reported, contained,
// recovered and investigated, held to the agency's deadlines (IncidentClock); weakness reports
// from staff in the same register; the corrective actions taken for them. Checked,
// permission-checked and audited here, with the stale-edit refusal.
class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)
public:
    struct Incident {
        bool weakness = false;
        QString title;
        int level = 1;  // 1–4; a weakness has none
        QString category = QStringLiteral("other_incident");
        QDateTime known;  // any time spec; stored in UTC
        QDateTime reported;
        QString reportedTo;
        QDateTime contained;
        QDateTime recovered;
        QDateTime investigated;
        bool closed = false;
        qint64 reporterId = 0;  // who reported it (a weakness: the member of staff)
        qint64 systemId = 0;    // the core system concerned, if any
        QString description;
        QString notes;
        // The deadlines it is held to: the agency's when it was recorded, kept by every edit.
        IncidentClock::Deadlines deadlines;
    };
    struct Open {
        qint64 id = 0;
        QString title;
        int level = 0;
        QList<IncidentClock::Clock> clocks;
    };

    explicit IncidentService(Database& db);

    qint64 record(const Incident& incident);
    // rowVersion: as read; a change saved since is refused.
    void update(qint64 id, int rowVersion, const Incident& incident);
    Incident incident(qint64 id, int* rowVersion = nullptr) const;
    // A corrective action taken for the incident (from the Audits page), linked once.
    void linkAction(qint64 incidentId, qint64 correctiveActionId);

    IncidentClock::Deadlines deadlines(int* rowVersion = nullptr) const;
    void setDeadlines(const IncidentClock::Deadlines& deadlines, int rowVersion);
    static IncidentClock::Incident clockOf(const Incident& incident);

    // The open incidents with their clocks, the most urgent first.
    QList<Open> open() const;

private:
    void check(const Incident& incident) const;
    static QVariantMap values(const Incident& incident);

    Database& m_db;
};

}  // namespace isms::core
