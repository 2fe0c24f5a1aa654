#pragma once

#include "import/CsvColumn.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace isms::core {

class Database;
class Grant;

// The training register (教育訓練, objective 3): sessions held, who attended them for how many
// hours, the hours each person must have in a year by the agency's responsibility level
// (TrainingStanding), and each person's standing. Every change is checked, permission-checked
// and audited here, with the stale-edit refusal; attendance comes ticked from a sign-in sheet or
// from a CSV file, all of it or none.
class TrainingService {
    Q_DECLARE_TR_FUNCTIONS(TrainingService)
public:
    struct Session {
        QString title;
        QDate heldOn;
        double hours = 0;
        QString kind = QStringLiteral("general");  // TrainingStanding::kinds()
        QString provider;
        QString notes;
    };
    struct Attendee {
        qint64 personId = 0;
        double hours = 0;  // 0: the whole session
    };
    struct Requirement {
        QString level = QStringLiteral("C");          // TrainingStanding::levels()
        QString audience = QStringLiteral("everyone");  // TrainingStanding::audiences()
        qint64 roleId = 0;                             // audience "role"
        QString category;                              // a person category; empty: any
        QString kind = QStringLiteral("general");
        double hours = 0;
        QString notes;
    };
    struct ImportReport {
        int imported = 0;
        QList<QPair<int, QString>> errors;  // line of the file, what is wrong with it
    };
    struct Standing {
        qint64 personId = 0;
        QString name;
        QString category;
        double needGeneral = 0;
        double gotGeneral = 0;
        double needProfessional = 0;
        double gotProfessional = 0;
        QString status;  // met, short, not_required; empty: not on the staff that year
    };
    struct Attended {
        QDate heldOn;
        QString title;
        QString kind;
        QString provider;
        double hours = 0;
    };

    explicit TrainingService(Database& db);

    qint64 addSession(const Session& session);
    // rowVersion: as read; a change saved since is refused.
    void updateSession(qint64 id, int rowVersion, const Session& session);
    Session session(qint64 id, int* rowVersion = nullptr) const;
    // A session entered by mistake or cancelled; one with attendance recorded is kept.
    void removeSession(qint64 id, int rowVersion);

    // The people who attended a session, each once; all are recorded or none.
    int recordAttendance(qint64 sessionId, const QList<Attendee>& attendees);
    void updateAttendance(qint64 id, int rowVersion, double hours, const QString& notes);
    // Attendance ticked by mistake is taken back (the trail keeps it).
    void removeAttendance(qint64 id, int rowVersion);
    // A sign-in sheet typed into a spreadsheet: name, unit (where two people share a name),
    // hours (empty: the whole session), notes. Any bad line: nothing is recorded.
    ImportReport importAttendance(qint64 sessionId, const QByteArray& csv);
    static QList<CsvColumn> attendanceColumns();

    qint64 addRequirement(const Requirement& requirement);
    void updateRequirement(qint64 id, int rowVersion, const Requirement& requirement);
    void removeRequirement(qint64 id, int rowVersion);
    Requirement requirement(qint64 id, int* rowVersion = nullptr) const;

    // Whether the level has requirements entered; a level without follows the defaults
    // (TrainingStanding::defaults), which enterDefaults() enters as rows to change.
    bool hasOwnRequirements(const QString& level) const;
    void enterDefaults(const QString& level);

    // The agency's responsibility level, whose requirements apply (C until chosen; rowVersion 0).
    QString level(int* rowVersion = nullptr) const;
    void setLevel(const QString& level, int rowVersion);

    // A person's hours of the year against what they must have, as of `asOf` (today for the
    // running year), and the sessions they attended in it.
    Standing standing(qint64 personId, int year, const QDate& asOf) const;
    QList<Attended> attended(qint64 personId, int year) const;

private:
    void enterDefaults(const Grant& grant, const QString& level);
    void check(const Session& session) const;
    void check(const Requirement& requirement) const;
    QString attendeeProblem(qint64 sessionId, const Session& session, const Attendee& attendee) const;
    static QVariantMap values(const Session& session);
    static QVariantMap values(const Requirement& requirement);

    Database& m_db;
};

}  // namespace isms::core
