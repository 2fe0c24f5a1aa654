#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace isms::core {

class Database;

// Communicating a policy version (肆、五: training, internal meetings, postings) and who has
// confirmed reading it. A version's audience is the union of its events' audiences; with no
// event recorded yet, it is everyone active. Each version counts on its own, so coverage starts
// again when a new version is published.
class AcknowledgementService {
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementService)
public:
    struct Event {
        qint64 id = 0;
        qint64 versionId = 0;
        QString channel = QStringLiteral("training");  // training | meeting | posting | email
        QDate date;
        QList<qint64> units;     // with the units below them; none: every unit
        QStringList categories;  // none: every category
        QString material;
        QString notes;
    };
    struct Member {
        qint64 personId = 0;
        QString name;
        QString title;
        qint64 unitId = 0;
        QString unitName;
        QString category;
        QDate acknowledged;  // invalid: not yet
        QString method;
    };
    struct Coverage {
        QString group;  // a unit's name or a category's label
        int audience = 0;
        int acknowledged = 0;
        double percent() const { return audience ? 100.0 * acknowledged / audience : 0.0; }
    };

    explicit AcknowledgementService(Database& db);

    static QStringList channels();
    static QStringList methods();  // sign_in_sheet, in_person, email

    qint64 addEvent(const Event& event);
    QList<Event> events(qint64 versionId) const;
    // Who the version is for on the day, with what they acknowledged, in unit then name order.
    QList<Member> audience(qint64 versionId, const QDate& day) const;
    static QList<Coverage> byUnit(const QList<Member>& audience);
    static QList<Coverage> byCategory(const QList<Member>& audience);
    static Coverage total(const QList<Member>& audience);

    // Records a signed sheet (or any confirmation) for several people at once. People who had
    // already acknowledged the version are left as they were; returns how many were recorded.
    int record(qint64 versionId, const QList<qint64>& personIds, const QDate& date, const QString& method);

    // One row per member of the audience: unit, name, title, category, date, how.
    static void writeCsv(const QList<Member>& audience, QIODevice& out);

private:
    QString describeAudience(const Event& event) const;

    Database& m_db;
};

}  // namespace isms::core
