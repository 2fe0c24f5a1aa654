#pragma once

#include <QCoreApplication>
#include <QString>
#include <QList>
#include <QStringList>

namespace isms::core {

// Who has had the security training they must have in a year (教育訓練, objective 3): the words
// the register is kept in, and the one SQL reading of each person's standing that the Training
// page's list, the per-person record and objective 3's computed value share, so that they agree.
class TrainingStanding {
    Q_DECLARE_TR_FUNCTIONS(TrainingStanding)
public:
    static QStringList kinds();      // general (通識), professional (專業)
    static QStringList audiences();  // everyone, security_staff, role
    static QStringList levels();     // the responsibility levels A, B, C
    // The agency's responsibility level as stored (agency_settings); C until one is chosen.
    static QString levelSql();
    static QString defaultLevel() { return QStringLiteral("C"); }

    // What a level asks while none of its requirements have been entered: the rules for Taiwanese
    // agencies of levels A to C — everyone on the staff 3 hours of general training a year, the
    // security staff 12 hours of professional training.
    struct Rule {
        QString audience;
        QString kind;
        double hours = 0;
    };
    static QList<Rule> defaults();
    static QString describeDefaults();  // the rules in words, translated

    // A derived table, one row per person on the staff on `day` — in one of the agency's own units:
    // not a vendor's or another agency's people, nor an account made without a unit — with the hours they must have
    // over the year from..until under the agency's level and the hours of sessions from `from`
    // to `day` they attended, of each kind, and their status: 'met', 'short' or 'not_required'.
    // Columns: person_id, name, unit_id, category, year, need_general, got_general,
    // need_professional, got_professional, status. The arguments are SQL expressions giving ISO
    // dates (and the year shown), from placeholders: none refers to another table.
    static QString sql(const QString& from, const QString& until, const QString& day,
                       const QString& year = QStringLiteral("0"));
};

}  // namespace isms::core
