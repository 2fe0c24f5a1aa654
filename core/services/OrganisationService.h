#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isms::core {

class Database;

// The organisation as a tree of units: the bureau with its offices, and the external parties
// (vendors, connected agencies) as trees of their own. Moving a unit keeps the tree a tree.
class OrganisationService {
    Q_DECLARE_TR_FUNCTIONS(OrganisationService)
public:
    struct Unit {
        qint64 id = 0;
        qint64 parentId = 0;  // 0: a top-level unit
        int position = 0;
        QString name;
        QString nameEn;
        QString kind = QStringLiteral("internal");  // internal | vendor | agency
        QString notes;
        int rowVersion = 0;
    };

    explicit OrganisationService(Database& db);

    static QStringList kinds();
    // Every unit, parents before children, siblings in their order.
    QList<Unit> units() const;
    Unit unit(qint64 id) const;
    // The unit and every unit below it.
    QList<qint64> subtree(qint64 id) const;

    qint64 addUnit(const Unit& unit);  // placed last among its siblings
    void updateUnit(const Unit& unit);  // name, English name, kind, notes
    void moveUnit(qint64 id, qint64 newParentId, int expectedRowVersion);
    // Refused while people, units, role assignments, drills or audiences still refer to it.
    void removeUnit(qint64 id, int expectedRowVersion);

private:
    void validate(const Unit& unit) const;

    Database& m_db;
};

}  // namespace isms::core
