#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace isms::core {

class Database;

// Social-engineering drills (objective 8: every half-year's drill must pass): recording one
// computes its verdict and feeds it, as 1 (passed) or 0 (failed), into the objectives measured
// by drills; a half-year that ended without a drill is overdue.
class DrillService {
    Q_DECLARE_TR_FUNCTIONS(DrillService)
public:
    struct Drill {
        int year = 0;
        int half = 1;
        QDate date;
        qint64 unitId = 0;  // 0: the whole organisation
        int sent = 0;
        int opened = 0;
        int clicked = 0;
        int reported = 0;
        double openThreshold = 10.0;
        double clickThreshold = 6.0;
        QString notes;
    };
    struct HalfYear {
        int year;
        int half;
        bool operator==(const HalfYear&) const = default;
    };

    explicit DrillService(Database& db);

    // Returns the drill's id; whether it passed is stored with it.
    qint64 record(const Drill& drill);
    // Half-years from the one containing `since` to the last one ended by `today` with no drill.
    QList<HalfYear> missing(const QDate& since, const QDate& today) const;
    // Drills are due from the half-year of the first one recorded (without any: this year's
    // start). The Drills page and the dashboard both count missing drills from here.
    QDate dueSince() const;

private:
    Database& m_db;
};

}  // namespace isms::core
