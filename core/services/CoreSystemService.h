#pragma once

#include "domain/ServiceHours.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace isms::core {

class Database;

// Core systems (核心資通系統, objective 6) and their outages: the register, and each system's
// availability over a period — the share of its service time (ServiceHours) not lost to
// unplanned outages. An outage still going on counts until the moment asked about.
class CoreSystemService {
    Q_DECLARE_TR_FUNCTIONS(CoreSystemService)
public:
    struct System {
        QString name;
        qint64 unitId = 0;
        ServiceHours hours;
        double target = 99.5;  // per cent
        QDate since;           // in service (under the register) from; invalid: today
        bool active = true;
        QString notes;
    };
    struct Outage {
        qint64 systemId = 0;
        QDateTime start;  // any time spec; stored as UTC
        QDateTime end;    // invalid: still going on
        bool planned = false;
        QString cause;
        QString notes;
    };
    struct Availability {
        bool hasValue = false;       // false: no service time in the period (yet)
        double percent = 0;          // to three decimals
        qint64 serviceMinutes = 0;
        qint64 downMinutes = 0;
        QList<qint64> outageIds;     // the unplanned outages that cost service time
    };

    explicit CoreSystemService(Database& db);

    qint64 addSystem(const System& system);
    // rowVersion: as read; a change saved since is refused.
    void updateSystem(qint64 id, int rowVersion, const System& system);
    System system(qint64 id, int* rowVersion = nullptr) const;
    qint64 recordOutage(const Outage& outage);
    void updateOutage(qint64 id, int rowVersion, const Outage& outage);
    Outage outage(qint64 id, int* rowVersion = nullptr) const;

    // Over the days from..until, as of the moment asOf (later days and time not counted).
    Availability availability(qint64 systemId, const QDate& from, const QDate& until, const QDateTime& asOf) const;

private:
    void check(const System& system) const;
    void check(const Outage& outage) const;
    static QVariantMap values(const System& system);
    static QVariantMap values(const Outage& outage);

    Database& m_db;
};

}  // namespace isms::core
