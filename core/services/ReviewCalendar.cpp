#include "ReviewCalendar.h"

#include <QIODevice>
#include <QSqlQuery>
#include <algorithm>

#include "domain/Clock.h"
#include "domain/EnumLabels.h"
#include "domain/Error.h"
#include "domain/MeasurementPeriod.h"
#include "i18n/Language.h"
#include "import/CsvWriter.h"
#include "storage/CycleRecords.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace isms::core {

namespace {

// A measurement is due once its next period has ended: lead time a fortnight.
constexpr int kMeasurementLeadDays = 14;

}  // namespace

ReviewCalendar::ReviewCalendar(Database& db) : m_db(db) {}

QString ReviewCalendar::stateKey(ReviewSchedule::State state) {
    switch (state) {
        case ReviewSchedule::State::NeverDone:
            return QStringLiteral("never_done");
        case ReviewSchedule::State::Scheduled:
            return QStringLiteral("scheduled");
        case ReviewSchedule::State::DueSoon:
            return QStringLiteral("due_soon");
        case ReviewSchedule::State::Overdue:
            return QStringLiteral("overdue");
    }
    return {};
}

QList<ReviewCalendar::Item> ReviewCalendar::items(const QDate& today) const {
    QList<Item> out;
    // A cycle is done when its record is made (CycleRecords): the meeting held, the audit
    // carried out, the drill run.
    QSqlQuery c = Sql::run(
        m_db.connection(),
        QStringLiteral(
            "SELECT c.id, c.subject_kind, c.subject_id, c.title, p.name, u.name, %1, "
            "c.interval_months, c.lead_days, c.row_version, %2 FROM review_cycles c LEFT JOIN "
            "people p ON p.id = c.owner_person_id LEFT JOIN org_units u ON u.id = p.unit_id "
            "ORDER BY c.id")
            .arg(CycleRecords::lastDoneSql(QStringLiteral("c")),
                 CycleRecords::latestRecordSql(QStringLiteral("c"))),
        {{QStringLiteral("today"), today.toString(Qt::ISODate)}});
    while (c.next()) {
        Item i;
        i.cycleId = c.value(0).toLongLong();
        i.kind = c.value(1).toString();
        i.subjectId = c.value(2).toLongLong();
        i.title = c.value(3).toString();
        i.owner = c.value(4).toString();
        i.unit = c.value(5).toString();
        i.lastDone = QDate::fromString(c.value(6).toString(), Qt::ISODate);
        // The half-yearly drill follows the half-years, as the Drills page does; the others run
        // their interval from the last completion.
        const bool halfYearly = i.kind == QStringLiteral("drill") && c.value(7).toInt() == 6;
        i.nextDue = halfYearly ? ReviewSchedule::nextHalfYearEnd(i.lastDone)
                               : ReviewSchedule::nextDue(i.lastDone, c.value(7).toInt());
        i.state = ReviewSchedule::stateOf(i.nextDue, c.value(8).toInt(), today);
        i.cycleRowVersion = c.value(9).toInt();
        i.recordDate = QDate::fromString(c.value(10).toString(), Qt::ISODate);
        out << i;
    }
    c.finish();
    // Objectives measured by hand, by their frequency, from their last measured period, or, never
    // measured, from the day the objective first took effect: an objective carried on into a new
    // version keeps its clock (a new version does not excuse a measurement already overdue).
    // Drills feed their objective themselves, and an objective computed from the records is
    // recorded at its periods' ends (ObjectiveService::recordEndedPeriods).
    // The objectives of each document's version in force on the day.
    QSqlQuery o =
        Sql::run(m_db.connection(),
                 QStringLiteral(
                     "SELECT o.id, w.number, o.kpi_name, o.frequency, r.name, "
                     "COALESCE((SELECT MIN(v2.effective_date) FROM objective_wordings w2 "
                     "JOIN document_versions v2 ON v2.id = w2.version_id WHERE "
                     "w2.objective_id = o.id AND v2.status IN ('published', 'superseded') "
                     "AND v2.effective_date <= :today), v.effective_date), (SELECT MAX(period_end) "
                     "FROM measurements m WHERE m.objective_id = o.id) FROM objectives "
                     "o JOIN objective_wordings w ON "
                     "w.objective_id = o.id AND w.version_id = %1 JOIN "
                     "document_versions v ON v.id = w.version_id "
                     "LEFT JOIN roles r ON r.id = o.owner_role_id WHERE o.kpi_name <> "
                     "'' AND o.measured_by_drills = 0 AND o.source = '' "
                     "ORDER BY w.number")
                     .arg(PolicyRepository::inForceVersionSql(QStringLiteral("o.document_id"))),
                 {{QStringLiteral("today"), today.toString(Qt::ISODate)}});
    while (o.next()) {
        Item i;
        i.kind = QStringLiteral("objective");
        i.subjectId = o.value(0).toLongLong();
        i.title = tr("Objective %1: %2").arg(o.value(1).toInt()).arg(o.value(2).toString());
        i.owner = o.value(4).toString();
        const QDate last = QDate::fromString(o.value(6).toString(), Qt::ISODate);
        i.lastDone = last;
        const QDate from =
            last.isValid() ? last : QDate::fromString(o.value(5).toString(), Qt::ISODate);
        const int months = MeasurementPeriod::months(o.value(3).toString());
        i.nextDue = ReviewSchedule::nextDue(from, months);
        i.state = ReviewSchedule::state(from, months, kMeasurementLeadDays, today);
        out << i;
    }
    return out;
}

QList<ReviewCalendar::Item> ReviewCalendar::agenda(const QDate& today, int days) const {
    QList<Item> out;
    for (const Item& i : items(today)) {
        if (i.state == ReviewSchedule::State::Overdue ||
            i.state == ReviewSchedule::State::NeverDone ||
            (i.nextDue.isValid() && i.nextDue <= today.addDays(days))) {
            out << i;
        }
    }
    std::sort(out.begin(), out.end(), [](const Item& a, const Item& b) {
        return a.nextDue.isValid() && (!b.nextDue.isValid() || a.nextDue < b.nextDue);
    });
    return out;
}

QList<ReviewCalendar::Item> ReviewCalendar::between(const QDate& from, const QDate& to,
                                                    const QDate& today) const {
    QList<Item> out;
    for (const Item& i : items(today)) {
        if (i.nextDue.isValid() && i.nextDue >= from && i.nextDue <= to) out << i;
    }
    std::sort(out.begin(), out.end(),
              [](const Item& a, const Item& b) { return a.nextDue < b.nextDue; });
    return out;
}

void ReviewCalendar::complete(qint64 cycleId, int expectedRowVersion, const QDate& on,
                              const QString& by, const QString& notes) {
    const Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (!on.isValid() || on > Clock::today())
        throw Error(Error::Kind::Invalid, tr("Give the day it was done (not a future one)."));
    if (by.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Name who did it."));
    QSqlQuery q =
        Sql::run(m_db.connection(),
                 QStringLiteral("SELECT subject_kind, last_done FROM review_cycles WHERE id = :id"),
                 {{QStringLiteral("id"), cycleId}});
    if (!q.next()) throw Error(Error::Kind::NotFound, tr("That review cycle no longer exists."));
    if (q.value(0).toString() == QStringLiteral("document")) {
        throw Error(Error::Kind::Invalid, tr("A policy review is recorded on the Policies page, "
                                             "where it can start a new version."));
    }
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    Transaction tx(m_db);
    RecordWriter writer(m_db, grant);
    writer.insert(QStringLiteral("reviews"), {{QStringLiteral("cycle_id"), cycleId},
                                              {QStringLiteral("review_date"), on},
                                              {QStringLiteral("reviewers"), by.trimmed()},
                                              {QStringLiteral("outcome"), QStringLiteral("done")},
                                              {QStringLiteral("notes"), notes.trimmed()}});
    // A completion recorded late never moves the last one back.
    writer.update(QStringLiteral("review_cycles"), cycleId, expectedRowVersion,
                  {{QStringLiteral("last_done"), last.isValid() && last > on ? last : on}});
    tx.commit();
}

Grant ReviewCalendar::check(const Cycle& c) const {
    Grant grant = m_db.require(UserRole::Permission::EditRecords);
    if (c.title.trimmed().isEmpty()) throw Error(Error::Kind::Invalid, tr("Say what is reviewed."));
    if (c.intervalMonths < 1 || c.intervalMonths > 120) {
        throw Error(Error::Kind::Invalid, tr("The interval is between 1 and 120 months."));
    }
    // A lead time as long as the interval would make the cycle due soon all the time.
    if (c.leadDays < 0 || c.leadDays >= c.intervalMonths * 28) {
        throw Error(Error::Kind::Invalid, tr("The lead time must be shorter than the interval."));
    }
    if (c.ownerPersonId == 0) throw Error(Error::Kind::Invalid, tr("Name the person responsible."));
    if (RecordWriter::read(m_db, QStringLiteral("people"), c.ownerPersonId).isEmpty()) {
        throw Error(Error::Kind::NotFound, tr("That person is no longer on record."));
    }
    return grant;
}

qint64 ReviewCalendar::addCustomCycle(const Cycle& c) {
    const Grant grant = check(c);
    Transaction tx(m_db);
    const qint64 id = RecordWriter(m_db, grant)
                          .insert(QStringLiteral("review_cycles"),
                                  {{QStringLiteral("subject_kind"), QStringLiteral("custom")},
                                   {QStringLiteral("title"), c.title.trimmed()},
                                   {QStringLiteral("interval_months"), c.intervalMonths},
                                   {QStringLiteral("lead_days"), c.leadDays},
                                   {QStringLiteral("owner_person_id"), c.ownerPersonId},
                                   {QStringLiteral("trigger_note"), c.trigger.trimmed()}});
    tx.commit();
    return id;
}

ReviewCalendar::Cycle ReviewCalendar::cycle(qint64 cycleId) const {
    const QVariantMap row = RecordWriter::read(m_db, QStringLiteral("review_cycles"), cycleId);
    if (row.isEmpty())
        throw Error(Error::Kind::NotFound, tr("That review cycle no longer exists."));
    return {row.value(QStringLiteral("title")).toString(),
            row.value(QStringLiteral("interval_months")).toInt(),
            row.value(QStringLiteral("lead_days")).toInt(),
            row.value(QStringLiteral("owner_person_id")).toLongLong(),
            row.value(QStringLiteral("trigger_note")).toString(),
            row.value(QStringLiteral("row_version")).toInt()};
}

void ReviewCalendar::updateCycle(qint64 cycleId, const Cycle& c) {
    const Grant grant = check(c);
    Transaction tx(m_db);
    RecordWriter(m_db, grant)
        .update(QStringLiteral("review_cycles"), cycleId, c.rowVersion,
                {{QStringLiteral("title"), c.title.trimmed()},
                 {QStringLiteral("interval_months"), c.intervalMonths},
                 {QStringLiteral("lead_days"), c.leadDays},
                 {QStringLiteral("owner_person_id"), c.ownerPersonId},
                 {QStringLiteral("trigger_note"), c.trigger.trimmed()}});
    tx.commit();
}

qint64 ReviewCalendar::writeCsv(const QList<Item>& items, QIODevice& out) const {
    CsvWriter csv(out);
    csv.row({tr("Due"), tr("State"), tr("Kind"), tr("Subject"), tr("Owner"), tr("Unit"),
             tr("Last done")});
    for (const Item& i : items) {
        csv.row({CsvWriter::date(i.nextDue), EnumLabels::label(stateKey(i.state)),
                 EnumLabels::label(i.kind), i.title, i.owner, i.unit, CsvWriter::date(i.lastDone)});
    }
    return csv.rows();
}

}  // namespace isms::core
